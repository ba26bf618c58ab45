package vn.nhacviec.bot.text;

import java.text.Normalizer;

/**
 * Text folded for matching (lower case, no diacritics, "đ" → "d", every kind of space → ' ') that
 * remembers where each folded character came from, so that a note can be cut from the original
 * text with its diacritics. Spaces are not collapsed.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() * 2 + 1];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            if (!isMark(cp)) {
                int folded = foldCodePoint(cp);
                int start = out.length();
                out.appendCodePoint(folded);
                for (int k = start; k < out.length(); k++) {
                    origin[k] = i;
                }
            }
            i += width;
        }
        origin[out.length()] = original.length();
        int[] exact = new int[out.length() + 1];
        System.arraycopy(origin, 0, exact, 0, exact.length);
        return new FoldedText(original, out.toString(), exact);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static int foldCodePoint(int cp) {
        if (cp == 'đ' || cp == 'Đ' || cp == 'ð' || cp == 'Ð') {
            return 'd';
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF) {
            return ' ';
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int base = decomposed.isEmpty() ? cp : decomposed.codePointAt(0);
        if (isMark(base)) {
            base = cp;
        }
        int lower = Character.toLowerCase(base);
        return lower == 'đ' ? 'd' : lower;
    }

    String folded() {
        return folded;
    }

    /** The original text from the folded position {@code from} to the end. */
    String originalFrom(int from) {
        return original.substring(origin[Math.max(0, Math.min(from, folded.length()))]);
    }

    /** The original text between two folded positions. */
    String original(int from, int to) {
        int a = origin[Math.max(0, Math.min(from, folded.length()))];
        int b = origin[Math.max(0, Math.min(to, folded.length()))];
        return original.substring(a, Math.max(a, b));
    }
}
