package vn.nhacviec.deadline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * The one folding of Vietnamese text, so that matching works with or without diacritics, in any case,
 * and on OCR output. Officers type "qua han" for "quá hạn"; scanners print "Quy Il" for "Quý II".
 * {@link #fold} gives the folded words; {@link TracedFold} the same folding with the way back to the
 * original text, for readers that cut a phrase found without diacritics out of the text as written.
 */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern FOLDED_SPACES = Pattern.compile(" {2,}");

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
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> foldCodePoint(cp, out::appendCodePoint));
        return FOLDED_SPACES.matcher(out).replaceAll(" ").strip();
    }

    /**
     * Folds one code point: combining marks vanish, "đ"/"Đ" (and the "ð" OCR prints for them) become "d",
     * every kind of space (also no-break, zero-width and byte-order marks) becomes ' ', a letter becomes
     * its base letters in lower case.
     */
    static void foldCodePoint(int cp, IntConsumer out) {
        if (isMark(cp)) {
            return;
        }
        if (cp == 'đ' || cp == 'Đ' || cp == 'ð' || cp == 'Ð') {
            out.accept('d');
            return;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF) {
            out.accept(' ');
            return;
        }
        if (cp < 0x80) {
            out.accept(Character.toLowerCase(cp));
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(c -> {
            int lower = Character.toLowerCase(c);
            out.accept(lower == 'đ' ? 'd' : lower);
        });
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Text in NFC with runs of white space folded; the form in which user-visible text is kept. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        // most text is tidy already: the regex only runs when there is something to collapse (hot in the daily scan)
        return needsCollapsing(composed) ? SPACES.matcher(composed).replaceAll(" ").strip() : composed.strip();
    }

    /** Whether {@link #SPACES} would change anything but a single ASCII space. */
    private static boolean needsCollapsing(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0' || c == '\u200B'
                    || (c == ' ' && previous == ' ')) {
                return true;
            }
            previous = c;
        }
        return false;
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
