package vn.nhacviec.web.office;

import java.util.List;

/**
 * A plan file sent on the web: the bot's own preview (its messages, whose HTML the bot's message builder
 * escaped), and the decision forms while the upload waits; or the outcome once decided or refused.
 *
 * @param uploadId 0 when nothing waits for a decision
 */
public record PlanPreviewPage(long uploadId, List<String> partsHtml, String outcomeHtml) {

    public PlanPreviewPage {
        partsHtml = List.copyOf(partsHtml);
        outcomeHtml = outcomeHtml == null ? "" : outcomeHtml;
    }

    public boolean waiting() {
        return uploadId != 0;
    }
}
