package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text file printed to PDF by an office suite (LibreOffice opens a .txt in a monospaced
 * font, every line at the left margin, tabs at the default tab stops): the text file is rebuilt.
 * A tab leaves a gap that ends on a tab stop, so the number of tabs is read from where the text
 * resumes; a line that the page width wrapped is joined to the next (the next line's first word
 * did not fit), so each line of the file is one line again, and a table kept as tab-separated
 * lines reads as it did in the file.
 */
public final class Printout {

    /** Default tab stops of office suites: LibreOffice 1.25 cm, Word 0.5 inch, then other round values. */
    private static final double[] TAB_STOPS = {35.433, 36.0, 28.346, 42.52, 56.693, 70.866, 72.0};
    private static final double NEAR = 0.6;
    /**
     * Monospaced glyphs sit edge to edge, so any gap is a tab: one ending 0.3 pt before its stop
     * (text ending just short of it) is still a tab.
     */
    private static final double TAB_GAP = 0.1;
    private static final Pattern ROW_START = Pattern.compile("\\d{1,3}[.)]?\t.*");
    private static final Pattern HEADING = Pattern.compile("[IVXL]{1,5}\\.\\s.*");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,40}>");

    private final double margin;
    private final double charWidth;
    private final double lineHeight;
    private final double tab;
    private final double textRight;

    private Printout(double margin, double charWidth, double lineHeight, double tab, double textRight) {
        this.margin = margin;
        this.charWidth = charWidth;
        this.lineHeight = lineHeight;
        this.tab = tab;
        this.textRight = textRight;
    }

    /** The text file the pages were printed from, or null when they do not look like a printed text file. */
    public static String text(List<List<Glyph>> pages) {
        List<List<VisualLine>> lines = new ArrayList<>();
        for (List<Glyph> page : pages) {
            lines.add(VisualLine.of(page));
        }
        Printout layout = layout(pages, lines);
        return layout == null ? null : layout.rebuild(lines);
    }

    private static Printout layout(List<List<Glyph>> pages, List<List<VisualLine>> lines) {
        List<Glyph> ink = pages.stream().flatMap(List::stream).filter(g -> !g.isSpace()).toList();
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
        List<Double> gaps = new ArrayList<>();
        double right = margin;
        for (List<VisualLine> page : lines) {
            for (int i = 0; i < page.size(); i++) {
                VisualLine line = page.get(i);
                starts.add(line.left() - margin);
                right = Math.max(right, line.inkRight());
                List<Glyph> gs = line.glyphs();
                for (int k = 1; k < gs.size(); k++) {
                    if (gs.get(k).x() - gs.get(k - 1).right() > TAB_GAP) {
                        tabEnds.add(gs.get(k).x() - margin);
                    }
                }
                if (i > 0) {
                    gaps.add(line.baseline() - page.get(i - 1).baseline());
                }
            }
        }
        double tab = 0;
        for (double candidate : TAB_STOPS) {
            if (tabEnds.isEmpty() || share(tabEnds, candidate) >= 0.95) {
                tab = candidate;
                break;
            }
        }
        if (tab == 0) {
            return null;
        }
        double onStops = share(starts, tab);
        if (onStops < 0.98) {
            return null; // indented or centred lines: a typeset document
        }
        double lineHeight = gaps.isEmpty() ? size * 1.2 : gaps.stream().mapToDouble(Double::doubleValue).min().orElse(size * 1.2);
        // The widest line shows the right edge of the text: monospaced lines hold a whole number of characters.
        double columns = Math.round((right - margin) / width);
        return new Printout(margin, width, lineHeight, tab, margin + columns * width + 0.01);
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

    private String rebuild(List<List<VisualLine>> pages) {
        List<VisualLine> all = new ArrayList<>();
        List<Integer> blanksBefore = new ArrayList<>();
        for (List<VisualLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                all.add(page.get(i));
                int blanks = 0;
                if (i > 0) {
                    double gap = page.get(i).baseline() - page.get(i - 1).baseline();
                    blanks = (int) Math.max(0, Math.round(gap / lineHeight) - 1);
                }
                blanksBefore.add(blanks);
            }
        }
        int maxTabs = 0;
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            VisualLine line = all.get(i);
            String text = withTabs(line);
            if (paragraph.length() > 0) {
                String joint = i > 0 && blanksBefore.get(i) == 0 ? joint(all.get(i - 1), line, text, paragraph, maxTabs) : null;
                if (joint == null) {
                    maxTabs = Math.max(maxTabs, tabs(paragraph));
                    out.append(paragraph).append('\n');
                    paragraph.setLength(0);
                } else {
                    paragraph.append(joint);
                }
            }
            out.append("\n".repeat(blanksBefore.get(i)));
            paragraph.append(text);
        }
        out.append(paragraph).append('\n');
        return out.toString();
    }

    /**
     * What joins a line to the next when the page width wrapped it (a space, nothing, or the tab
     * it wrapped at); null when the next line starts a line of its own.
     */
    private String joint(VisualLine line, VisualLine next, String nextText, CharSequence paragraph, int maxTabs) {
        if (next.glyphs().get(0).isSpace() || ROW_START.matcher(nextText).matches()
                || HEADING.matcher(TAG.matcher(nextText).replaceAll("")).matches()) {
            return null; // a wrapped line starts with a word; a numbered row or a section heading starts a line
        }
        int tabs = tabs(paragraph);
        boolean rowGoesOn = tabs > 0 && (maxTabs == 0 || tabs < maxTabs);
        double word = firstWordWidth(next);
        if (next.left() > margin + NEAR) {
            // A tab whose text does not fit goes down with it, so the next line starts on a tab stop;
            // so does a line of the file that starts with a tab: only a row short of cells goes on.
            return rowGoesOn ? "\t".repeat(tabsLeftBehind(line, next, word)) : null;
        }
        double end = line.endsWithSpace() ? line.glyphs().get(line.glyphs().size() - 1).right() : line.inkRight() + charWidth;
        if (end + word <= textRight) {
            return null; // the word would have fitted after a space: the file's line ended here
        }
        // A space that fitted is printed at the end of the line: it is the space the line wrapped at.
        return line.endsWithSpace() ? "" : CellLines.separator(line, next, textRight);
    }

    /**
     * How many tabs of a gap that wrapped stayed, unseen, at the end of the line. The line breaks
     * before the first tab that does not fit, or before the last tab when the word after it does
     * not fit. So when the next line starts with two tabs or more, every stop left on the line
     * took one; with one tab, anything from the fewest tabs after which the word no longer fits
     * to every stop left explains the printout, and the fewest (fewest empty cells) is taken.
     */
    private int tabsLeftBehind(VisualLine line, VisualLine next, double word) {
        double first = margin + (Math.floor((line.inkRight() - margin) / tab + 1e-6) + 1) * tab;
        int available = 0;
        while (first + available * tab < textRight) {
            available++;
        }
        if (Math.round((next.left() - margin) / tab) >= 2) {
            return available;
        }
        int fewest = 0;
        while (fewest < available && first + fewest * tab + word <= textRight) {
            fewest++;
        }
        return fewest;
    }

    /** The line's text with each gap turned into the tabs that reach the tab stop where the text resumes. */
    private String withTabs(VisualLine line) {
        StringBuilder sb = new StringBuilder();
        sb.append("\t".repeat((int) Math.max(0, Math.round((line.left() - margin) / tab))));
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (previous != null && g.x() - previous.right() > TAB_GAP) {
                double firstStop = Math.floor((previous.right() - margin) / tab + 1e-6) + 1;
                long stop = Math.round((g.x() - margin) / tab);
                sb.append("\t".repeat((int) Math.max(1, stop - firstStop + 1)));
            }
            sb.append(g.isSpace() ? " " : g.text());
            previous = g;
        }
        return sb.toString();
    }

    /**
     * Width of what must go on one line with the line's first character: its first word, and
     * the word after it when the first is only an opening bracket or quote ("( Phòng": a line
     * never breaks after an opening bracket).
     */
    private static double firstWordWidth(VisualLine line) {
        List<Glyph> gs = line.glyphs();
        int k = wordEnd(gs, 0);
        boolean opening = true;
        for (int i = 0; i <= k; i++) {
            int type = Character.getType(gs.get(i).text().isEmpty() ? ' ' : gs.get(i).text().charAt(0));
            opening &= type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
        }
        if (opening) {
            int next = k + 1;
            while (next < gs.size() && gs.get(next).isSpace()) {
                next++;
            }
            if (next < gs.size()) {
                k = wordEnd(gs, next);
            }
        }
        return gs.get(k).right() - gs.get(0).x();
    }

    private static int wordEnd(List<Glyph> gs, int from) {
        int k = from;
        while (k + 1 < gs.size() && !gs.get(k + 1).isSpace() && gs.get(k + 1).x() - gs.get(k).right() <= TAB_GAP) {
            k++;
        }
        return k;
    }

    private static int tabs(CharSequence s) {
        return (int) s.chars().filter(c -> c == '\t').count();
    }
}
