package vn.nhacviec.web.task;

import java.util.List;

/** A task's page, formatted: the plan's words, its obligations, who answers for it, its history. */
public record TaskPage(String title, String content, String product, String leadUnits, String coordinatingUnits,
                       String deadlineText, List<Row> obligations, List<String> responsible, List<Event> history,
                       List<EvidenceRow> evidence, List<Review> reviews, String binderHref) {

    /**
     * One piece of evidence: file (type, size, checksum's start) or document number, when, who, its state,
     * and the download address when the file is stored ("" otherwise).
     */
    public record EvidenceRow(long id, String obligation, String what, String type, String size, String checksum,
                              String number, String received, String officer, String state, String href) {
    }

    /** The office's decision on a completion: accepted, or returned with its reason. */
    public record Review(String at, String obligation, String decision, String reason, String by) {
    }

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
        evidence = List.copyOf(evidence);
        reviews = List.copyOf(reviews);
    }
}
