package vn.nhacviec.directory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RosterCheckTest {

    private final RosterCheck check = new RosterCheck(UnitCatalog.defaults());

    private static RosterLine line(int n, String name, List<String> units, Role role) {
        return new RosterLine(n, "Sơn Kỳ", name, units, role);
    }

    @Test
    void unitsByCodeOrAliasAreAddedAndKnownNamesSkipped() {
        List<RosterCheck.Verdict> verdicts = check.check(List.of(
                line(2, "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER),
                line(3, "Lê Văn Phòng", List.of("vptk", "MC"), Role.OFFICE),
                line(4, "Đinh Văn Chủ", List.of(), Role.CHAIRMAN),
                line(5, "nguyễn  văn tư", List.of("TP-HT"), Role.OFFICER)), List.of("Lê Văn Phòng"));
        assertEquals(List.of("TP-HT"), ((RosterCheck.Add) verdicts.get(0)).unitCodes());
        assertInstanceOf(RosterCheck.AlreadyListed.class, verdicts.get(1));
        assertEquals(List.of(), ((RosterCheck.Add) verdicts.get(2)).unitCodes());
        assertInstanceOf(RosterCheck.AlreadyListed.class, verdicts.get(3), "repeated within the file");
    }

    @Test
    void namesThatDifferOnlyByTheirMarksAreTwoPeople() {
        List<RosterCheck.Verdict> verdicts = check.check(List.of(line(2, "Nguyễn Văn Tú", List.of("TP-HT"), Role.OFFICER)),
                List.of("Nguyễn Văn Tư"));
        assertInstanceOf(RosterCheck.Add.class, verdicts.get(0));
    }

    @Test
    void unknownUnitsAndOfficersWithoutAUnitAreRefusedInVietnamese() {
        List<RosterCheck.Verdict> verdicts = check.check(List.of(
                line(2, "Trần Văn A", List.of("Phòng Ma"), Role.OFFICER),
                line(3, "Trần Văn B", List.of(), Role.OFFICER)), List.of());
        String unknown = ((RosterCheck.Refused) verdicts.get(0)).reason();
        assertTrue(unknown.contains("không nhận ra bộ phận \"Phòng Ma\""), unknown);
        assertTrue(((RosterCheck.Refused) verdicts.get(1)).reason().contains("chưa ghi bộ phận"));
    }
}
