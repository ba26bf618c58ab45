package vn.nhacviec.directory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterFileTest {

    @Test
    void goodLinesAreReadAndBadLinesReportedWithTheirNumber() {
        String csv = """
                commune,name,units,role
                Sơn Kỳ,Nguyễn Văn Tư,TP-HT,officer
                Sơn Kỳ,Lê Văn Phòng,VP-TK;MC,office
                Sơn Kỳ,,VH-XH,officer
                Sơn Kỳ,Đinh Văn Chủ,,chủ tịch
                Sơn Kỳ,Trần B,TC-KT,boss
                Sơn Kỳ,thiếu cột
                """;
        RosterFile.Reading reading = RosterFile.read(csv);
        assertEquals(List.of("Nguyễn Văn Tư", "Lê Văn Phòng", "Đinh Văn Chủ"),
                reading.lines().stream().map(RosterLine::name).toList());
        assertEquals(List.of("VP-TK", "MC"), reading.lines().get(1).units());
        assertEquals(Role.CHAIRMAN, reading.lines().get(2).role());
        assertEquals(List.of(4, 6, 7), reading.problems().stream().map(RosterFile.Problem::lineNumber).toList());
        assertTrue(reading.problems().get(1).message().contains("unknown role 'boss'"));
    }

    @Test
    void aWrongHeaderIsOneProblemOnLineOne() {
        RosterFile.Reading reading = RosterFile.read("xa,ten\nSơn Kỳ,A\n");
        assertTrue(reading.lines().isEmpty());
        assertEquals(1, reading.problems().get(0).lineNumber());
    }

    @Test
    void rolesAreReadInEnglishOrVietnameseWithOrWithoutDiacritics() {
        assertEquals(Role.VICE_CHAIRMAN, Role.parse("vice-chairman").orElseThrow());
        assertEquals(Role.VICE_CHAIRMAN, Role.parse("Phó Chủ tịch").orElseThrow());
        assertEquals(Role.OFFICE, Role.parse("van phong").orElseThrow());
        assertEquals(Role.OFFICER, Role.parse("").orElseThrow());
        assertTrue(Role.parse("boss").isEmpty());
    }
}
