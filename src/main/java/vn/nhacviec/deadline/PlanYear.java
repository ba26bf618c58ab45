package vn.nhacviec.deadline;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which years a plan is for (docs/deadlines.md, "More phrases"):
 * <ol>
 *   <li>the title: its last year ("…hạn chế năm 2023 và nhiệm vụ… năm 2024" is for 2024), or its period
 *       ("giai đoạn 2026–2030", "đến năm 2030"); years of cited documents and of a vision ("định hướng đến
 *       năm 2030", "tầm nhìn đến năm 2045") do not count;</li>
 *   <li>else the year most time cells name;</li>
 *   <li>else the year of the plan's date line ("Sơn Kỳ, ngày 26 tháng 12 năm 2025"), plus one when the plan is
 *       dated in December and its cells name the next year (on a tie between cells, the same rule decides).</li>
 * </ol>
 * A plan "đến năm 2030" starts in the year its cells or its date line give (not after 2030).
 */
public final class PlanYear {

    /** Where the year came from; the reader warns when it is not the title. */
    public enum Basis { TITLE, TIME_CELLS, DATE_LINE }

    /** The period a plan is for and where it was read. */
    public record Inferred(PlanPeriod period, Basis basis) {
    }

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;
    /** The date line sits at the top of the first page. */
    private static final int HEAD_CHARS = 6_000;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    private static final Pattern TWO_DIGIT_DATE_YEAR = Pattern.compile("(?<![\\d/])\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*(\\d{2})(?![\\d/])");
    private static final Pattern VISION = Pattern.compile(
            "\\b(?:dinh huong|tam nhin)(?:\\s+(?:den|toi))?(?:\\s+het)?(?:\\s+nam)?\\s+\\d{4}");
    private static final Pattern PREAMBLE = Pattern.compile("\\bcan cu\\b");
    /** "giai đoạn 2026 - 2030", "2026-2030", "từ năm 2026 đến năm 2030". */
    private static final Pattern CLOSED_PERIOD = Pattern.compile(
            "(?<![\\d/])(\\d{4})\\s*(?:-|den(?:\\s+het)?(?:\\s+nam)?)\\s*(\\d{4})(?!\\d)");
    /** "đến năm 2030", "đến hết năm 2030", "tới năm 2030". */
    private static final Pattern OPEN_PERIOD = Pattern.compile("\\b(?:den|toi)(?:\\s+het)?\\s+nam\\s+(\\d{4})(?!\\d)");
    /**
     * "Sơn Kỳ, ngày 26 tháng 12 năm 2025", "Hà Nội, ngày 17/11/2025", a draft's "ngày    tháng    năm 2026", a
     * legal website's "Ngày ban hành: 18/11/2025".
     */
    private static final Pattern DATE_LINE = Pattern.compile(
            ",\\s*ngay\\s*(?:(\\d{1,2})|[._…\\s]*)\\s*thang\\s*(?:(\\d{1,2})|[._…\\s]*)\\s*nam\\s+(\\d{4})(?!\\d)"
                    + "|(?:,\\s*ngay|\\bngay ban hanh\\W{0,6})\\s*\\d{1,2}\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])");

    private PlanYear() {
    }

    /**
     * @param title     the plan's title, or null
     * @param planText  the plan's whole text (its date line is near the top), or null
     * @param timeCells the time cells of its task rows
     * @return the plan's period, or empty when nothing names a year
     */
    public static Optional<Inferred> infer(String title, String planText, List<String> timeCells) {
        DateLine dated = dateLine(planText);
        Map<Integer, Integer> votes = cellVotes(timeCells);
        String folded = title == null ? "" : withoutCitations(title);
        Matcher preamble = PREAMBLE.matcher(folded);
        if (preamble.find()) {
            folded = folded.substring(0, preamble.start()); // a title read too far runs into "Căn cứ …"
        }
        folded = VISION.matcher(folded).replaceAll(" ");

        Matcher closed = CLOSED_PERIOD.matcher(folded);
        while (closed.find()) {
            int first = Integer.parseInt(closed.group(1));
            int last = Integer.parseInt(closed.group(2));
            if (plausible(first) && plausible(last) && first < last && last - first < PlanPeriod.MAX_YEARS
                    && noYearAfter(folded, closed.end())) {
                return Optional.of(new Inferred(period(first, last, votes, dated), Basis.TITLE));
            }
        }
        Matcher open = OPEN_PERIOD.matcher(folded);
        if (open.find() && plausible(Integer.parseInt(open.group(1))) && noYearAfter(folded, open.end())) {
            int last = Integer.parseInt(open.group(1));
            Integer named = lastYear(folded.substring(0, open.start()), last);
            Integer start = named != null ? named : startOf(last, votes, dated);
            if (start != null && start < last && last - start < PlanPeriod.MAX_YEARS) {
                return Optional.of(new Inferred(period(start, last, votes, dated), Basis.TITLE));
            }
            return Optional.of(new Inferred(PlanPeriod.of(last), Basis.TITLE));
        }
        Integer titled = lastYear(folded, MAX_YEAR);
        if (titled != null) {
            return Optional.of(new Inferred(PlanPeriod.of(titled), Basis.TITLE));
        }
        Integer fromCells = mostNamed(votes, dated);
        if (fromCells != null) {
            return Optional.of(new Inferred(PlanPeriod.of(fromCells), Basis.TIME_CELLS));
        }
        if (dated != null) {
            return Optional.of(new Inferred(PlanPeriod.of(dated.year()), Basis.DATE_LINE));
        }
        return Optional.empty();
    }

    /** The plan's date: its year and month (0 when the month is left blank, as in a draft). */
    record DateLine(int year, int month) {
    }

    static DateLine dateLine(String planText) {
        if (planText == null || planText.isBlank()) {
            return null;
        }
        String head = OcrText.of(planText.substring(0, Math.min(planText.length(), HEAD_CHARS)));
        Matcher m = DATE_LINE.matcher(head);
        while (m.find()) {
            String year = m.group(3) != null ? m.group(3) : m.group(5);
            String month = m.group(3) != null ? m.group(2) : m.group(4);
            int y = Integer.parseInt(year);
            if (plausible(y)) {
                return new DateLine(y, month == null ? 0 : Integer.parseInt(month));
            }
        }
        return null;
    }

    /** How many time cells name each year; a cell names a year once however often it writes it. */
    static Map<Integer, Integer> cellVotes(List<String> timeCells) {
        Map<Integer, Integer> votes = new TreeMap<>();
        if (timeCells == null) {
            return votes;
        }
        for (String cell : timeCells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            String text = withoutCitations(cell.length() > DeadlineParser.MAX_CELL_LENGTH
                    ? cell.substring(0, DeadlineParser.MAX_CELL_LENGTH) : cell);
            Set<Integer> named = new HashSet<>();
            Matcher m = YEAR.matcher(text);
            while (m.find()) {
                named.add(Integer.parseInt(m.group(1)));
            }
            Matcher d = TWO_DIGIT_DATE_YEAR.matcher(text);
            while (d.find()) {
                named.add(2000 + Integer.parseInt(d.group(1)));
            }
            named.stream().filter(PlanYear::plausible).forEach(y -> votes.merge(y, 1, Integer::sum));
        }
        return votes;
    }

    /**
     * The year most cells name. On a tie the date line decides: the year after it when the plan is dated in
     * December, else its own year; else the later year.
     */
    private static Integer mostNamed(Map<Integer, Integer> votes, DateLine dated) {
        if (votes.isEmpty()) {
            return null;
        }
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        List<Integer> tied = votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        if (tied.size() > 1 && dated != null) {
            if (dated.month() == 12 && tied.contains(dated.year() + 1)) {
                return dated.year() + 1;
            }
            if (tied.contains(dated.year())) {
                return dated.year();
            }
        }
        return tied.get(tied.size() - 1);
    }

    /** A plan "đến năm 2030" starts with its date line's year or the earliest year its cells name. */
    private static Integer startOf(int last, Map<Integer, Integer> votes, DateLine dated) {
        Integer start = null;
        if (dated != null && dated.year() <= last) {
            start = dated.year();
        }
        for (int year : votes.keySet()) {
            if (year <= last && (start == null || year < start) && votes.get(year) > 0) {
                start = start == null ? year : Math.min(start, year);
            }
        }
        return start;
    }

    /** The period with the year a phrase without one means: the cells' year, else the date line's, else the first. */
    private static PlanPeriod period(int first, int last, Map<Integer, Integer> votes, DateLine dated) {
        Map<Integer, Integer> inside = new TreeMap<>(votes);
        inside.keySet().removeIf(y -> y < first || y > last);
        Integer year = mostNamed(inside, dated);
        if (year == null && dated != null && dated.year() >= first && dated.year() <= last) {
            year = dated.year();
        }
        return new PlanPeriod(year == null ? first : year, first, last);
    }

    /** A period names the plan's years only when the title names none after it ("…giai đoạn 2021–2025 … năm 2025"). */
    private static boolean noYearAfter(String title, int end) {
        return !YEAR.matcher(title).region(end, title.length()).find();
    }

    private static Integer lastYear(String text, int atMost) {
        Matcher m = YEAR.matcher(text);
        Integer last = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (plausible(year) && year <= atMost) {
                last = year;
            }
        }
        return last;
    }

    private static String withoutCitations(String text) {
        ClauseText clause = new ClauseText(OcrText.of(text));
        NonDeadlines.blankCitations(clause);
        return clause.current();
    }

    private static boolean plausible(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
