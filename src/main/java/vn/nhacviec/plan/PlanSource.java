package vn.nhacviec.plan;

import vn.nhacviec.plan.document.ItemCensus;

import java.util.List;

/**
 * A plan file as received: its name, its text, the SHA-256 of its bytes, and what the import
 * must tell the user about how the text was obtained (Vietnamese plan-level warnings, such as
 * "the plan was typed in the old TCVN3 font and was converted"; usually none); for a document,
 * the numbered items its plain text shows ({@link ItemCensus#none()} for a text file) and its
 * text layer when that is another reading of it (a PDF whose tables were rebuilt; else "").
 */
public record PlanSource(String name, String text, String sha256, List<String> notices, ItemCensus census,
                         String textLayer) {

    public PlanSource {
        notices = List.copyOf(notices);
        census = census == null ? ItemCensus.none() : census;
        textLayer = textLayer == null ? "" : textLayer;
    }

    public PlanSource(String name, String text, String sha256, List<String> notices) {
        this(name, text, sha256, notices, ItemCensus.none(), "");
    }

    public PlanSource(String name, String text, String sha256) {
        this(name, text, sha256, List.of());
    }
}
