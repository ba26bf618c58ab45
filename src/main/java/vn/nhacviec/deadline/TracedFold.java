package vn.nhacviec.deadline;

import java.util.Arrays;

/**
 * Text folded as {@link VietnameseText#fold} folds it, character for character (spaces are not collapsed),
 * remembering where each folded character came from, so that a phrase found without diacritics ("chu tri")
 * can be cut out of the original ("chủ trì").
 */
public final class TracedFold {

    private final String original;
    private final String folded;
    /** For each folded position, the index of the original code point it came from; at the end, the length. */
    private final int[] origin;

    private TracedFold(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    /** @param original the text as written; null reads as empty */
    public static TracedFold of(String original) {
        String text = original == null ? "" : original;
        StringBuilder out = new StringBuilder(text.length());
        int[] origin = new int[text.length() + 16];
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int start = out.length();
            VietnameseText.foldCodePoint(cp, out::appendCodePoint);
            if (out.length() + 1 > origin.length) {
                origin = Arrays.copyOf(origin, Math.max(origin.length * 2, out.length() + 1));
            }
            Arrays.fill(origin, start, out.length(), i);
            i += Character.charCount(cp);
        }
        origin = Arrays.copyOf(origin, out.length() + 1);
        origin[out.length()] = text.length();
        return new TracedFold(text, out.toString(), origin);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** The original text from the folded position {@code from} to the end. */
    public String originalFrom(int from) {
        return original.substring(origin[clamp(from)]);
    }

    /** The original text between two folded positions. */
    public String originalBetween(int from, int to) {
        int a = origin[clamp(from)];
        int b = origin[clamp(to)];
        return original.substring(a, Math.max(a, b));
    }

    private int clamp(int position) {
        return Math.max(0, Math.min(position, folded.length()));
    }
}
