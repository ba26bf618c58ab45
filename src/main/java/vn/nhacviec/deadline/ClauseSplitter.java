package vn.nhacviec.deadline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a time cell into clauses: on ";" and before each "- " / "+ " item, whether the item starts a
 * line or sits inline ("- Báo cáo quý I: 15/3/2024 - Báo cáo quý II: 15/6/2024"). Other line breaks are
 * only where the PDF or the caller broke a cell, so they count as spaces.
 *
 * <p>Nothing inside parentheses is split: "(theo kế hoạch; hướng dẫn của Phòng Nội vụ)" belongs to the
 * clause it explains. A dash between numbers ("2019 - 2023", "5/3 - 10/3") is a range, not an item.
 */
final class ClauseSplitter {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,80}>");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s\\-+•*_–—]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    /** "Thời gian thực hiện:", "Thoi thuc hién:", "Thời hạn:" in front of the phrase. */
    private static final Pattern FOLDED_TIME_LABEL = Pattern.compile("^thoi(\\s+(gian|han))?(\\s+\\S+){0,3}\\s*$");

    /** "Quý I - II/2026": a quarter numeral after the dash ends a range; an item never starts with one. */
    private static final Pattern ROMAN_AFTER_DASH = Pattern.compile("(?:IV|I{1,3})(?![\\p{L}])");

    private ClauseSplitter() {
    }

    static List<Clause> split(String cell) {
        List<Clause> clauses = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return clauses;
        }
        String text = HTML_TAG.matcher(Normalizer.normalize(cell, Normalizer.Form.NFC)).replaceAll(" ");
        int depth = 0;
        int start = 0;
        char marker = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ';') {
                add(clauses, text.substring(start, i), marker);
                start = i + 1;
                marker = 0;
            } else if (depth == 0 && isItemMark(text, i)) {
                add(clauses, text.substring(start, i), marker);
                start = i;
                marker = c;
            }
        }
        add(clauses, text.substring(start), marker);
        return clauses;
    }

    /** "- " or "+ " (or a bullet) at the start of the text or after white space, not between numbers. */
    private static boolean isItemMark(String text, int i) {
        char c = text.charAt(i);
        if (c != '-' && c != '+' && c != '•') {
            return false;
        }
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
        if (!before || !after) {
            return false;
        }
        int next = i + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < text.length() && !Character.isDigit(text.charAt(next))
                && !ROMAN_AFTER_DASH.matcher(text).region(next, text.length()).lookingAt();
    }

    /** The whole cell as one label, cleaned like a clause's: for a cell that yields no milestone. */
    static String wholeLabel(String cell) {
        String text = cell == null ? "" : HTML_TAG.matcher(Normalizer.normalize(cell, Normalizer.Form.NFC)).replaceAll(" ");
        String label = LEADING_MARKS.matcher(VietnameseText.tidy(text)).replaceFirst("");
        label = TRAILING_PUNCTUATION.matcher(label).replaceFirst("").strip();
        return label.isEmpty() ? VietnameseText.tidy(cell) : label;
    }

    private static void add(List<Clause> clauses, String piece, char marker) {
        String label = VietnameseText.tidy(piece);
        label = LEADING_MARKS.matcher(label).replaceFirst("");
        label = withoutTimeLabel(label);
        label = TRAILING_PUNCTUATION.matcher(label).replaceFirst("").strip();
        if (!label.isEmpty()) {
            clauses.add(new Clause(label, OcrText.of(label), marker));
        }
    }

    /** "Thời gian hoàn thành: Quý I năm 2025" → "Quý I năm 2025"; the label says nothing about the time. */
    private static String withoutTimeLabel(String label) {
        int colon = label.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return label;
        }
        String head = VietnameseText.fold(label.substring(0, colon));
        return FOLDED_TIME_LABEL.matcher(head).matches() ? label.substring(colon + 1).strip() : label;
    }
}
