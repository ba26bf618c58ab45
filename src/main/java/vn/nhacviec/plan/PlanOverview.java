package vn.nhacviec.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the office officer checks before a plan is stored: how many tasks per plan section and
 * per lead unit, how many have no date the reminders can use, and every warning of the reading
 * (the plan's own, then each task's, quoted with the task's numbering). Pure.
 *
 * @param tasksPerSection section ("I", "II", … or "" when the plan has none) → tasks, in plan order
 * @param tasksPerUnit    lead unit code (or the name as written) → tasks it leads, in plan order;
 *                        a task with several lead units counts for each
 * @param unassigned      tasks with no lead unit
 * @param undated         tasks without any due date (continuous or undated work)
 * @param warnings        every warning, plan-level first
 */
public record PlanOverview(Map<String, Integer> tasksPerSection, Map<String, Integer> tasksPerUnit, int unassigned,
                           int undated, List<String> warnings) {

    public PlanOverview {
        tasksPerSection = Collections.unmodifiableMap(new LinkedHashMap<>(tasksPerSection));
        tasksPerUnit = Collections.unmodifiableMap(new LinkedHashMap<>(tasksPerUnit));
        warnings = List.copyOf(warnings);
    }

    public static PlanOverview of(Plan plan) {
        Map<String, Integer> sections = new LinkedHashMap<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        int unassigned = 0;
        int undated = 0;
        List<String> warnings = new ArrayList<>(plan.warnings());
        for (Task task : plan.tasks()) {
            sections.merge(task.section(), 1, Integer::sum);
            task.lead().forEach(unit -> units.merge(unit, 1, Integer::sum));
            if (task.lead().isEmpty()) {
                unassigned++;
            }
            if (task.dueDates().isEmpty()) {
                undated++;
            }
            String where = task.numbering().isEmpty() ? "Một việc không số" : "Việc " + task.numbering();
            task.warnings().forEach(w -> warnings.add(where + ": " + w));
        }
        return new PlanOverview(sections, units, unassigned, undated, warnings);
    }

    public int taskCount() {
        return tasksPerSection.values().stream().mapToInt(Integer::intValue).sum();
    }
}
