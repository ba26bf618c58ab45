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
 * lines reads as it did in the file. The geometry is measured by {@link PrintoutLayout}.
 */
public final class Printout {

    private static final Pattern ROW_START = Pattern.compile("\\d{1,3}[.)]?\t.*");
    private static final Pattern HEADING = Pattern.compile("[IVXL]{1,5}\\.\\s.*");
    private static final Pattern TAG = Pattern.compile("<[^<>]{0,40}>");

    private final PrintoutLayout layout;

    private Printout(PrintoutLayout layout) {
        this.layout = layout;
    }

    /** The text file the pages were printed from, or null when they do not look like a printed text file. */
    public static String text(List<List<Glyph>> pages) {
        List<List<VisualLine>> lines = new ArrayList<>();
        for (List<Glyph> page : pages) {
            lines.add(VisualLine.of(page));
        }
        PrintoutLayout layout = PrintoutLayout.of(lines);
        return layout == null ? null : new Printout(layout).rebuild(lines);
    }

    private String rebuild(List<List<VisualLine>> pages) {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        int maxTabs = 0;
        VisualLine previous = null;
        for (List<VisualLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                VisualLine line = page.get(i);
                // Blank lines of the file show as a taller gap; none is seen over a page break.
                int blanks = i == 0 ? 0
                        : (int) Math.max(0, Math.round((line.baseline() - page.get(i - 1).baseline()) / layout.lineHeight()) - 1);
                String text = withTabs(line);
                String joint = previous != null && blanks == 0 ? joint(previous, line, text, paragraph, maxTabs) : null;
                if (joint != null) {
                    paragraph.append(joint).append(text);
                } else {
                    if (previous != null) {
                        maxTabs = Math.max(maxTabs, tabs(paragraph));
                        out.append(paragraph).append('\n');
                    }
                    out.append("\n".repeat(blanks));
                    paragraph.setLength(0);
                    paragraph.append(text);
                }
                previous = line;
            }
        }
        if (previous != null) {
            out.append(paragraph).append('\n');
        }
        return out.toString();
    }

    /**
     * What joins a line to the next when the page width wrapped it (a space, nothing, or the tabs
     * it wrapped at); null when the next line is a line of the file of its own.
     */
    private String joint(VisualLine line, VisualLine next, String nextText, CharSequence paragraph, int maxTabs) {
        if (next.glyphs().get(0).isSpace() || ROW_START.matcher(nextText).matches()
                || HEADING.matcher(TAG.matcher(nextText).replaceAll("")).matches()) {
            return null; // a wrapped line starts with a word; a numbered row or a section heading starts a line
        }
        int tabs = tabs(paragraph);
        boolean rowGoesOn = tabs > 0 && (maxTabs == 0 || tabs < maxTabs);
        double word = firstWordWidth(next);
        if (next.left() > layout.margin() + PrintoutLayout.NEAR) {
            // A tab whose text does not fit goes down with it, so the next line starts on a tab stop;
            // so does a line of the file that starts with a tab: only a row short of cells goes on.
            return rowGoesOn ? "\t".repeat(tabsLeftBehind(line, next, word)) : null;
        }
        double end = line.endsWithSpace() ? line.glyphs().get(line.glyphs().size() - 1).right()
                : line.inkRight() + layout.charWidth();
        if (end + word <= layout.textRight()) {
            return null; // the word would have fitted after a space: the file's line ended here
        }
        if (line.endsWithSpace()) {
            return ""; // a space that fitted is printed at the end of the line: the line wrapped there
        }
        String text = line.text().strip();
        boolean afterHyphen = text.endsWith("-") || text.endsWith("/");
        if (line.inkRight() + layout.charWidth() <= layout.textRight() && line.hasInnerSpace() && !afterHyphen) {
            return null; // a space would have fitted and been printed: the file's line ended here
        }
        return CellLines.separator(line, next, layout.textRight(), true);
    }

    /**
     * How many tabs of a gap that wrapped stayed, unseen, at the end of the line. The line breaks
     * before the first tab that does not fit, or before the last tab when the word after it does
     * not fit. So when the next line starts with two tabs or more, every stop left on the line
     * took one; with one tab, anything from the fewest tabs after which the word no longer fits
     * to every stop left explains the printout, and the fewest (fewest empty cells) is taken.
     */
    private int tabsLeftBehind(VisualLine line, VisualLine next, double word) {
        double first = layout.stopAfter(line.inkRight());
        double tab = layout.tab();
        int available = 0;
        while (first + available * tab < layout.textRight()) {
            available++;
        }
        if (layout.stopAt(next.left()) >= 2) {
            return available;
        }
        int fewest = 0;
        while (fewest < available && first + fewest * tab + word <= layout.textRight()) {
            fewest++;
        }
        return fewest;
    }

    /** The line's text with each gap turned into the tabs that reach the tab stop where the text resumes. */
    private String withTabs(VisualLine line) {
        StringBuilder sb = new StringBuilder();
        sb.append("\t".repeat((int) Math.max(0, layout.stopAt(line.left()))));
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (previous != null && g.x() - previous.right() > PrintoutLayout.TAB_GAP) {
                long firstStop = layout.stopAt(layout.stopAfter(previous.right()));
                sb.append("\t".repeat((int) Math.max(1, layout.stopAt(g.x()) - firstStop + 1)));
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
        while (k + 1 < gs.size() && !gs.get(k + 1).isSpace()
                && gs.get(k + 1).x() - gs.get(k).right() <= PrintoutLayout.TAB_GAP) {
            k++;
        }
        return k;
    }

    private static int tabs(CharSequence s) {
        return (int) s.chars().filter(c -> c == '\t').count();
    }
}
