package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Glyphs sharing a baseline, left to right: one line of text as it is printed. */
record VisualLine(List<Glyph> glyphs) {

    /** A gap wider than this share of the font size between two glyphs is a word space the PDF did not draw. */
    private static final double WORD_GAP = 0.15;

    VisualLine {
        glyphs = List.copyOf(glyphs);
    }

    /**
     * Groups glyphs into lines: sorted by baseline, a glyph more than half its size below the
     * line's baseline starts a new line; each line sorted left to right.
     */
    static List<VisualLine> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<VisualLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double baseline = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.baseline() - baseline > g.size() * 0.5) {
                lines.add(sorted(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.baseline();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(sorted(current));
        }
        return lines;
    }

    private static VisualLine sorted(List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        return new VisualLine(byX);
    }

    double baseline() {
        return glyphs.get(0).baseline();
    }

    double size() {
        return glyphs.stream().mapToDouble(Glyph::size).max().orElse(10);
    }

    /** Left edge of the first drawn character (a leading space counts: it is text too). */
    double left() {
        return glyphs.get(0).x();
    }

    /** Right edge of the last character that is not a space. */
    double inkRight() {
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            if (!glyphs.get(i).isSpace()) {
                return glyphs.get(i).right();
            }
        }
        return left();
    }

    /** Width of a space in the font of the line's last character. */
    double spaceWidth() {
        return glyphs.get(glyphs.size() - 1).space();
    }

    boolean endsWithSpace() {
        return glyphs.get(glyphs.size() - 1).isSpace();
    }

    /**
     * True when the line's spaces are stretched (justified text): a drawn space with a gap before
     * or after it. Such a line is filled to the edge, and the space it wrapped at is not printed.
     */
    boolean isStretched() {
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (g.isSpace() && ((i > 0 && g.x() - glyphs.get(i - 1).right() > 0.3)
                    || (i + 1 < glyphs.size() && glyphs.get(i + 1).x() - g.right() > 0.3))) {
                return true;
            }
        }
        return false;
    }

    /** True when a space separates two words inside the line (drawn or left as a gap). */
    boolean hasInnerSpace() {
        return text().strip().indexOf(' ') >= 0;
    }

    /** The line's text, a space put where the PDF leaves a gap instead of drawing one. */
    String text() {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (previous != null && !previous.isSpace() && !g.isSpace()
                    && g.x() - previous.right() > WORD_GAP * Math.max(g.size(), previous.size())) {
                sb.append(' ');
            }
            sb.append(g.isSpace() ? " " : g.text());
            previous = g;
        }
        return sb.toString();
    }
}
