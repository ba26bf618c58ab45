package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanYearTest {

    private static final String DATED_DECEMBER_2025 = """
            ỦY BAN NHÂN DÂN
            XÃ SƠN KỲ
            Số: 12/KH-UBND
            Sơn Kỳ, ngày 26 tháng 12 năm 2025
            KẾ HOẠCH
            Cải cách hành chính
            """;

    private static PlanYear.Inferred infer(String title, String text, String... cells) {
        Optional<PlanYear.Inferred> inferred = PlanYear.infer(title, text, List.of(cells));
        assertTrue(inferred.isPresent(), "a year is found");
        return inferred.get();
    }

    @Test
    void theTitleNamesTheYear() {
        PlanYear.Inferred inferred = infer("Kế hoạch cải cách hành chính năm 2025", DATED_DECEMBER_2025, "Quý I/2026");

        assertEquals(new PlanYear.Inferred(PlanPeriod.of(2025), PlanYear.Basis.TITLE), inferred);
    }

    @Test
    void aRemediationPlanIsForTheLastYearOfItsTitle() {
        assertEquals(PlanPeriod.of(2024), infer("Kế hoạch khắc phục hạn chế năm 2023 và nhiệm vụ trọng tâm năm 2024",
                null).period());
    }

    @Test
    void yearsOfCitedDocumentsInTheTitleAreNotThePlansYear() {
        PlanYear.Inferred inferred = infer("Kế hoạch triển khai thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ",
                null, "Hoàn thành trong năm 2026", "Quý II/2026", "Thường xuyên");

        assertEquals(new PlanYear.Inferred(PlanPeriod.of(2026), PlanYear.Basis.TIME_CELLS), inferred);
    }

    @Test
    void withoutAYearInTheTitleTheYearMostCellsNameWins() {
        PlanYear.Inferred inferred = infer("Kế hoạch cải cách hành chính", "Hà Nội, ngày 17/11/2025\n",
                "Tháng 12/2025", "Tháng 12/2025", "Tháng 11/2025", "Quý I/2026", "Thường xuyên");

        assertEquals(new PlanYear.Inferred(PlanPeriod.of(2025), PlanYear.Basis.TIME_CELLS), inferred);
    }

    @Test
    void aCellNamesAYearOnceHoweverOftenItWritesIt() {
        assertEquals(2026, infer(null, null, "Quý I/2025; Quý II/2025; Quý III/2025", "Quý I/2026", "Tháng 3/2026")
                .period().year());
    }

    @Test
    void citationsInCellsDoNotVote() {
        assertEquals(2026, infer(null, null, "Theo Kế hoạch số 140/KH-UBND ngày 14/10/2025", "Theo Quyết định số 22/QĐ-UBND ngày 11/01/2025",
                "Quý I/2026").period().year());
    }

    @Test
    void withNoYearInTitleOrCellsTheDateLineDecides() {
        PlanYear.Inferred inferred = infer(null, DATED_DECEMBER_2025, "Thường xuyên", "Hằng quý");

        assertEquals(new PlanYear.Inferred(PlanPeriod.of(2025), PlanYear.Basis.DATE_LINE), inferred);
    }

    @Test
    void aPlanDatedInDecemberWhoseCellsTieOnTheNextYearIsForTheNextYear() {
        assertEquals(2026, infer(null, DATED_DECEMBER_2025, "Tháng 12/2025", "Quý I/2026").period().year());
        assertEquals(2025, infer(null, "Sơn Kỳ, ngày 26 tháng 11 năm 2025", "Tháng 12/2025", "Quý I/2026").period().year());
    }

    @Test
    void aDraftWithBlankDayAndMonthStillGivesItsYear() {
        assertEquals(PlanPeriod.of(2027), infer(null, "Phường Hòa Bình, ngày     tháng     năm 2027\nKẾ HOẠCH", "Thường xuyên")
                .period());
        assertEquals(PlanPeriod.of(2027), infer(null, "Xa Son Ky, ngay ... thang ... nam 2027", "Thuong xuyen").period());
    }

    @Test
    void aPlanCopiedFromALegalWebsiteIsDatedByItsIssueDate() {
        assertEquals(PlanPeriod.of(2025), infer(null, "**Số hiệu:**\n|\n6225/BVHTTDL-VP\n|\n**Ngày ban hành:**\n|\n18/11/2025\n",
                "Thường xuyên").period());
    }

    @Test
    void aTitleReadIntoThePreambleTakesNoPeriodFromIt() {
        assertEquals(PlanPeriod.of(2025), infer("Kế hoạch Cải cách hành chính xã Sơn Hạ năm 2025 Căn cứ Kế hoạch cải cách"
                + " hành chính giai đoạn 2021 – 2025", null).period());
        assertEquals(PlanPeriod.of(2025), infer("Kế hoạch thực hiện Chương trình giai đoạn 2021 - 2025 trên địa bàn xã năm 2025",
                null).period());
    }

    @Test
    void aClosedPeriodInTheTitleKeepsItsYears() {
        PlanYear.Inferred inferred = infer("Kế hoạch chuyển đổi số giai đoạn 2026–2030", DATED_DECEMBER_2025, "Quý II/2026");

        assertEquals(new PlanYear.Inferred(new PlanPeriod(2026, 2026, 2030), PlanYear.Basis.TITLE), inferred);
    }

    @Test
    void aPlanToAYearStartsWithItsDateLineOrItsCells() {
        PlanPeriod period = infer("Kế hoạch phát triển hạ tầng 5G, IoT trong các khu công nghiệp đến năm 2030",
                "Hà Nội, ngày 24 tháng 11 năm 2025", "Quý III Năm 2026", "Quý IV/2025- Quý II/2026", "Thường xuyên").period();

        assertEquals(new PlanPeriod(2026, 2025, 2030), period);
    }

    @Test
    void aPlanForAYearWithAVisionIsForThatYear() {
        assertEquals(PlanPeriod.of(2026), infer("Kế hoạch thực hiện Chương trình năm 2026, định hướng đến năm 2030", null)
                .period());
        assertEquals(new PlanPeriod(2021, 2021, 2025),
                infer("Kế hoạch giai đoạn 2021 - 2025, tầm nhìn đến năm 2030", null).period());
    }

    @Test
    void aPlanToAYearNamingItsFirstYearStartsThere() {
        assertEquals(new PlanPeriod(2026, 2026, 2030), infer("Kế hoạch năm 2026 và đến năm 2030", null).period());
    }

    @Test
    void nothingNamesAYear() {
        assertEquals(Optional.empty(), PlanYear.infer(null, "abc", List.of("Thường xuyên")));
        assertEquals(Optional.empty(), PlanYear.infer(null, null, null));
    }

    @Test
    void implausibleYearsAreIgnored() {
        assertEquals(Optional.empty(), PlanYear.infer("Kế hoạch số 0000", "X, ngày 1 tháng 1 năm 0001", List.of("năm 9999")));
    }

    @Test
    void aPeriodPlanKeepsItsDatesInsideThePeriodAndDropsTheRest() {
        DeadlineReading reading = new DeadlineParser().read("Quý II/2026; Năm 2028; Tháng 12/2031",
                new PlanPeriod(2026, 2026, 2030), ReportingCalendar.none());

        assertEquals(List.of(java.time.LocalDate.of(2026, 6, 30), java.time.LocalDate.of(2028, 12, 31)), reading.dueDates());
        assertEquals(List.of("Bỏ ngày 31/12/2031 của \"Tháng 12/2031\" vì nằm ngoài giai đoạn kế hoạch 2026–2030."),
                reading.warnings());
    }

    @Test
    void aPeriodIsCappedAtFifteenYears() {
        PlanPeriod period = new PlanPeriod(2026, 2026, 2060);

        assertEquals(2040, period.lastYear());
        assertEquals(15, period.years().size());
    }
}
