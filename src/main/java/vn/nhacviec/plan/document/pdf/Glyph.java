package vn.nhacviec.plan.document.pdf;

/**
 * One character drawn on a PDF page, in page coordinates with y growing downwards (the way
 * PDFBox reports text): {@code x} is the left edge, {@code baseline} the baseline, {@code size}
 * the font size in points and {@code space} the width of a space in that font (0 if unknown).
 */
public record Glyph(double x, double baseline, double width, double size, double space, String text) {

    public Glyph {
        text = text == null ? "" : text;
        size = size > 0 ? size : 10;
        space = space > 0 ? space : size * 0.25;
    }

    public double right() {
        return x + width;
    }

    /** A point safely inside the glyph's box, used to decide which cell it is drawn in. */
    public double middleX() {
        return x + width / 2;
    }

    public double middleY() {
        return baseline - size * 0.3;
    }

    /** True for a drawn space (including a no-break space), which some producers draw and some leave as a gap. */
    public boolean isSpace() {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
}
