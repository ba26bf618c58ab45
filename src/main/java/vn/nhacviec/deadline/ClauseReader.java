package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one clause into milestones. The matchers run in a fixed order on the clause's matching text:
 * non-deadlines are blanked out first, then series (whose "trong năm" is a scope), then single deadlines.
 * Every phrase found gives a milestone labelled with the clause's words.
 */
final class ClauseReader {

    /** Timing set by another body or by need: "Theo kế hoạch…", "kịp thời theo quy định", "khi có yêu cầu". */
    private static final Pattern EXTERNAL_WORDS = Pattern.compile(
            "\\btheo\\b|\\bkip thoi\\b|\\bkhi co\\b|\\bdot xuat\\b|\\bneu co\\b");
    private static final Pattern STARTS_WITH_THEO = Pattern.compile("^\\W*theo\\b");
    /** "và các năm tiếp theo", "những năm sau": the task runs on past the plan's last year. */
    private static final Pattern RUNS_ON = Pattern.compile("\\b(?:cac|nhung) nam (?:tiep theo|sau|ke tiep)\\b");
    private static final Pattern BLANK_OR_PUNCTUATION = Pattern.compile("[\\s,.:()\\-]*");

    /**
     * What a clause gave: its milestones; none when it carries no time at all ({@code timeless}) or when
     * all its dates fell outside the plan year ({@code outOfYear}).
     */
    record Result(List<Milestone> milestones, boolean timeless, boolean outOfYear) {
    }

    private final PlanPeriod period;
    private final ReportingCalendar calendar;

    ClauseReader(PlanPeriod period, ReportingCalendar calendar) {
        this.period = period;
        this.calendar = calendar;
    }

    Result read(Clause clause, List<String> warnings) {
        ClauseText text = new ClauseText(clause.text());
        NonDeadlines.blank(text);
        RecurrencePhrases.take(text, period, calendar, clause.label());
        List<int[]> yearly = RecurrencePhrases.blankYearly(text);
        int seriesHits = text.hits().size();
        if (seriesHits > 0 || !yearly.isEmpty() || text.contains(STARTS_WITH_THEO)) {
            // "định kỳ báo cáo … trong năm", "Theo Kế hoạch số 140 … nhiệm vụ giao thực hiện trong năm 2025":
            // the year is the scope of the series or of the other body's plan, not a deadline on 31/12.
            DatePhrases.blankYearScope(text);
        }
        DatePhrases.take(text, period.year());
        boolean singleDeadlines = text.hits().size() > seriesHits;
        RecurrencePhrases.takeYearly(text, yearly, seriesHits, period, calendar);

        List<Hit> hits = new ArrayList<>(text.hits());
        if (hits.isEmpty()) {
            if (EXTERNAL_WORDS.matcher(text.original()).find()) {
                return new Result(List.of(Milestone.without(MilestoneKind.EXTERNAL, clause.label())), false, false);
            }
            return new Result(List.of(), true, false);
        }
        if (hits.stream().anyMatch(h -> h.kind() != MilestoneKind.EXTERNAL)) {
            hits.removeIf(h -> h.kind() == MilestoneKind.EXTERNAL); // the real time phrase wins
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        if (looksMixed(hits, text.original(), singleDeadlines)) {
            warnings.add(Warnings.mixedCells(clause.label()));
        }
        boolean runsOn = RUNS_ON.matcher(VietnameseText.fold(text.original())).find();
        List<Milestone> milestones = toMilestones(hits, clause.label(), runsOn, warnings);
        return new Result(milestones, false, milestones.isEmpty());
    }

    /**
     * @param runsOn the clause says the task goes on after the plan ("Năm 2026 và các năm tiếp theo"):
     *               a year it names after the plan's is the cell's own word, kept rather than dropped
     */
    private List<Milestone> toMilestones(List<Hit> hits, String label, boolean runsOn, List<String> warnings) {
        Set<Milestone> milestones = new LinkedHashSet<>();
        for (Hit hit : hits) {
            if (hit.note() != null) {
                warnings.add(hit.note());
            }
            List<LocalDate> inYear = new ArrayList<>();
            for (LocalDate date : hit.dates()) {
                if (period.contains(date) || runsOn && date.getYear() > period.lastYear()
                        && date.getYear() - period.lastYear() < PlanPeriod.MAX_YEARS) {
                    inYear.add(date);
                } else {
                    warnings.add(Warnings.outsidePlan(date, label, period));
                }
            }
            boolean dated = hit.kind() == MilestoneKind.ONCE || hit.kind() == MilestoneKind.RECURRING;
            if (dated && inYear.isEmpty()) {
                continue;
            }
            milestones.add(new Milestone(hit.kind(), label, inYear));
        }
        return List.copyOf(milestones);
    }

    /**
     * Words of another cell leaked in ("Thường xuyên trong năm 2025 Tháng 01 năm 2025"): "Thường xuyên"
     * beside a single deadline, or two time phrases with nothing but spaces between them. "Thường xuyên,
     * hằng năm" is one plan's way of saying both, not a leak.
     */
    private static boolean looksMixed(List<Hit> hits, String text, boolean singleDeadlines) {
        boolean continuous = hits.stream().anyMatch(h -> h.kind() == MilestoneKind.CONTINUOUS);
        if (continuous && singleDeadlines) {
            return true;
        }
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i - 1).kind() != MilestoneKind.ONCE || hits.get(i).kind() != MilestoneKind.ONCE) {
                continue; // "Thường xuyên, hằng quý": series words side by side are one plan's way of saying both
            }
            int from = hits.get(i - 1).end();
            int to = hits.get(i).start();
            if (from <= to && BLANK_OR_PUNCTUATION.matcher(text.substring(from, to)).matches()) {
                return true;
            }
        }
        return false;
    }
}
