package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingCalendarParserTest {

    private final ReportingCalendarParser parser = new ReportingCalendarParser();

    private static List<ReportDate> fourReports(int year) {
        return List.of(
                new ReportDate(LocalDate.of(year, 3, 5), "Báo cáo quý I"),
                new ReportDate(LocalDate.of(year, 6, 5), "Báo cáo 6 tháng"),
                new ReportDate(LocalDate.of(year, 9, 5), "Báo cáo 9 tháng"),
                new ReportDate(LocalDate.of(year, 11, 30), "Báo cáo năm"));
    }

    @Test
    void seed000StatesFourReportDates() {
        ReportingCalendar calendar = parser.parse(SeedPlans.text(SeedPlans.SON_KY_2024), 2024);

        assertEquals(fourReports(2024), calendar.reports());
        assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 9, 5),
                LocalDate.of(2024, 11, 30)), calendar.dates());
    }

    @Test
    void seed001StatesTheSameFourReportDatesForItsYear() {
        assertEquals(fourReports(2025), parser.parse(SeedPlans.text(SeedPlans.SEED_001_2025), 2025).reports());
    }

    @Test
    void seedsThatStateNoReportDatesHaveNoCalendar() {
        assertTrue(parser.parse(SeedPlans.text(SeedPlans.TAY_THUAN_2025), 2025).isEmpty());
        assertTrue(parser.parse(SeedPlans.text(SeedPlans.SON_KY_OCR_2024), 2024).isEmpty());
        assertTrue(parser.parse(SeedPlans.text(SeedPlans.ANH_SON_2024), 2024).isEmpty());
        assertEquals(ReportingCalendar.none(), parser.parse(SeedPlans.text(SeedPlans.ANH_SON_2024), 2024));
    }

    @Test
    void theCalendarSentenceWorksWithoutDiacritics() {
        String folded = VietnameseText.fold(SeedPlans.text(SeedPlans.SON_KY_2024));

        assertEquals(fourReports(2024), parser.parse(folded, 2024).reports());
    }

    @Test
    void theAnnualReportStandsInForTheFourthQuarter() {
        ReportingCalendar calendar = parser.parse(
                "Báo cáo quý gửi trước ngày 05 tháng cuối cùng của quý; báo cáo năm gửi trước ngày 30/11.", 2024);

        assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 9, 5),
                LocalDate.of(2024, 11, 30)), calendar.dates());
    }

    @Test
    void withoutAnAnnualReportTheQuarterlyRuleGivesTheFourthQuarterToo() {
        ReportingCalendar calendar = parser.parse("Báo cáo quý gửi trước ngày 10 của tháng cuối cùng của quý.", 2024);

        assertEquals(List.of(
                new ReportDate(LocalDate.of(2024, 3, 10), "Báo cáo quý I"),
                new ReportDate(LocalDate.of(2024, 6, 10), "Báo cáo quý II"),
                new ReportDate(LocalDate.of(2024, 9, 10), "Báo cáo quý III"),
                new ReportDate(LocalDate.of(2024, 12, 10), "Báo cáo quý IV")), calendar.reports());
    }

    @Test
    void sixAndNineMonthReportsOnQuarterDatesAreOneDateEach() {
        ReportingCalendar calendar = parser.parse("Bao cao quy gui truoc ngay 05 thang cuoi cung cua quy; bao cao 6 thang"
                + " truoc ngay 05/6, bao cao 9 thang truoc ngay 05/9", 2024);

        assertEquals(List.of(
                new ReportDate(LocalDate.of(2024, 3, 5), "Báo cáo quý I"),
                new ReportDate(LocalDate.of(2024, 6, 5), "Báo cáo 6 tháng"),
                new ReportDate(LocalDate.of(2024, 9, 5), "Báo cáo 9 tháng"),
                new ReportDate(LocalDate.of(2024, 12, 5), "Báo cáo quý IV")), calendar.reports());
    }

    @Test
    void aSentenceBrokenAcrossLinesIsStillRead() {
        ReportingCalendar calendar = parser.parse("báo cáo 6 tháng\ngửi trước ngày 15/6; báo cáo\nnăm gửi trước\nngày 15/12/2024", 2024);

        assertEquals(List.of(LocalDate.of(2024, 6, 15), LocalDate.of(2024, 12, 15)), calendar.dates());
    }

    @Test
    void datesElsewhereInThePlanAreNotReportDates() {
        String text = "Thực hiện Kế hoạch số 14/KH-UBND ngày 05/02/2024. Định kỳ hàng quý, 06 tháng, năm tổng hợp báo cáo."
                + "\n- Báo cáo quý I: 15/3/2024 - Báo cáo năm: 15/12/2024\nSơn Kỳ, ngày 16 tháng 02 năm 2024";

        assertTrue(parser.parse(text, 2024).isEmpty());
    }

    @Test
    void reportDatesOfAnotherYearAreIgnored() {
        assertTrue(parser.parse("báo cáo năm gửi trước ngày 30/11/2023", 2024).isEmpty());
    }

    @Test
    void nullOrGarbageGivesNoCalendar() {
        assertTrue(parser.parse(null, 2024).isEmpty());
        assertTrue(parser.parse("", 2024).isEmpty());
        assertTrue(parser.parse("báo cáo quý gửi trước ngày 99 tháng cuối cùng của quý", 2024).isEmpty());
        assertTrue(parser.parse("báo cáo năm trước ngày 30/11", Integer.MAX_VALUE).isEmpty());
    }
}
