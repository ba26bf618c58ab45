package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that name a series or no deadline at all: "Thường xuyên" (CONTINUOUS), "hằng/hàng tháng" (on a
 * day when one is named), "hằng quý", "định kỳ 6 tháng", and report clauses "định kỳ …" (RECURRING).
 * "Hằng" and "hàng" fold to the same word. A series covers every year of the plan's period.
 *
 * <p>They run before {@link DatePhrases} because their "trong năm (Y)" is the scope of the series
 * ("Định kỳ hàng tháng trong năm 2025", "Thường xuyên trong năm 2025"), not a deadline on 31/12.
 * "Hằng năm" is read last ({@link #takeYearly}): beside a date it only says the date comes back each year.
 */
final class RecurrencePhrases {

    private static final String IN_YEAR = "(?:\\s+(?:trong|ca)\\s+nam(?:\\s+\\d{4})?(?![\\d/]))?";
    private static final String EVERY = "\\b(?:hang|moi)\\s+";
    private static final String BY = "(?:(?:truoc|vao|cham nhat(?:\\s+la)?|han|tu)\\s+)?";

    private static final Pattern CONTINUOUS = Pattern.compile("\\b(?:thuong xuyen|lien tuc|ca nam)" + IN_YEAR);
    /** "trước ngày 20 hằng tháng", "ngày 25 hàng tháng". */
    private static final Pattern DAY_THEN_MONTHLY = Pattern.compile(
            "(?:\\bdinh ky\\s+)?" + BY + "\\bngay\\s+(\\d{1,2})(?![\\d/])\\s+(?:cua\\s+)?" + EVERY + "thang" + IN_YEAR);
    /** "Hằng tháng (trước ngày 20)", "hàng tháng, trước ngày 25", "hằng tháng, báo cáo trước ngày 20". */
    private static final Pattern MONTHLY_THEN_DAY = Pattern.compile(
            "(?:\\bdinh ky\\s+)?" + EVERY + "thang" + IN_YEAR + "\\s*[,(:-]?\\s*(?:[a-z]+\\s+){0,3}?" + BY
                    + "ngay\\s+(\\d{1,2})(?![\\d/])"
                    + "(?!\\s*thang)\\s*\\)?");
    private static final Pattern MONTHLY = Pattern.compile("(?:\\bdinh ky\\s+)?" + EVERY + "thang" + IN_YEAR);
    private static final Pattern QUARTERLY = Pattern.compile(
            "(?:\\bdinh ky\\s+)?(?:" + EVERY + "quy|\\b0?3\\s+thang\\s*(?:/|1|mot)\\s*lan)" + IN_YEAR);
    /** "định kỳ 6 tháng", "6 tháng một lần", "6 tháng/lần". */
    private static final Pattern HALF_YEARLY = Pattern.compile(
            "\\bdinh ky\\s+(?:0?6|sau)\\s+thang(?:\\s*(?:/|1|mot)\\s*lan)?|\\b0?6\\s+thang\\s*(?:/|1|mot)\\s*lan");
    private static final Pattern YEARLY = Pattern.compile("(?:\\bdinh ky\\s+)?" + EVERY + "nam" + IN_YEAR);
    /**
     * Whatever "định kỳ" is left: "định kỳ báo cáo kết quả", "định kỳ theo quy định báo cáo", "báo cáo định kỳ".
     * "Định kỳ trước ngày …" is not one: the date says when.
     */
    private static final Pattern PERIODIC_REPORT = Pattern.compile(
            "\\bdinh ky\\b(?!\\s*[,:]?\\s*(?:truoc|vao|cham nhat|han|ngay|thang|quy|\\d))");
    private static final Pattern PERIODIC_WORD = Pattern.compile("\\bdinh ky\\b");

    private RecurrencePhrases() {
    }

    static void take(ClauseText text, PlanPeriod period, ReportingCalendar calendar, String label) {
        text.take(CONTINUOUS, m -> new Hit(m.start(), m.end(), MilestoneKind.CONTINUOUS, List.of(), null));
        text.take(DAY_THEN_MONTHLY, m -> monthlyOn(m, m.group(1), period));
        text.take(MONTHLY_THEN_DAY, m -> monthlyOn(m, m.group(1), period));
        text.take(MONTHLY, m -> recurring(m.start(), m.end(), monthEnds(period)));
        text.take(QUARTERLY, m -> recurring(m.start(), m.end(),
                calendar.isEmpty() ? quarterEnds(period) : calendarDates(calendar, period)));
        text.take(HALF_YEARLY, m -> recurring(m.start(), m.end(), halfYearDates(calendar, period)));
        text.take(PERIODIC_REPORT, m -> calendar.isEmpty()
                ? new Hit(m.start(), m.end(), MilestoneKind.EXTERNAL, List.of(), Warnings.reportWithoutCalendar(label))
                : recurring(m.start(), m.end(), calendarDates(calendar, period)));
        text.blank(PERIODIC_WORD);
    }

    /**
     * "Hằng năm" once the single deadlines are read. Alone it is the annual report date of the calendar, else
     * 31/12 ({@code ONCE} in a one-year plan). Beside dates ("trước ngày 30 tháng 11 hàng năm", "Quý I hằng
     * năm") it adds nothing in a one-year plan and repeats those dates every year of a longer period.
     *
     * @param yearly   where "hằng năm" was, found before the single deadlines were read
     * @param firstDatedHit the index in the text's hits from which the single deadlines start
     */
    static void takeYearly(ClauseText text, List<int[]> yearly, int firstDatedHit, PlanPeriod period,
                           ReportingCalendar calendar) {
        if (yearly.isEmpty()) {
            return;
        }
        List<Hit> hits = text.hits();
        List<Hit> dated = new ArrayList<>(hits.subList(firstDatedHit, hits.size()));
        dated.removeIf(h -> h.kind() != MilestoneKind.ONCE);
        int[] at = yearly.get(0);
        if (dated.isEmpty()) {
            List<LocalDate> dates = period.years().stream().map(y -> annualDate(y, period, calendar)).toList();
            hits.add(new Hit(at[0], at[1], dates.size() == 1 ? MilestoneKind.ONCE : MilestoneKind.RECURRING, dates, null));
            return;
        }
        if (period.isSingleYear()) {
            return;
        }
        for (Hit hit : dated) {
            List<LocalDate> every = new ArrayList<>();
            for (int year : period.years()) {
                every.add(hit.dates().get(0).withYear(year));
            }
            hits.set(hits.indexOf(hit), new Hit(hit.start(), hit.end(), MilestoneKind.RECURRING, every, hit.note()));
        }
    }

    /** Finds and blanks "hằng năm" so that the single deadlines are read without it; returns where it was. */
    static List<int[]> blankYearly(ClauseText text) {
        List<int[]> spans = new ArrayList<>();
        text.take(YEARLY, m -> {
            spans.add(new int[] {m.start(), m.end()});
            return null;
        });
        return spans;
    }

    private static Hit recurring(int start, int end, List<LocalDate> dates) {
        return new Hit(start, end, MilestoneKind.RECURRING, dates, null);
    }

    private static Hit monthlyOn(Matcher m, String day, PlanPeriod period) {
        int number = Integer.parseInt(day);
        if (number < 1 || number > 31) {
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int year : period.years()) {
            for (int month = 1; month <= 12; month++) {
                YearMonth ym = YearMonth.of(year, month);
                dates.add(ym.atDay(Math.min(number, ym.lengthOfMonth()))); // "ngày 31 hằng tháng" in February
            }
        }
        return recurring(m.start(), m.end(), dates);
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

    private static List<LocalDate> monthEnds(PlanPeriod period) {
        return period.years().stream().flatMap(y -> monthEnds(y).stream()).toList();
    }

    private static List<LocalDate> quarterEnds(PlanPeriod period) {
        return period.years().stream().flatMap(y -> quarterEnds(y).stream()).toList();
    }

    /** The calendar's dates of the plan year, and the same days in the other years of the period. */
    private static List<LocalDate> calendarDates(ReportingCalendar calendar, PlanPeriod period) {
        List<LocalDate> inYear = calendar.datesIn(period.year());
        if (period.isSingleYear()) {
            return inYear;
        }
        return period.years().stream().flatMap(y -> inYear.stream().map(d -> d.withYear(y))).toList();
    }

    /** "Định kỳ 6 tháng": the calendar's 6-month and annual report dates, else 30/6 and 31/12. */
    private static List<LocalDate> halfYearDates(ReportingCalendar calendar, PlanPeriod period) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year : period.years()) {
            dates.add(reportDate(calendar, period.year(), ReportingCalendarParser.SIX_MONTHS_LABEL)
                    .map(d -> d.withYear(year)).orElse(LocalDate.of(year, 6, 30)));
            dates.add(annualDate(year, period, calendar));
        }
        return dates;
    }

    /** The plan's annual report date when it states one ("báo cáo năm gửi trước ngày 30/11"), else 31/12. */
    private static LocalDate annualDate(int year, PlanPeriod period, ReportingCalendar calendar) {
        return reportDate(calendar, period.year(), ReportingCalendarParser.ANNUAL_LABEL)
                .map(d -> d.withYear(year))
                .orElse(LocalDate.of(year, 12, 31));
    }

    private static Optional<LocalDate> reportDate(ReportingCalendar calendar, int year, String label) {
        return calendar.reports().stream()
                .filter(r -> r.date().getYear() == year && label.equals(r.label()))
                .map(ReportDate::date)
                .findFirst();
    }
}
