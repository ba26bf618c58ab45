package vn.nhacviec.directory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * A cell cut into words. Each word keeps its place in the cleaned text (so unknown names can be
 * reported as written), its folded form (for matching) and whether a hard separator
 * ({@code , ; + . : ( ) /}) stands before it. Dashes and line breaks are not separators here:
 * "Tư pháp - HT" and "Công chức\nVăn phòng - TK" are single names.
 */
final class CellTokens {

    private static final Pattern TAGS = Pattern.compile("<[^<>]{0,300}>");
    private static final String HARD_SEPARATORS = ",;+.:()[]{}/|!?•·…";

    /** {@code colonAfter}: the word ends a label such as "Bộ phận thực hiện:". */
    record Token(String text, String key, int start, int end, boolean hardBefore, boolean upper, boolean colonAfter) {

        Token withColonAfter() {
            return new Token(text, key, start, end, hardBefore, upper, true);
        }
    }

    private final String text;
    private final List<Token> tokens;

    private CellTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static CellTokens of(String cell) {
        String text = clean(cell);
        List<Token> tokens = new ArrayList<>();
        boolean hard = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (HARD_SEPARATORS.indexOf(c) >= 0) {
                    hard = true;
                }
                if (c == ':' && !tokens.isEmpty() && !tokens.get(tokens.size() - 1).colonAfter()) {
                    tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1).withColonAfter());
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            String key = VietnameseText.fold(word);
            if (!key.isEmpty()) {
                tokens.add(new Token(word, key, start, i, hard, isUpper(word), false));
            }
            hard = false;
        }
        return new CellTokens(text, List.copyOf(tokens));
    }

    /** Markup removed (tags become line breaks), a few entities decoded, NFC. */
    static String clean(String cell) {
        String text = Normalizer.normalize(cell, Normalizer.Form.NFC);
        if (text.indexOf('<') >= 0) {
            text = TAGS.matcher(text).replaceAll("\n");
        }
        if (text.indexOf('&') >= 0) {
            text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
        }
        return text;
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isUpper(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    String key(int index) {
        return tokens.get(index).key();
    }

    /** The cleaned text from the first to the last token, inclusive, as written. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }
}
