package vn.nhacviec.plan.document.pdf;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one table cell: its printed lines joined into one line, the way a word processor
 * holds it. A line ends either at a space (drawn, or left out because it did not fit), inside a
 * word too long for the cell ("24/3/202" + "2"), after a hyphen or slash ("05/CT-" + "UBND"), or
 * at the end of one of the cell's paragraphs. Only the first and the last join without a space;
 * they are told apart by the room left at the end of the line: when a space would still have
 * fitted, the line did not break at a space. That holds only where the producer prints the space
 * a line wraps at (seen in the same column): not in justified text, nor when it draws no spaces;
 * there the room tells nothing and only the shape of the words is used.
 */
final class CellLines {

    private CellLines() {
    }

    /**
     * The cell's text on one line: its printed lines, the cell's borders {@code left}/{@code right},
     * and whether the room left at a line's end can be trusted ({@link #roomTells}).
     */
    static String text(List<VisualLine> lines, double left, double right, boolean roomTells) {
        if (lines.isEmpty()) {
            return "";
        }
        // Word processors pad a cell the same on both sides: the text's right edge mirrors its left.
        double padding = lines.stream().mapToDouble(VisualLine::left).min().orElse(left) - left;
        double textRight = right - Math.max(0, Math.min(padding, (right - left) / 4));
        StringBuilder sb = new StringBuilder();
        VisualLine previous = null;
        for (VisualLine line : lines) {
            if (previous != null) {
                sb.append(separator(previous, line, textRight, roomTells));
            }
            sb.append(line.text());
            previous = line;
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * True when these lines (a column's) show that the producer prints the space a line wraps
     * at: some line ends with a drawn space, and none is justified (stretched spaces).
     */
    static boolean roomTells(List<VisualLine> lines) {
        return lines.stream().anyMatch(l -> l.endsWithSpace() && l.text().strip().length() > 0)
                && lines.stream().noneMatch(VisualLine::isStretched);
    }

    /** What joins two printed lines of a cell; {@code roomTells} whether the room left on the line can be trusted. */
    static String separator(VisualLine line, VisualLine next, double textRight, boolean roomTells) {
        if (line.endsWithSpace()) {
            return " ";
        }
        String text = line.text().strip();
        String nextText = next.text().strip();
        if (text.isEmpty() || nextText.isEmpty()) {
            return " ";
        }
        char last = text.charAt(text.length() - 1);
        char beforeLast = text.length() > 1 ? text.charAt(text.length() - 2) : ' ';
        char first = nextText.charAt(0);
        boolean inWordBreak = (last == '-' || last == '/') && Character.isLetterOrDigit(beforeLast);
        double room = textRight - line.inkRight();
        boolean spaceFits = room >= line.spaceWidth() + 0.3;
        if (first == '/' || (last == '/' && (spaceFits || Character.isLetterOrDigit(beforeLast)))) {
            return ""; // a line never starts with a slash after a space, and words break after one
        }
        if (last == '-' && (spaceFits && roomTells || inWordBreak && !Character.isLowerCase(beforeLast)
                && !Character.isLowerCase(first))) {
            return ""; // "05/CT-" + "UBND", "2023 -" + "2025"; "phòng-" + "Thống kê" keeps its space
        }
        if (room >= firstWidth(next) + 0.3) {
            return " "; // the next line's first character would have fitted: no word was cut here
        }
        if (spaceFits && roomTells) {
            // A space would have fitted and been printed, but the next character did not fit: a
            // single word was cut where it met the edge ("24/3/202" + "2"). With other words on
            // the line it is the end of one of the cell's paragraphs (a longer word would have
            // gone down whole).
            return line.hasInnerSpace() ? " " : "";
        }
        // The line is full, or its wrap space is not printed (justified text): it wrapped at a
        // space, or inside a long word; only the shape of the words tells.
        if (Character.isLetter(last) && (isFragment(lastToken(text)) || isFragment(firstToken(nextText)))) {
            return "";
        }
        if (Character.isDigit(last) && Character.isDigit(first) && (!line.hasInnerSpace() || cutsYear(text, nextText))) {
            return "";
        }
        return " ";
    }

    /** Width of the first character drawn on the line. */
    private static double firstWidth(VisualLine line) {
        return line.glyphs().stream().filter(g -> !g.isSpace()).findFirst().map(Glyph::width).orElse(0.0);
    }

    /**
     * A piece of a word, not a word: letters without a vowel, in lower case but maybe the first ("g", "ng", "Tr").
     * Every Vietnamese syllable has a vowel, so "Cổng/Tran" + "g" was broken inside "Trang";
     * abbreviations in capitals ("UBND", "QĐ") are words.
     */
    static boolean isFragment(String token) {
        // Lower case after the first letter: "TTg" (Thủ tướng, as in "QĐ-TTg") is a word.
        if (token.isEmpty() || !token.chars().allMatch(Character::isLetter)
                || !token.substring(1).chars().allMatch(Character::isLowerCase)
                || token.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        String folded = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return folded.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** The letters after the last space, slash or hyphen. */
    /**
     * A row's cells joined with the rest of the row carried over a page break, cell by cell: with a
     * space, or none where a date's year, a word without a vowel ("Tran" + "g") or a code after a
     * hyphen or slash ("05/CT-" + "UBND") was cut.
     */
    static List<String> joined(List<String> row, List<String> rest) {
        List<String> out = new java.util.ArrayList<>(row.size());
        for (int c = 0; c < row.size(); c++) {
            String a = row.get(c).strip();
            String b = rest.get(c).strip();
            out.add(a.isEmpty() || b.isEmpty() ? a + b : a + pageBreakSeparator(a, b) + b);
        }
        return out;
    }

    private static String pageBreakSeparator(String text, String next) {
        char last = text.charAt(text.length() - 1);
        char beforeLast = text.length() > 1 ? text.charAt(text.length() - 2) : ' ';
        char first = next.charAt(0);
        if (Character.isDigit(last) && Character.isDigit(first) && cutsYear(text, next)) {
            return "";
        }
        if ((last == '-' || last == '/') && Character.isLetterOrDigit(beforeLast) && !Character.isLowerCase(beforeLast)
                && !Character.isLowerCase(first)) {
            return "";
        }
        if (Character.isLetter(last) && Character.isLetter(first) && (isFragment(lastToken(text)) || isFragment(firstToken(next)))) {
            return "";
        }
        return " ";
    }

    /** A date cut inside its year, "Trước 10/12/2" + "024": no date has a year of fewer than four digits here. */
    private static boolean cutsYear(String text, String nextText) {
        Matcher date = CUT_DATE.matcher(text);
        Matcher rest = YEAR_REST.matcher(nextText);
        return date.find() && rest.lookingAt() && date.group(1).length() + rest.group(1).length() == 4;
    }

    private static final Pattern CUT_DATE = Pattern.compile("(?:^|\\s)\\d{1,2}/\\d{1,2}/(\\d{1,3})$");
    private static final Pattern YEAR_REST = Pattern.compile("(\\d{1,3})(?!\\d)");

    private static String lastToken(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    private static String firstToken(String text) {
        int i = 0;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }
}
