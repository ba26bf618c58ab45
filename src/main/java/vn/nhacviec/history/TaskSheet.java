package vn.nhacviec.history;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.directory.Officer;

import java.util.List;

/**
 * A task as its page shows it: as the plan states it (content, product, lead and coordinating units,
 * the time cell), its obligations with their due dates and state, the officers who answer for it, and
 * what happened to it.
 */
public record TaskSheet(long communeId, int code, String numbering, String content, String product,
                        List<String> leadUnits, List<String> coordinatingUnits, String deadlineText,
                        List<AgendaItem> obligations, List<Officer> responsible, List<HistoryEvent> history) {

    public TaskSheet {
        product = product == null ? "" : product;
        deadlineText = deadlineText == null ? "" : deadlineText;
        leadUnits = List.copyOf(leadUnits);
        coordinatingUnits = List.copyOf(coordinatingUnits);
        obligations = List.copyOf(obligations);
        responsible = List.copyOf(responsible);
        history = List.copyOf(history);
    }

    /** "#12 · I.05". */
    public String title() {
        return numbering == null || numbering.isBlank() ? "#" + code : "#" + code + " · " + numbering.strip();
    }
}
