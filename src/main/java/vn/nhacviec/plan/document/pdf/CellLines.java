package vn.nhacviec.plan.document.pdf;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The text of one table cell: its printed lines joined into one line, the way a word processor
 * holds it. A line ends either at a space (drawn, or left out because it did not fit), inside a
 * word too long for the cell ("24/3/202" + "2"), after a hyphen or slash ("05/CT-" + "UBND"), or
 * at the end of one of the cell's paragraphs. Only the first and the last join without a space;
 * they are told apart by the room left at the end of the line: when a space would still have
 * fitted, the line did not break at a space.
 */
final class CellLines {

    private CellLines() {
    }

    /** The cell's text on one line; {@code left}/{@code right} are the cell's borders. */
    static String text(List<Glyph> glyphs, double left, double right) {
        if (glyphs.isEmpty()) {
            return "";
        }
        List<VisualLine> lines = VisualLine.of(glyphs);
        // Word processors pad a cell the same on both sides: the text's right edge mirrors its left.
        double padding = lines.stream().mapToDouble(VisualLine::left).min().orElse(left) - left;
        double textRight = right - Math.max(0, Math.min(padding, (right - left) / 4));
        StringBuilder sb = new StringBuilder();
        VisualLine previous = null;
        for (VisualLine line : lines) {
            if (previous != null) {
                sb.append(separator(previous, line, textRight));
            }
            sb.append(line.text());
            previous = line;
        }
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    static String separator(VisualLine line, VisualLine next, double textRight) {
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
        if (room >= line.spaceWidth() + 0.3) {
            // A space would have fitted, so the line did not wrap at a space: after a hyphen or a
            // slash it wrapped there ("05/CT-" + "UBND", "2023 -" + "2025"), not at a paragraph end.
            if (last == '-' || last == '/') {
                return "";
            }
            boolean wordFilledTheLine = !line.hasInnerSpace() && room < line.size() * 1.2;
            return wordFilledTheLine ? "" : " ";
        }
        // The line is full: it wrapped at a space too wide to print, or inside a long word.
        if ((last == '/' && Character.isLetterOrDigit(beforeLast)) || first == '/') {
            return "";
        }
        if (Character.isLetter(last) && (isFragment(lastToken(text)) || isFragment(firstToken(nextText)))) {
            return "";
        }
        if (last == '-' && inWordBreak && !Character.isLowerCase(beforeLast) && !Character.isLowerCase(first)) {
            return "";
        }
        if (Character.isDigit(last) && Character.isDigit(first) && !line.hasInnerSpace()) {
            return "";
        }
        return " ";
    }

    /**
     * A piece of a word, not a word: letters without a vowel, in lower case ("g", "ng", "Tr").
     * Every Vietnamese syllable has a vowel, so "Cổng/Tran" + "g" was broken inside "Trang";
     * abbreviations in capitals ("UBND", "QĐ") are words.
     */
    static boolean isFragment(String token) {
        if (token.isEmpty() || !token.chars().allMatch(Character::isLetter)
                || token.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        String folded = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return folded.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** The letters after the last space, slash or hyphen. */
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
