package vn.nhacviec.web.task;

import java.util.List;

/** A task's page, formatted: the plan's words, its obligations, who answers for it, its history. */
public record TaskPage(String title, String content, String product, String leadUnits, String coordinatingUnits,
                       String deadlineText, List<Row> obligations, List<String> responsible, List<Event> history) {

    /** One obligation: its name, due date, state (text and CSS class) and when it was done and by whom. */
    public record Row(String name, String due, String state, String css, String done) {
    }

    /** One line of history: when (dd/MM/yyyy HH:mm), what, who, which obligation, details. */
    public record Event(String at, String what, String who, String due, String detail) {
    }

    public TaskPage {
        obligations = List.copyOf(obligations);
        responsible = List.copyOf(responsible);
        history = List.copyOf(history);
    }
}
