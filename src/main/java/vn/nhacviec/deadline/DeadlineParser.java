package vn.nhacviec.deadline;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan's "Thời gian" cell into milestones, following {@code docs/deadlines.md}.
 *
 * <p>Never throws and never drops a task: a cell that yields nothing gives one {@code EXTERNAL} milestone
 * and a warning quoting it. Stateless and thread-safe.
 */
public final class DeadlineParser {

    /** Time cells are a line or two; anything longer is text of other cells, read only in part. */
    static final int MAX_CELL_LENGTH = 4_000;

    /**
     * @param timeCellText the cell's text; pieces of a cell broken across lines or pages joined with
     *                     spaces or newlines; may be null
     * @param planYear     the year the plan is for (not its issue year)
     * @param calendar     the plan's reporting calendar; null means none
     */
    public DeadlineReading read(String timeCellText, int planYear, ReportingCalendar calendar) {
        return read(timeCellText, PlanPeriod.of(planYear), calendar);
    }

    /**
     * @param timeCellText the cell's text, as above
     * @param period       the years the plan is for ({@link PlanYear}); a phrase with no year means its
     *                     {@link PlanPeriod#year()}, due dates outside it are dropped with a warning
     * @param calendar     the plan's reporting calendar (dates of the plan year); null means none
     */
    public DeadlineReading read(String timeCellText, PlanPeriod period, ReportingCalendar calendar) {
        try {
            return readSafely(timeCellText, period, calendar == null ? ReportingCalendar.none() : calendar);
        } catch (RuntimeException e) {
            // A bug here must not lose the task: keep it, flagged for a person.
            String label = timeCellText == null ? "" : timeCellText.strip();
            label = label.length() > 300 ? label.substring(0, 300) : label;
            return new DeadlineReading(List.of(Milestone.without(MilestoneKind.EXTERNAL, label)),
                    List.of(Warnings.failed(label)));
        }
    }

    private DeadlineReading readSafely(String cell, PlanPeriod period, ReportingCalendar calendar) {
        List<String> warnings = new ArrayList<>();
        if (cell == null || VietnameseText.tidy(cell).isEmpty()) {
            warnings.add(Warnings.emptyCell());
            return new DeadlineReading(List.of(Milestone.without(MilestoneKind.EXTERNAL, "")), warnings);
        }
        String text = cell;
        if (text.length() > MAX_CELL_LENGTH) {
            text = text.substring(0, MAX_CELL_LENGTH);
            warnings.add(Warnings.tooLong(MAX_CELL_LENGTH));
        }
        List<Clause> clauses = ClauseSplitter.split(text);
        ClauseReader reader = new ClauseReader(period, calendar);
        List<Milestone> milestones = new ArrayList<>();
        List<Clause> timeless = new ArrayList<>();
        boolean outOfYear = false;
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            ClauseReader.Result result = reader.read(clause, warnings);
            milestones.addAll(result.milestones());
            outOfYear |= result.outOfYear();
            if (result.timeless() && !isHeading(clauses, i)) {
                timeless.add(clause);
            }
        }
        if (milestones.isEmpty()) {
            String label = labelOf(text);
            warnings.add(outOfYear ? Warnings.nothingInPlan(label, period) : Warnings.unreadable(label));
            milestones.add(Milestone.without(MilestoneKind.EXTERNAL, label));
        } else {
            timeless.forEach(c -> warnings.add(Warnings.clauseWithoutTime(c.label())));
        }
        return new DeadlineReading(milestones, warnings.stream().distinct().toList());
    }

    /** "- BC công tác CCHC" followed by "+ Quý I: 10/3/2024" items names them; it needs no date of its own. */
    private static boolean isHeading(List<Clause> clauses, int i) {
        return clauses.get(i).marker() != '+' && i + 1 < clauses.size() && clauses.get(i + 1).marker() == '+';
    }

    private static String labelOf(String text) {
        String label = ClauseSplitter.wholeLabel(text);
        return label.length() > 300 ? label.substring(0, 299).strip() + "…" : label;
    }
}
