package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever the cell holds, the parser keeps the task and stays inside the plan year. */
class DeadlineParserPropertiesTest {

    private static final List<String> SEEDS = List.of(SeedPlans.SON_KY_2024, SeedPlans.SEED_001_2025,
            SeedPlans.TAY_THUAN_2025, SeedPlans.SON_KY_OCR_2024, SeedPlans.ANH_SON_2024).stream()
            .map(SeedPlans::text).toList();
    private static final ReportingCalendar CALENDAR_2024 = SeedPlans.calendar(2024);

    private final DeadlineParser parser = new DeadlineParser();

    @Property(tries = 2000)
    void anyStringIsReadWithoutThrowing(@ForAll("cells") String cell, @ForAll @IntRange(min = 2020, max = 2030) int year,
                                        @ForAll boolean withCalendar) {
        DeadlineReading reading = parser.read(cell, year, withCalendar ? CALENDAR_2024 : ReportingCalendar.none());

        checkInvariants(reading, year);
    }

    @Property(tries = 1000)
    void randomSlicesOfTheSeedPlansAreReadWithoutThrowing(@ForAll("seedSlices") String slice) {
        checkInvariants(parser.read(slice, 2024, CALENDAR_2024), 2024);
        checkInvariants(parser.read(slice, 2025, ReportingCalendar.none()), 2025);
    }

    @Property(tries = 300)
    void calendarParserNeverThrowsAndStaysInTheYear(@ForAll("seedSlices") String slice,
                                                    @ForAll @IntRange(min = 2020, max = 2030) int year) {
        ReportingCalendar calendar = new ReportingCalendarParser().parse(slice, year);

        assertTrue(calendar.dates().stream().allMatch(d -> d.getYear() == year));
        assertEquals(calendar.dates().stream().sorted().toList(), calendar.dates());
    }

    private static void checkInvariants(DeadlineReading reading, int year) {
        assertFalse(reading.milestones().isEmpty(), "at least one milestone");
        for (Milestone m : reading.milestones()) {
            assertTrue(m.due().stream().allMatch(d -> d.getYear() == year), () -> "inside the plan year: " + m);
            assertEquals(m.due().stream().sorted().distinct().toList(), m.due(), "sorted");
            switch (m.kind()) {
                case ONCE -> assertEquals(1, m.due().size(), () -> "one date: " + m);
                case RECURRING -> assertFalse(m.due().isEmpty(), () -> "a series has dates: " + m);
                case CONTINUOUS, EXTERNAL -> assertTrue(m.due().isEmpty(), () -> "no dates: " + m);
            }
        }
        List<LocalDate> due = reading.dueDates();
        assertEquals(due.stream().sorted().distinct().toList(), due);
        assertTrue(due.stream().allMatch(d -> d.getYear() == year));
    }

    /** Garbage, unicode, and strings built from the words and numbers time cells are made of. */
    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> words = Arbitraries.of("Quý", "quy", "I", "II", "Il", "11", "lV", "IV", "năm", "nam", "ndm",
                "2024", "2025", "2O24", "tháng", "12/2024", "1/2024", "Trước", "Trude", "ngày", "15/12/2024", "31/2",
                "32/2020/NĐ-CP", "số", "140/KH-UBND", "Thường xuyên", "trong năm", "định kỳ", "hàng quý", "hàng tháng",
                "báo cáo", "theo", "kế hoạch", ";", "- ", "+ ", "\n", ":", "(", ")", "từ", "đến", "6 tháng đầu năm", "/",
                "99/99/9999", "0", "Quý I:", "5/3");
        Arbitrary<String> phrases = words.list().ofMaxSize(25).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(300),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200),
                Arbitraries.strings().withChars("0123456789/ -+;:()quyIlVtháng\n").ofMaxLength(120),
                phrases);
    }

    @Provide
    Arbitrary<String> seedSlices() {
        return Arbitraries.of(SEEDS).flatMap(text -> {
            Arbitrary<Integer> start = Arbitraries.integers().between(0, text.length());
            Arbitrary<Integer> length = Arbitraries.integers().between(0, 600);
            return Combinators.combine(start, length)
                    .as((s, n) -> text.substring(s, Math.min(text.length(), s + n)));
        });
    }
}
