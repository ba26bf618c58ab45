package vn.nhacviec.evidence;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNumberTest {

    private static DocumentNumber found(String text) {
        return DocumentNumber.find(text).orElseThrow(() -> new AssertionError("no number in: " + text));
    }

    @Test
    void aDecisionNumberWithItsDateIsRecognised() {
        DocumentNumber n = found("xong, QĐ số 12/QĐ-UBND ngày 3/3/2025");
        assertEquals("12/QĐ-UBND", n.number());
        assertEquals("Quyết định", n.kind());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), n.date());
        assertEquals("12/QĐ-UBND ngày 03/03/2025", n.shown());
    }

    @Test
    void withoutDiacriticsTheNumberIsWrittenAsOnTheDocument() {
        DocumentNumber n = found("qd so 12/qd-ubnd ngay 03-03-2025");
        assertEquals("12/QĐ-UBND", n.number());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 3)), n.date());
    }

    @Test
    void aReportOrAPlanNumberWithoutADateKeepsNoDate() {
        DocumentNumber report = found("Báo cáo số 45/BC-UBND");
        assertEquals("45/BC-UBND", report.number());
        assertEquals("Báo cáo", report.kind());
        assertTrue(report.date().isEmpty());
        assertEquals("Kế hoạch", found("KH số 7/KH-UBND").kind());
        assertEquals("Kế hoạch", found("kh so 7/kh-ubnd").kind());
    }

    @Test
    void aDateInWordsAndANumberWithAYearAreRead() {
        DocumentNumber n = found("Quyết định số 123/2024/QĐ-UBND ngày 05 tháng 6 năm 2024");
        assertEquals("123/2024/QĐ-UBND", n.number());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 5)), n.date());
    }

    @Test
    void anImpossibleDateKeepsTheNumberAlone() {
        DocumentNumber n = found("BC số 9/BC-UBND ngày 31/2/2025");
        assertEquals("9/BC-UBND", n.number());
        assertTrue(n.date().isEmpty());
    }

    @Test
    void textWithoutADocumentNumberHasNone() {
        assertTrue(DocumentNumber.find("xong rồi ạ, đã gửi 3/3").isEmpty());
        assertTrue(DocumentNumber.find("ngày 3/3/2025").isEmpty());
        assertTrue(DocumentNumber.find("").isEmpty());
        assertTrue(DocumentNumber.find(null).isEmpty());
    }
}
