package vn.nhacviec.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plan's reporting calendar, the sentence that says when the periodic CCHC reports are due
 * (seeds 000, 001):
 *
 * <blockquote>Báo cáo quý gửi trước ngày 05 tháng cuối cùng của quý; báo cáo 6 tháng trước ngày 05/6,
 * báo cáo 9 tháng trước ngày 05/9 và báo cáo năm gửi trước ngày 30/11.</blockquote>
 *
 * <p>Only sentences of the form "báo cáo &lt;period&gt; (gửi) trước ngày &lt;date&gt;" count; a date anywhere
 * else in the plan (citations, signatures, report dates of a single task in the table) is not part of the
 * calendar. Works on text with or without diacritics, and on OCR text.
 */
public final class ReportingCalendarParser {

    static final String ANNUAL_LABEL = "Báo cáo năm";
    private static final String NINE_MONTHS_LABEL = "Báo cáo 9 tháng";
    static final String SIX_MONTHS_LABEL = "Báo cáo 6 tháng";
    private static final String[] QUARTER_LABELS = {"", "Báo cáo quý I", "Báo cáo quý II", "Báo cáo quý III", "Báo cáo quý IV"};

    private static final String BEFORE = "(?:gui\\s+)?(?:truoc|cham nhat(?:\\s+la)?|han)\\s+(?:ngay\\s+)?";

    /** "Báo cáo quý gửi trước ngày 05 (của) tháng cuối cùng của quý". */
    private static final Pattern QUARTERLY_RULE = Pattern.compile(
            "\\bbao cao\\s+(?:cac\\s+)?(?:hang\\s+)?quy\\s+" + BEFORE
                    + "(\\d{1,2})\\s+(?:cua\\s+)?thang\\s+cuoi(?:\\s+cung)?\\s+(?:cua\\s+)?(?:moi\\s+)?quy\\b");

    /** "báo cáo 6 tháng trước ngày 05/6", "báo cáo năm gửi trước ngày 30/11", "báo cáo quý I trước ngày 5/3". */
    private static final Pattern PERIOD_RULE = Pattern.compile(
            "\\bbao cao\\s+(quy\\s+[1-4]|0?6\\s+thang|sau\\s+thang|0?9\\s+thang|chin\\s+thang|nam)\\s+" + BEFORE
                    + "(\\d{1,2})\\s*(?:/|\\s+thang\\s+)\\s*(\\d{1,2})(?:\\s*(?:/|\\s+nam\\s+)\\s*(\\d{4}))?(?![\\d/])");

    /** Which report names a date when two fall on the same day: the wider report includes the narrower. */
    private static final List<String> PRECEDENCE =
            List.of(ANNUAL_LABEL, NINE_MONTHS_LABEL, SIX_MONTHS_LABEL, "Báo cáo quý");

    /**
     * @param wholePlanText the plan's whole text; may be null
     * @param planYear      the year the plan is for
     * @return the report dates of that year; {@link ReportingCalendar#none()} when the plan states none
     */
    public ReportingCalendar parse(String wholePlanText, int planYear) {
        try {
            return parseSafely(wholePlanText, planYear);
        } catch (RuntimeException e) {
            return ReportingCalendar.none(); // no calendar: report clauses are then flagged for a person
        }
    }

    private ReportingCalendar parseSafely(String wholePlanText, int planYear) {
        String text = OcrText.of(wholePlanText);
        if (text.isEmpty()) {
            return ReportingCalendar.none();
        }
        Map<LocalDate, String> byDate = new HashMap<>();
        boolean annualStated = false;
        List<Integer> quarterlyDays = new ArrayList<>();

        Matcher m = PERIOD_RULE.matcher(text);
        while (m.find()) {
            String label = labelOf(m.group(1));
            LocalDate date = dateOf(m.group(2), m.group(3), m.group(4), planYear);
            if (date != null) {
                put(byDate, date, label);
                annualStated |= label.equals(ANNUAL_LABEL);
            }
        }
        Matcher q = QUARTERLY_RULE.matcher(text);
        while (q.find()) {
            quarterlyDays.add(Integer.parseInt(q.group(1)));
        }
        for (int day : quarterlyDays) {
            // The annual report stands in for the fourth quarter's when the plan gives one (30/11 in 000, 001).
            int lastQuarter = annualStated ? 3 : 4;
            for (int quarter = 1; quarter <= lastQuarter; quarter++) {
                LocalDate date = dateOf(String.valueOf(day), String.valueOf(quarter * 3), null, planYear);
                if (date != null) {
                    put(byDate, date, QUARTER_LABELS[quarter]);
                }
            }
        }
        List<ReportDate> reports = new ArrayList<>();
        byDate.forEach((date, label) -> reports.add(new ReportDate(date, label)));
        return reports.isEmpty() ? ReportingCalendar.none() : new ReportingCalendar(reports);
    }

    private static String labelOf(String period) {
        if (period.startsWith("quy")) {
            return QUARTER_LABELS[Integer.parseInt(period.substring(period.length() - 1))];
        }
        if (period.equals("nam")) {
            return ANNUAL_LABEL;
        }
        return period.contains("9") || period.startsWith("chin") ? NINE_MONTHS_LABEL : SIX_MONTHS_LABEL;
    }

    /** One report per date: "báo cáo 6 tháng" and the second quarter's report are one report on 05/6. */
    private static void put(Map<LocalDate, String> byDate, LocalDate date, String label) {
        byDate.merge(date, label, (old, neu) -> rank(neu) < rank(old) ? neu : old);
    }

    private static int rank(String label) {
        for (int i = 0; i < PRECEDENCE.size(); i++) {
            if (label.startsWith(PRECEDENCE.get(i))) {
                return i;
            }
        }
        return PRECEDENCE.size();
    }

    private static LocalDate dateOf(String day, String month, String year, int planYear) {
        try {
            if (year != null && Integer.parseInt(year) != planYear) {
                return null; // a report of another year is not this plan's calendar
            }
            return LocalDate.of(planYear, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
