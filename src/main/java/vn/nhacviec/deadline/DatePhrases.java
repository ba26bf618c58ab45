package vn.nhacviec.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that name one deadline: a day, a quarter, a month, half a year, the year. Each gives a
 * {@code ONCE} hit on the last day the work may be done. A phrase with no year uses the plan year.
 *
 * <p>Order matters: worded dates and quarters and months are taken before bare "d/m/yyyy", so that the
 * "12/2025" of "tháng 12/2025" is never read as a day and a month.
 */
final class DatePhrases {

    private static final String YEAR = "(?:\\s*[/-]\\s*(\\d{4})|\\s+(?:nam\\s+)?(\\d{4}))?(?![\\d/])";

    /** "ngày 20 tháng 02 năm 2024", "ngày 5 tháng 3". */
    private static final Pattern WORDED_DATE = Pattern.compile(
            "\\bngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?:\\s*(?:nam|/)\\s*(\\d{4}))?(?![\\d/])");
    /** "Trước Quý II năm 2024", "Quý IV/2024", "trong quý 1/2024", "Quy 2 2024". */
    private static final Pattern QUARTER = Pattern.compile("(?:\\b(truoc)\\s+)?\\bquy\\s+([1-4])" + YEAR);
    /** "6 tháng đầu năm 2024", "06 tháng cuối năm". */
    private static final Pattern HALF_YEAR = Pattern.compile(
            "\\b(?:6|06|sau)\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?(?![\\d/])");
    /** "Tháng 12/2025", "vào tháng 11 năm 2025", "Trước tháng 12/2024", "tháng 01 năm 2025". */
    private static final Pattern MONTH = Pattern.compile("(?:\\b(truoc)\\s+)?\\bthang\\s+(\\d{1,2})" + YEAR);
    /** "15/12/2024", "01/3/2024", "31/12" (plan year). */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}))?(?![\\d/])");
    /** "Trong năm 2024", "trong năm", "cuối năm", "hết năm 2025". */
    private static final Pattern YEAR_END = Pattern.compile("\\b(?:trong|cuoi|het)\\s+nam(?:\\s+(\\d{4}))?(?![\\d/])");
    /** A clause that is nothing but a year: "Năm 2024". */
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*nam\\s+(\\d{4})\\s*$");

    /** "trong năm (Y)" / "cả năm" as the scope of a series. */
    private static final Pattern YEAR_SCOPE = Pattern.compile("\\b(?:trong|ca)\\s+nam(?:\\s+\\d{4})?(?![\\d/])");

    private DatePhrases() {
    }

    static void take(ClauseText text, int planYear) {
        text.take(WORDED_DATE, m -> day(m, m.group(1), m.group(2), m.group(3), planYear));
        text.take(QUARTER, m -> quarter(m, planYear));
        text.take(HALF_YEAR, m -> {
            int year = yearOf(m.group(2), planYear);
            return Hit.once(m.start(), m.end(), m.group(1).equals("dau")
                    ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        });
        text.take(MONTH, m -> month(m, planYear));
        text.take(NUMERIC_DATE, m -> day(m, m.group(1), m.group(2), m.group(3), planYear));
        text.take(YEAR_END, m -> Hit.once(m.start(), m.end(), LocalDate.of(yearOf(m.group(1), planYear), 12, 31)));
        text.take(YEAR_ONLY, m -> Hit.once(m.start(), m.end(), LocalDate.of(yearOf(m.group(1), planYear), 12, 31)));
    }

    /** Blanks out "trong năm (Y)" where it is the scope of a series or of another body's plan, not a deadline. */
    static void blankYearScope(ClauseText text) {
        text.blank(YEAR_SCOPE);
    }

    private static Hit quarter(Matcher m, int planYear) {
        int quarter = Integer.parseInt(m.group(2));
        YearMonth lastMonth = YearMonth.of(yearOf(m.group(3), m.group(4), planYear), quarter * 3);
        if (m.group(1) != null) {
            lastMonth = lastMonth.minusMonths(3); // "Trước Quý II" = done by the end of quý I
        }
        return Hit.once(m.start(), m.end(), lastMonth.atEndOfMonth());
    }

    private static Hit month(Matcher m, int planYear) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth ym = YearMonth.of(yearOf(m.group(3), m.group(4), planYear), month);
        if (m.group(1) != null) {
            ym = ym.minusMonths(1); // "Trước tháng 12/2024" = done by the end of November
        }
        return Hit.once(m.start(), m.end(), ym.atEndOfMonth());
    }

    /**
     * A day as written, also after "Trước ngày": the officer reads "Trước ngày 10/1/2024" as "by 10/1",
     * and a reminder one day late is worse than one day early.
     */
    private static Hit day(Matcher m, String day, String month, String year, int planYear) {
        try {
            LocalDate date = LocalDate.of(yearOf(year, planYear), Integer.parseInt(month), Integer.parseInt(day));
            return Hit.once(m.start(), m.end(), date);
        } catch (DateTimeException | NumberFormatException e) {
            return null; // "31/2" or "45/13": not a date; the clause may still say something else
        }
    }

    private static int yearOf(String slashYear, String spacedYear, int planYear) {
        return yearOf(slashYear != null ? slashYear : spacedYear, planYear);
    }

    private static int yearOf(String year, int planYear) {
        return year == null ? planYear : Integer.parseInt(year);
    }
}
