package vn.nhacviec.plan;

import vn.nhacviec.deadline.ReportingCalendar;

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

    public Plan inCommune(String communeName) {
        return new Plan(communeName, year, title, number, calendar, tasks, warnings, hasTaskTable);
    }
}
