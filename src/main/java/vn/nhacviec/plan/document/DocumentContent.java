package vn.nhacviec.plan.document;

/**
 * A document as read: the text the plan readers take ({@link LegacyText}, legacy fonts
 * converted), the numbered items its plain text shows ({@link ItemCensus}, to check the reading
 * against), and its text layer when that is another reading of the same page ("" otherwise):
 * a PDF's text as {@code PDFTextStripper} gives it, where tables were rebuilt from their borders.
 */
public record DocumentContent(LegacyText text, ItemCensus census, String textLayer) {

    public DocumentContent {
        textLayer = textLayer == null ? "" : textLayer;
    }
}
