package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The page geometry of a text file printed to PDF, measured from its glyphs: the left margin,
 * the width of a character (one monospaced font), the line height, the tab stop distance and the
 * right edge of the text. A document set in a proportional font, or with lines that start
 * anywhere but the margin or a tab stop (centred titles, indents), is not such a printout.
 */
record PrintoutLayout(double margin, double charWidth, double lineHeight, double tab, double textRight) {

    /** Default tab stops of office suites: LibreOffice 1.25 cm, Word 0.5 inch, then other round values. */
    private static final double[] TAB_STOPS = {35.433, 36.0, 28.346, 42.52, 56.693, 70.866, 72.0};
    /** How far (points) a line may start from a tab stop and still be on it. */
    static final double NEAR = 0.6;
    /**
     * Monospaced glyphs sit edge to edge, so any gap is a tab: one ending 0.3 pt before its stop
     * (text ending just short of it) is still a tab.
     */
    static final double TAB_GAP = 0.1;

    /** The layout, or null when the pages do not look like a printed text file. */
    static PrintoutLayout of(List<List<VisualLine>> lines) {
        List<Glyph> ink = lines.stream().flatMap(List::stream).flatMap(l -> l.glyphs().stream())
                .filter(g -> !g.isSpace()).toList();
        long lineCount = lines.stream().mapToLong(List::size).sum();
        if (ink.size() < 50 || lineCount < 5) {
            return null;
        }
        double width = median(ink.stream().map(Glyph::width).toList());
        double size = median(ink.stream().map(Glyph::size).toList());
        long mono = ink.stream().filter(g -> Math.abs(g.width() - width) <= 0.05 && Math.abs(g.size() - size) <= 0.1).count();
        if (width <= 0 || mono < ink.size() * 0.99) {
            return null; // not one monospaced font: a typeset document, not a printed text file
        }
        double margin = lines.stream().flatMap(List::stream).mapToDouble(VisualLine::left).min().orElse(0);
        List<Double> tabEnds = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        double lineHeight = Double.MAX_VALUE;
        double right = margin;
        for (List<VisualLine> page : lines) {
            for (int i = 0; i < page.size(); i++) {
                VisualLine line = page.get(i);
                starts.add(line.left() - margin);
                // A space that fits is printed at a wrapped line's end: it shows the edge too.
                right = Math.max(right, line.glyphs().get(line.glyphs().size() - 1).right());
                List<Glyph> gs = line.glyphs();
                for (int k = 1; k < gs.size(); k++) {
                    if (gs.get(k).x() - gs.get(k - 1).right() > TAB_GAP) {
                        tabEnds.add(gs.get(k).x() - margin);
                    }
                }
                double gap = i > 0 ? line.baseline() - page.get(i - 1).baseline() : 0;
                if (gap > size * 0.8) {
                    lineHeight = Math.min(lineHeight, gap);
                }
            }
        }
        double tab = 0;
        for (double candidate : TAB_STOPS) {
            if (share(tabEnds, candidate) >= 0.95) {
                tab = candidate;
                break;
            }
        }
        if (tab == 0 || share(starts, tab) < 0.98) {
            return null; // gaps that are not tabs, or indented or centred lines: a typeset document
        }
        // The widest line shows the right edge of the text: monospaced lines hold a whole number of characters.
        double columns = Math.round((right - margin) / width);
        return new PrintoutLayout(margin, width, lineHeight == Double.MAX_VALUE ? size * 1.2 : lineHeight, tab,
                margin + columns * width + 0.01);
    }

    /** The first tab stop after x. */
    double stopAfter(double x) {
        return margin + (Math.floor((x - margin) / tab + 1e-6) + 1) * tab;
    }

    /** The number of the tab stop x sits on (0 at the margin). */
    long stopAt(double x) {
        return Math.round((x - margin) / tab);
    }

    /** Share of positions that sit on a tab stop (the margin is stop 0). */
    private static double share(List<Double> positions, double tab) {
        if (positions.isEmpty()) {
            return 1;
        }
        long on = positions.stream().filter(p -> Math.abs(p - Math.round(p / tab) * tab) <= NEAR).count();
        return (double) on / positions.size();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }
}
