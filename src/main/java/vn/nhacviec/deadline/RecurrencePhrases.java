package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phrases that name a series or no deadline at all: "Thường xuyên" (CONTINUOUS), "hàng tháng",
 * "hàng quý", "hàng năm", and report clauses "định kỳ …" (RECURRING).
 *
 * <p>They run before {@link DatePhrases} because their "trong năm (Y)" is the scope of the series
 * ("Định kỳ hàng tháng trong năm 2025", "Thường xuyên trong năm 2025"), not a deadline on 31/12.
 */
final class RecurrencePhrases {

    private static final String IN_YEAR = "(?:\\s+(?:trong|ca)\\s+nam(?:\\s+\\d{4})?(?![\\d/]))?";

    private static final Pattern CONTINUOUS = Pattern.compile("\\b(?:thuong xuyen|lien tuc|ca nam)" + IN_YEAR);
    private static final Pattern MONTHLY = Pattern.compile("(?:\\bdinh ky\\s+)?\\b(?:hang|moi)\\s+thang" + IN_YEAR);
    private static final Pattern QUARTERLY = Pattern.compile("(?:\\bdinh ky\\s+)?\\b(?:hang|moi)\\s+quy" + IN_YEAR);
    private static final Pattern YEARLY = Pattern.compile("(?:\\bdinh ky\\s+)?\\b(?:hang|moi)\\s+nam" + IN_YEAR);
    /** Whatever "định kỳ" is left: "định kỳ báo cáo kết quả", "định kỳ theo quy định báo cáo", "báo cáo định kỳ". */
    private static final Pattern PERIODIC_REPORT = Pattern.compile("\\bdinh ky\\b");

    private RecurrencePhrases() {
    }

    static void take(ClauseText text, int planYear, ReportingCalendar calendar, String label) {
        text.take(CONTINUOUS, m -> new Hit(m.start(), m.end(), MilestoneKind.CONTINUOUS, List.of(), null));
        text.take(MONTHLY, m -> recurring(m.start(), m.end(), monthEnds(planYear)));
        text.take(QUARTERLY, m -> recurring(m.start(), m.end(),
                calendar.isEmpty() ? quarterEnds(planYear) : calendar.datesIn(planYear)));
        text.take(YEARLY, m -> recurring(m.start(), m.end(), List.of(annualDate(planYear, calendar))));
        text.take(PERIODIC_REPORT, m -> calendar.isEmpty()
                ? new Hit(m.start(), m.end(), MilestoneKind.EXTERNAL, List.of(), Warnings.reportWithoutCalendar(label))
                : recurring(m.start(), m.end(), calendar.datesIn(planYear)));
    }

    private static Hit recurring(int start, int end, List<LocalDate> dates) {
        return new Hit(start, end, MilestoneKind.RECURRING, dates, null);
    }

    static List<LocalDate> monthEnds(int year) {
        List<LocalDate> dates = new ArrayList<>(12);
        for (int month = 1; month <= 12; month++) {
            dates.add(YearMonth.of(year, month).atEndOfMonth());
        }
        return dates;
    }

    static List<LocalDate> quarterEnds(int year) {
        return List.of(LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30),
                LocalDate.of(year, 9, 30), LocalDate.of(year, 12, 31));
    }

    /** The plan's annual report date when it states one ("báo cáo năm gửi trước ngày 30/11"), else 31/12. */
    private static LocalDate annualDate(int year, ReportingCalendar calendar) {
        return calendar.reports().stream()
                .filter(r -> r.date().getYear() == year && ReportingCalendarParser.ANNUAL_LABEL.equals(r.label()))
                .map(ReportDate::date)
                .findFirst()
                .orElse(LocalDate.of(year, 12, 31));
    }
}
