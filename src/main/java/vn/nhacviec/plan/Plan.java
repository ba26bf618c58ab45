package vn.nhacviec.plan;

import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.CommuneName;

import java.util.List;

/** A commune's CCHC plan as read from its text: the plan, its reporting calendar and its tasks. */
public record Plan(String commune,
                   int year,
                   String title,
                   String number,
                   ReportingCalendar calendar,
                   List<Task> tasks,
                   List<String> warnings,
                   boolean hasTaskTable) {

    public Plan {
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
    }

    /**
     * True when the plan names a commune other than {@code communeName} (compared without
     * diacritics or a leading "UBND xã"). A plan that names none belongs to whoever loads it.
     */
    public boolean namesAnotherCommuneThan(String communeName) {
        return !commune.isBlank() && !CommuneName.same(commune, communeName);
    }

    public Plan inCommune(String communeName) {
        return new Plan(communeName, year, title, number, calendar, tasks, warnings, hasTaskTable);
    }
}
