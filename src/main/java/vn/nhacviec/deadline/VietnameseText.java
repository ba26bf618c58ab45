package vn.nhacviec.deadline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese text so that matching works with or without diacritics, in any case,
 * and on OCR output. Officers type "qua han" for "quá hạn"; scanners print "Quy Il" for "Quý II".
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");

    private VietnameseText() {
    }

    /**
     * Lower case, diacritics removed ("đ" becomes "d"), runs of white space folded to one space.
     * The result has the same meaning for matching; it is never shown to users.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return SPACES.matcher(out.toString()).replaceAll(" ").strip();
    }

    /** Text in NFC with runs of white space folded; the form in which user-visible text is kept. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").strip();
    }

    /** True when the folded forms are equal. */
    public static boolean sameWords(String a, String b) {
        return fold(a).equals(fold(b));
    }

    /** Locale-independent upper case of folded text, for codes. */
    public static String upperFold(String text) {
        return fold(text).toUpperCase(Locale.ROOT);
    }
}
