package vn.nhacviec.plan.text;

import java.text.Normalizer;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Folded text (see {@link VietnameseText#fold}) that remembers where each folded character came from,
 * so a phrase found without diacritics ("chu tri") can be cut out of the original ("chủ trì").
 */
final class Folded {

    final String original;
    final String folded;
    private final int[] origin;

    private Folded(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    static Folded of(String text) {
        String original = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            String f;
            if (Character.isWhitespace(c) || c == '\u00A0') {
                f = " ";
            } else if (Character.isSurrogate(c)) {
                f = String.valueOf(c);
            } else {
                f = VietnameseText.fold(String.valueOf(c));
                if (f.isEmpty()) {
                    continue;
                }
                f = f.substring(0, 1);
            }
            out.append(f);
            origin[n++] = i;
        }
        origin[n] = original.length();
        return new Folded(original, out.toString(), origin);
    }

    /** Original text between two folded positions. */
    String slice(int foldedStart, int foldedEnd) {
        int s = origin[Math.max(0, Math.min(foldedStart, folded.length()))];
        int e = foldedEnd >= folded.length() ? original.length() : origin[Math.max(0, foldedEnd)];
        if (e < s) {
            return "";
        }
        return original.substring(s, e);
    }
}
