package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineParserTest {

    private static final ReportingCalendar CALENDAR_2024 = SeedPlans.calendar(2024);
    private final DeadlineParser parser = new DeadlineParser();

    // ---- the phrase table: src/test/resources/deadline/phrases.tsv

    static Stream<Arguments> phrases() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DeadlineParserTest.class.getResourceAsStream("/deadline/phrases.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                rows.add(Arguments.of(c[0], c[1], c[2].replace("\\n", "\n"), c[3], c[4], c[5]));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
    @MethodSource("phrases")
    void everyPhraseOfTheTableGivesItsMilestones(String plan, String calendarName, String cell,
                                                  String kinds, String dues, String warn) {
        PlanPeriod period = periodOf(plan);
        ReportingCalendar calendar = calendarName.equals("cal") ? SeedPlans.calendar(period.year()) : ReportingCalendar.none();
        DeadlineReading reading = plan.contains(":") ? parser.read(cell, period, calendar)
                : parser.read(cell, period.year(), calendar);

        List<MilestoneKind> actualKinds = reading.milestones().stream().map(Milestone::kind).toList();
        List<MilestoneKind> expectedKinds = Arrays.stream(kinds.trim().split("\\s+")).map(MilestoneKind::valueOf).toList();
        assertEquals(expectedKinds, actualKinds, () -> "kinds of " + reading);
        assertEquals(expectedDates(dues, period, calendar), new TreeSet<>(reading.dueDates()), () -> "dates of " + reading);
        assertEquals(warn.equals("warn"), !reading.warnings().isEmpty(), () -> "warnings of " + reading);
    }

    /** "2025" (a one-year plan) or "2026:2026-2030" (plan year, then its period). */
    private static PlanPeriod periodOf(String plan) {
        String[] p = plan.split("[:-]");
        return p.length == 1 ? PlanPeriod.of(Integer.parseInt(p[0]))
                : new PlanPeriod(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    /** The dates a row expects; the series tokens stand for their dates in every year of the period. */
    private static TreeSet<LocalDate> expectedDates(String dues, PlanPeriod period, ReportingCalendar calendar) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (String token : dues.trim().split("\\s+")) {
            for (int year : period.years()) {
                switch (token) {
                    case "" -> { }
                    case "CAL" -> dates.addAll(calendar.dates().stream().map(d -> d.withYear(year)).toList());
                    case "MONTH_ENDS" -> dates.addAll(RecurrencePhrases.monthEnds(year));
                    case "QUARTER_ENDS" -> dates.addAll(RecurrencePhrases.quarterEnds(year));
                    default -> {
                        if (token.startsWith("MONTHLY_ON_")) {
                            int day = Integer.parseInt(token.substring("MONTHLY_ON_".length()));
                            for (int month = 1; month <= 12; month++) {
                                YearMonth ym = YearMonth.of(year, month);
                                dates.add(ym.atDay(Math.min(day, ym.lengthOfMonth())));
                            }
                        } else {
                            dates.add(LocalDate.parse(token));
                        }
                    }
                }
            }
        }
        return dates;
    }

    @Test
    void phraseTableHasAtLeastThreeHundredRows() throws IOException {
        assertTrue(phrases().count() >= 300);
    }

    // ---- labels and warnings

    @Test
    void eachClauseIsLabelledWithItsOwnWords() {
        DeadlineReading reading = parser.read(
                "Quý I năm 2024 ban hành kế hoạch; định kỳ báo cáo kết quả thực hiện", 2024, CALENDAR_2024);

        assertEquals(List.of(
                new Milestone(MilestoneKind.ONCE, "Quý I năm 2024 ban hành kế hoạch", List.of(LocalDate.of(2024, 3, 31))),
                new Milestone(MilestoneKind.RECURRING, "định kỳ báo cáo kết quả thực hiện", CALENDAR_2024.dates())),
                reading.milestones());
        assertEquals(List.of(), reading.warnings());
    }

    @Test
    void labelsLoseItemMarksTrailingPunctuationAndTheTimeLabel() {
        DeadlineReading reading = parser.read(
                "- Thời gian thực hiện: Quý I năm 2024.\n+ Quý II: 15/6/2024;", 2024, CALENDAR_2024);

        assertEquals(List.of("Quý I năm 2024", "Quý II: 15/6/2024"),
                reading.milestones().stream().map(Milestone::label).toList());
    }

    @Test
    void aCellBrokenAcrossLinesIsReadAsOneClause() {
        DeadlineReading reading = parser.read("Quý I năm 2025 ban hành Kế hoạch; báo cáo kết quả thực hiện vào tháng 11 năm\n2025",
                2025, SeedPlans.calendar(2025));

        assertEquals("báo cáo kết quả thực hiện vào tháng 11 năm 2025", reading.milestones().get(1).label());
        assertEquals(List.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 11, 30)), reading.dueDates());
    }

    @Test
    void unreadableTextIsKeptAsExternalWithAWarningQuotingIt() {
        DeadlineReading reading = parser.read("Khi nào xong thì báo", 2024, CALENDAR_2024);

        assertEquals(List.of(new Milestone(MilestoneKind.EXTERNAL, "Khi nào xong thì báo", List.of())), reading.milestones());
        assertEquals(List.of("Không đọc được thời hạn từ \"Khi nào xong thì báo\"; cần người đặt ngày."), reading.warnings());
    }

    @Test
    void anEmptyCellGivesOneExternalMilestoneAndAWarning() {
        for (String empty : Arrays.asList(null, "", "   ", "\n\t", "<p></p>")) {
            DeadlineReading reading = parser.read(empty, 2024, CALENDAR_2024);

            assertEquals(1, reading.milestones().size(), "cell " + empty);
            assertEquals(MilestoneKind.EXTERNAL, reading.milestones().get(0).kind());
            assertEquals(1, reading.warnings().size());
        }
    }

    @Test
    void aDateOutsideThePlanYearIsDroppedWithAWarningNamingIt() {
        DeadlineReading reading = parser.read("Quý I năm 2024; Quý IV/2023", 2024, CALENDAR_2024);

        assertEquals(List.of(LocalDate.of(2024, 3, 31)), reading.dueDates());
        assertEquals(List.of("Bỏ ngày 31/12/2023 của \"Quý IV/2023\" vì nằm ngoài năm kế hoạch 2024."), reading.warnings());
    }

    @Test
    void aReportClauseWithoutCalendarIsFlaggedForAPerson() {
        DeadlineReading reading = parser.read("định kỳ báo cáo kết quả thực hiện", 2025, ReportingCalendar.none());

        assertEquals(MilestoneKind.EXTERNAL, reading.milestones().get(0).kind());
        assertEquals(List.of("\"định kỳ báo cáo kết quả thực hiện\" là báo cáo định kỳ nhưng kế hoạch không nêu lịch báo cáo;"
                + " cần người đặt ngày."), reading.warnings());
    }

    @Test
    void contaminatedCellKeepsEveryMilestoneAndWarns() {
        DeadlineReading reading = parser.read("Thường xuyên trong năm 2025 Tháng 01 năm 2025", 2025, ReportingCalendar.none());

        assertEquals(List.of(MilestoneKind.CONTINUOUS, MilestoneKind.ONCE),
                reading.milestones().stream().map(Milestone::kind).toList());
        assertEquals(List.of(LocalDate.of(2025, 1, 31)), reading.dueDates());
        assertTrue(reading.warnings().get(0).contains("lẫn chữ của ô khác"));
    }

    @Test
    void continuousTaskHasNoDueDatesOfItsOwn() {
        DeadlineReading reading = parser.read("Thường xuyên trong năm", 2024, CALENDAR_2024);

        assertEquals(List.of(), reading.dueDates());
        assertEquals(List.of(), reading.milestones().get(0).due());
    }

    @Test
    void quarterBeforeGivesLastDayOfPreviousQuarter() {
        assertEquals(List.of(LocalDate.of(2024, 3, 31)), parser.read("Trước Quý II năm 2024", 2024, CALENDAR_2024).dueDates());
        assertEquals(List.of(LocalDate.of(2024, 9, 30)), parser.read("Trude Quy lV nam 2024", 2024, CALENDAR_2024).dueDates());
    }

    @Test
    void monthBeforeGivesLastDayOfPreviousMonth() {
        assertEquals(List.of(LocalDate.of(2024, 11, 30)), parser.read("Trước tháng 12/2024", 2024, CALENDAR_2024).dueDates());
        assertEquals(List.of(LocalDate.of(2024, 2, 29)), parser.read("Trước tháng 3/2024", 2024, CALENDAR_2024).dueDates());
    }

    @Test
    void dayBeforeKeepsTheDateAsWritten() {
        assertEquals(List.of(LocalDate.of(2024, 1, 10)), parser.read("Trước ngày 10/1/2024", 2024, CALENDAR_2024).dueDates());
    }

    @Test
    void timeLeadsOverTheoBesideIt() {
        DeadlineReading reading = parser.read("Quý I năm 2025 (theo kế hoạch, hướng dẫn của Phòng Nội vụ)", 2025,
                ReportingCalendar.none());

        assertEquals(List.of(new Milestone(MilestoneKind.ONCE, "Quý I năm 2025 (theo kế hoạch, hướng dẫn của Phòng Nội vụ)",
                List.of(LocalDate.of(2025, 3, 31)))), reading.milestones());
    }

    @Test
    void aMissingCalendarIsTreatedAsNone() {
        DeadlineReading reading = parser.read("định kỳ hàng quý", 2024, null);

        assertEquals(RecurrencePhrases.quarterEnds(2024), reading.dueDates());
    }

    @Test
    void aHugeCellIsReadInPartWithAWarning() {
        String huge = "Quý I năm 2024 ban hành kế hoạch; " + "lorem ipsum ".repeat(100_000);

        DeadlineReading reading = parser.read(huge, 2024, CALENDAR_2024);

        assertEquals(List.of(LocalDate.of(2024, 3, 31)), reading.dueDates());
        assertFalse(reading.warnings().isEmpty());
    }

    @Test
    void anAbsurdPlanYearDoesNotThrow() {
        for (int year : new int[] {Integer.MIN_VALUE, -1, 0, 1, 9999, Integer.MAX_VALUE}) {
            DeadlineReading reading = parser.read("Quý I; định kỳ hàng tháng; trong năm", year, CALENDAR_2024);
            assertFalse(reading.milestones().isEmpty());
        }
    }

    @Test
    void thousandsOfCellsAreReadPerSecond() throws IOException {
        List<String> cells = phrases().map(a -> (String) a.get()[2]).toList();
        for (int i = 0; i < 2_000; i++) {
            parser.read(cells.get(i % cells.size()), 2024, CALENDAR_2024); // warm up the JIT
        }
        long start = System.nanoTime();
        for (int i = 0; i < 5_000; i++) {
            parser.read(cells.get(i % cells.size()), 2024, CALENDAR_2024);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "5000 cells took " + millis + " ms");
    }
}
