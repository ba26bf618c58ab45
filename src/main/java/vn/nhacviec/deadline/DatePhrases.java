package vn.nhacviec.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that name one deadline: a day, a part of a month or quarter, a quarter, a month, half a year,
 * the year, the end of a range. Each gives a {@code ONCE} hit on the last day the work may be done. A
 * phrase with no year uses the plan year. Month and quarter names in words are numerals already
 * ({@link NumberWords}).
 *
 * <p>Order matters: dates (with or without "ngày") are taken before months and quarters, and those before
 * bare "d/m/yyyy", so that the "12/2025" of "tháng 12/2025" is never read as a day and a month and the
 * "tháng 10 năm 2025" of "12 tháng 10 năm 2025" is never read as the whole month.
 */
final class DatePhrases {

    /** "/2025", ".2025", " năm 2025", " 2025" after a month or a quarter. */
    private static final String YEAR = "(?:\\s*[/.-]\\s*(\\d{4})|\\s+(?:nam\\s+)?(\\d{4}))?(?![\\d/])";

    /**
     * "ngày 20 tháng 02 năm 2024", "12 tháng 10 năm 2025", "ngày 5 tháng 3", "mồng 3 tháng 3", "mùng 10
     * tháng 2": a day, whether or not "ngày" is written. Not a quarter ("quý 2 tháng 6").
     */
    private static final Pattern WORDED_DATE = Pattern.compile(
            "(?:\\bngay\\s+)?(?:\\b(?:mong|mung)\\s+)?(?<![\\d/.])(?<!quy\\s)\\b(\\d{1,2})\\s+thang\\s+(\\d{1,2})(?![\\d/])(?!\\s*/?\\s*lan\\b)"
                    + "(?:\\s*,?\\s*(?:nam|/)\\s*(\\d{4}))?(?![\\d/])");
    /** "ngày đầu tiên của tháng 3", "ngày cuối cùng của tháng 6/2026". */
    private static final Pattern FIRST_OR_LAST_DAY = Pattern.compile(
            "\\bngay\\s+(dau tien|dau|cuoi cung|cuoi)\\s+(?:cua\\s+)?thang\\s+(\\d{1,2})" + YEAR);
    /** "đầu tháng 3" (10/3), "giữa tháng 3" (15/3), "cuối tháng 3" (31/3). */
    private static final Pattern PART_OF_MONTH = Pattern.compile(
            "\\b(dau|giua|cuoi)\\s+thang\\s+(\\d{1,2})" + YEAR);
    /** "đầu quý II" (end of its first month), "giữa quý II" (15th of its second), "cuối quý II" (its end). */
    private static final Pattern PART_OF_QUARTER = Pattern.compile(
            "\\b(dau|giua|cuoi)\\s+quy\\s+([1-4])" + YEAR);
    /** "Quý I - II/2026", "quý II đến hết quý III năm 2026": the range ends with its last quarter. */
    private static final Pattern QUARTER_RANGE = Pattern.compile(
            "\\bquy\\s+([1-4])\\s*(?:-|den(?:\\s+het)?)\\s*(?:quy\\s+)?(iv|i{1,3}|[1-4])(?![\\p{L}\\d])" + YEAR);
    /** "tháng 3-6 năm 2027", "tháng 3 đến tháng 6": the range ends with its last month. */
    private static final Pattern MONTH_RANGE = Pattern.compile(
            "\\bthang\\s+(\\d{1,2})\\s*(?:-|den(?:\\s+het)?)\\s*(?:thang\\s+)?(\\d{1,2})" + YEAR);
    /** "Quý I, II/2026", "quý I và quý III năm 2026": a deadline at the end of each quarter named. */
    private static final Pattern QUARTER_LIST = Pattern.compile(
            "\\bquy\\s+([1-4])((?:\\s*(?:,|va)\\s*(?:quy\\s+)?(?:iv|i{1,3}|[1-4])(?![\\p{L}\\d]))+)" + YEAR);
    /** "Tháng 3, 6, 9 và 12 năm 2026": a deadline at the end of each month named. */
    private static final Pattern MONTH_LIST = Pattern.compile(
            "\\bthang\\s+(\\d{1,2})((?:\\s*(?:,|va)\\s*(?:thang\\s+)?\\d{1,2}(?![\\d/.]))+)" + YEAR);
    private static final Pattern LIST_ITEM = Pattern.compile("(iv|i{1,3}|\\d{1,2})(?![\\p{L}\\d])");
    /** "Trước Quý II năm 2024", "Quý IV/2024", "trong quý 1/2024", "Quy 2 2024". */
    private static final Pattern QUARTER = Pattern.compile("(?:\\b(truoc)\\s+)?\\bquy\\s+([1-4])" + YEAR);
    /** "6 tháng đầu năm 2024", "06 tháng cuối năm". */
    private static final Pattern HALF_YEAR = Pattern.compile(
            "\\b(?:6|06|sau)\\s+thang\\s+(dau|cuoi)\\s+nam(?:\\s+(\\d{4}))?(?![\\d/])");
    /** "Tháng 12/2025", "vào tháng 11 năm 2025", "Trước tháng 12/2024", "tháng 01 năm 2025". */
    private static final Pattern MONTH = Pattern.compile("(?:\\b(truoc)\\s+)?\\bthang\\s+(\\d{1,2})" + YEAR);
    /** "15/12/2024", "01/3/2024", "31/12" (plan year), "15/3/26" (two-digit year). */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?(?![\\d/])");
    /** "30.6.2025", "30-6-2025": other separators only with a full year, so "1.1" stays a number. */
    private static final Pattern DOTTED_DATE = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2})([.-])(\\d{1,2})\\2(\\d{4})(?![\\d/.-])");
    /** "đến 6/2027", "12/2025": a month and a year with nothing else. */
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("(?<![\\d/.])(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])");
    /** "giai đoạn 2026 - 2030", "từ năm 2026 đến năm 2030", "2025-2026": the range ends with its last year. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d/])(?:nam\\s+)?(\\d{4})\\s*(?:-|den(?:\\s+het)?(?:\\s+nam)?)\\s*(\\d{4})(?![\\d/])");
    /** "Trong năm 2024", "trong năm", "cuối năm", "hết năm 2025", "đến năm 2030". */
    private static final Pattern YEAR_END = Pattern.compile(
            "\\b(?:trong|cuoi|het|den)\\s+nam(?:\\s+(\\d{4}))?(?![\\d/])");
    /** A clause that opens with a year: "Năm 2024", "Năm 2026 và các năm tiếp theo". */
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*nam\\s+(\\d{4})(?![\\d/])");

    /** "trong năm (Y)" / "cả năm" as the scope of a series. */
    private static final Pattern YEAR_SCOPE = Pattern.compile("\\b(?:trong|ca)\\s+nam(?:\\s+\\d{4})?(?![\\d/])");

    private DatePhrases() {
    }

    static void take(ClauseText text, int planYear) {
        text.take(FIRST_OR_LAST_DAY, m -> firstOrLastDay(m, planYear));
        text.take(WORDED_DATE, m -> day(m, m.group(1), m.group(2), m.group(3), planYear));
        text.take(PART_OF_MONTH, m -> partOfMonth(m, planYear));
        text.take(PART_OF_QUARTER, m -> partOfQuarter(m, planYear));
        text.take(QUARTER_RANGE, m -> quarterRange(m, planYear));
        text.takeAll(QUARTER_LIST, m -> list(m, planYear, true));
        text.takeAll(MONTH_LIST, m -> list(m, planYear, false));
        text.take(QUARTER, m -> quarter(m, planYear));
        text.take(HALF_YEAR, m -> {
            int year = yearOf(m.group(2), planYear);
            return Hit.once(m.start(), m.end(), m.group(1).equals("dau")
                    ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31));
        });
        text.take(MONTH_RANGE, m -> {
            YearMonth last = yearMonth(m.group(2), yearOf(m.group(3), m.group(4), planYear));
            return last == null ? null : Hit.once(m.start(), m.end(), last.atEndOfMonth());
        });
        text.take(MONTH, m -> month(m, planYear));
        text.take(DOTTED_DATE, m -> day(m, m.group(1), m.group(3), m.group(4), planYear));
        text.take(YEAR_RANGE, m -> Hit.once(m.start(), m.end(), LocalDate.of(Integer.parseInt(m.group(2)), 12, 31)));
        text.take(NUMERIC_DATE, m -> day(m, m.group(1), m.group(2), m.group(3), planYear));
        text.take(MONTH_OF_YEAR, m -> monthOfYear(m));
        text.take(YEAR_END, m -> Hit.once(m.start(), m.end(), LocalDate.of(yearOf(m.group(1), planYear), 12, 31)));
        text.take(YEAR_ONLY, m -> Hit.once(m.start(), m.end(), LocalDate.of(yearOf(m.group(1), planYear), 12, 31)));
    }

    /** Blanks out "trong năm (Y)" where it is the scope of a series or of another body's plan, not a deadline. */
    static void blankYearScope(ClauseText text) {
        text.blank(YEAR_SCOPE);
    }

    private static Hit firstOrLastDay(Matcher m, int planYear) {
        YearMonth month = yearMonth(m.group(2), yearOf(m.group(3), m.group(4), planYear));
        if (month == null) {
            return null;
        }
        return Hit.once(m.start(), m.end(), m.group(1).startsWith("dau") ? month.atDay(1) : month.atEndOfMonth());
    }

    private static Hit partOfMonth(Matcher m, int planYear) {
        YearMonth month = yearMonth(m.group(2), yearOf(m.group(3), m.group(4), planYear));
        if (month == null) {
            return null;
        }
        LocalDate date = switch (m.group(1)) {
            case "dau" -> month.atDay(10);
            case "giua" -> month.atDay(15);
            default -> month.atEndOfMonth();
        };
        return Hit.once(m.start(), m.end(), date);
    }

    private static Hit partOfQuarter(Matcher m, int planYear) {
        int quarter = Integer.parseInt(m.group(2));
        YearMonth first = YearMonth.of(yearOf(m.group(3), m.group(4), planYear), quarter * 3 - 2);
        LocalDate date = switch (m.group(1)) {
            case "dau" -> first.atEndOfMonth();
            case "giua" -> first.plusMonths(1).atDay(15);
            default -> first.plusMonths(2).atEndOfMonth();
        };
        return Hit.once(m.start(), m.end(), date);
    }

    /** Each quarter or month of a list, at the end of it; all share the list's place in the clause. */
    private static List<Hit> list(Matcher m, int planYear, boolean quarters) {
        int year = yearOf(m.group(3), m.group(4), planYear);
        List<Hit> hits = new ArrayList<>();
        List<String> items = new ArrayList<>(List.of(m.group(1)));
        Matcher item = LIST_ITEM.matcher(m.group(2));
        while (item.find()) {
            items.add(item.group(1));
        }
        for (String numeral : items) {
            int number = quarters ? OcrText.quarterNumber(numeral) : Integer.parseInt(numeral);
            int month = quarters ? number * 3 : number;
            if (month >= 1 && month <= 12 && number > 0) {
                hits.add(Hit.once(m.start(), m.end(), YearMonth.of(year, month).atEndOfMonth()));
            }
        }
        return hits;
    }

    private static Hit quarterRange(Matcher m, int planYear) {
        int last = OcrText.quarterNumber(m.group(2));
        if (last == 0) {
            return null;
        }
        return Hit.once(m.start(), m.end(), YearMonth.of(yearOf(m.group(3), m.group(4), planYear), last * 3).atEndOfMonth());
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
        YearMonth ym = yearMonth(m.group(2), yearOf(m.group(3), m.group(4), planYear));
        if (ym == null) {
            return null;
        }
        if (m.group(1) != null) {
            ym = ym.minusMonths(1); // "Trước tháng 12/2024" = done by the end of November
        }
        return Hit.once(m.start(), m.end(), ym.atEndOfMonth());
    }

    private static Hit monthOfYear(Matcher m) {
        YearMonth ym = yearMonth(m.group(1), Integer.parseInt(m.group(2)));
        return ym == null ? null : Hit.once(m.start(), m.end(), ym.atEndOfMonth());
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

    private static YearMonth yearMonth(String month, int year) {
        int number = Integer.parseInt(month);
        return number < 1 || number > 12 ? null : YearMonth.of(year, number);
    }

    private static int yearOf(String slashYear, String spacedYear, int planYear) {
        return yearOf(slashYear != null ? slashYear : spacedYear, planYear);
    }

    /** A written year; two digits are this century's ("15/3/26" is 2026). */
    private static int yearOf(String year, int planYear) {
        if (year == null) {
            return planYear;
        }
        int value = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + value : value;
    }
}
