package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever the cell holds, the parser keeps the task and stays inside the plan year. */
class DeadlineParserPropertiesTest {

    private static final List<String> SEEDS = List.of(SeedPlans.SON_KY_2024, SeedPlans.SEED_001_2025,
            SeedPlans.TAY_THUAN_2025, SeedPlans.SON_KY_OCR_2024, SeedPlans.ANH_SON_2024).stream()
            .map(SeedPlans::text).toList();
    private static final ReportingCalendar CALENDAR_2024 = SeedPlans.calendar(2024);

    private final DeadlineParser parser = new DeadlineParser();

    @Test
    void anyStringIsReadWithoutThrowing() {
        qt().withExamples(2000).forAll(cells(), integers().between(2020, 2030), Generate.booleans())
                .checkAssert((cell, year, withCalendar) -> {
                    DeadlineReading reading = parser.read(cell, year, withCalendar ? CALENDAR_2024 : ReportingCalendar.none());

                    checkInvariants(reading, PlanPeriod.of(year));
                });
    }

    @Test
    void randomSlicesOfTheSeedPlansAreReadWithoutThrowing() {
        qt().withExamples(1000).forAll(seedSlices()).checkAssert(slice -> {
            checkInvariants(parser.read(slice, 2024, CALENDAR_2024), PlanPeriod.of(2024));
            checkInvariants(parser.read(slice, 2025, ReportingCalendar.none()), PlanPeriod.of(2025));
        });
    }

    @Test
    void aPeriodPlanStaysInsideItsPeriod() {
        qt().withExamples(1000).forAll(cells(), integers().between(2020, 2030), integers().between(0, 6))
                .checkAssert((cell, first, length) -> {
                    PlanPeriod period = new PlanPeriod(first + length / 2, first, first + length);

                    checkInvariants(parser.read(cell, period, CALENDAR_2024), period);
                });
    }

    @Test
    void calendarParserNeverThrowsAndStaysInTheYear() {
        qt().withExamples(300).forAll(seedSlices(), integers().between(2020, 2030)).checkAssert((slice, year) -> {
            ReportingCalendar calendar = new ReportingCalendarParser().parse(slice, year);

            assertTrue(calendar.dates().stream().allMatch(d -> d.getYear() == year));
            assertEquals(calendar.dates().stream().sorted().toList(), calendar.dates());
        });
    }

    private static void checkInvariants(DeadlineReading reading, PlanPeriod period) {
        assertFalse(reading.milestones().isEmpty(), "at least one milestone");
        for (Milestone m : reading.milestones()) {
            assertTrue(m.due().stream().allMatch(period::contains), () -> "inside the plan's years: " + m);
            assertEquals(m.due().stream().sorted().distinct().toList(), m.due(), "sorted");
            switch (m.kind()) {
                case ONCE -> assertEquals(1, m.due().size(), () -> "one date: " + m);
                case RECURRING -> assertFalse(m.due().isEmpty(), () -> "a series has dates: " + m);
                case CONTINUOUS, EXTERNAL -> assertTrue(m.due().isEmpty(), () -> "no dates: " + m);
            }
        }
        List<LocalDate> due = reading.dueDates();
        assertEquals(due.stream().sorted().distinct().toList(), due);
        assertTrue(due.stream().allMatch(period::contains));
    }

    /** Garbage, unicode, and strings built from the words and numbers time cells are made of. */
    private static Gen<String> cells() {
        Gen<String> words = Generate.pick(List.of("Quý", "quy", "I", "II", "Il", "11", "lV", "IV", "năm", "nam", "ndm",
                "2024", "2025", "2O24", "tháng", "12/2024", "1/2024", "Trước", "Trude", "ngày", "15/12/2024", "31/2",
                "32/2020/NĐ-CP", "số", "140/KH-UBND", "Thường xuyên", "trong năm", "định kỳ", "hàng quý", "hàng tháng",
                "báo cáo", "theo", "kế hoạch", ";", "- ", "+ ", "\n", ":", "(", ")", "từ", "đến", "6 tháng đầu năm", "/",
                "99/99/9999", "0", "Quý I:", "5/3",
                // the phrases of "More phrases"
                "mồng", "mùng", "Giêng", "Chạp", "Mười", "Hai", "Ba", "bốn", "tư", "Năm", "Sáu", "đầu", "giữa", "cuối",
                "đầu tiên của", "hết", "hằng năm", "hằng tháng", "6 tháng", "1 lần", "15/3/26", "30.6.2026", "2026-2030",
                "giai đoạn", "Hằng tháng (trước ngày 20)", "31", "29/2"));
        Gen<String> phrases = lists().of(words).ofSizeBetween(0, 25).map(l -> String.join(" ", l));
        Gen<String> timeChars = lists().of(Generate.pick(chars("0123456789/ -+;:()quyIlVtháng\n")))
                .ofSizeBetween(0, 120).map(l -> String.join("", l));
        return Generate.oneOf(
                strings().allPossible().ofLengthBetween(0, 300),
                strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 200),
                timeChars,
                phrases);
    }

    private static List<String> chars(String alphabet) {
        return alphabet.codePoints().mapToObj(Character::toString).toList();
    }

    private static Gen<String> seedSlices() {
        return Generate.pick(SEEDS).flatMap(text -> integers().between(0, text.length())
                .zip(integers().between(0, 600), (start, length) -> text.substring(start, Math.min(text.length(), start + length))));
    }
}
