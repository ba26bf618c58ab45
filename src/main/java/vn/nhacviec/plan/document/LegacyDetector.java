package vn.nhacviec.plan.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises text typed in a legacy Vietnamese encoding from its content alone. Words are cut at
 * anything but letters and Latin-1 characters (TCVN3 uses ¹, µ, × … for letters). A "foreign"
 * word is one of two or more characters with a Latin-1 character (0xA1–0xFF) and no
 * Unicode-only Vietnamese letter (ư, ơ, đ, ạ …: legacy text cannot contain those). An encoding
 * wins when, decoded with it, clearly more foreign words become Vietnamese syllables than as
 * they are or with the other encoding, and Unicode-only words are few next to them.
 * The thresholds are deliberately high: converting a Unicode plan by mistake would be far worse
 * than leaving a short legacy snippet alone.
 */
final class LegacyDetector {

    /** Fewer decoded syllables than this is no evidence (a name, a stray symbol). */
    static final int MIN_SYLLABLES = 3;

    /** The counts behind a decision (kept for tests and for the docs' examples). */
    record Evidence(int unicodeWords, int foreignWords, int syllablesAsIs, Map<LegacyEncoding, Integer> decoded) {

        Optional<LegacyEncoding> encoding() {
            LegacyEncoding best = decoded.get(LegacyEncoding.TCVN3) >= decoded.get(LegacyEncoding.VNI)
                    ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
            int wins = decoded.get(best);
            int other = decoded.get(best == LegacyEncoding.TCVN3 ? LegacyEncoding.VNI : LegacyEncoding.TCVN3);
            boolean decided = wins >= MIN_SYLLABLES
                    && wins * 2 >= foreignWords      // most foreign words read as Vietnamese once decoded
                    && wins > 2 * syllablesAsIs      // far more than read as Vietnamese already
                    && wins > 2 * other              // and far more than with the other table
                    && unicodeWords * 4 <= wins;     // a Unicode text has Unicode-only letters everywhere
            return decided ? Optional.of(best) : Optional.empty();
        }
    }

    private LegacyDetector() {
    }

    static Optional<LegacyEncoding> detect(String text) {
        return evidence(text).encoding();
    }

    static Evidence evidence(String text) {
        int unicode = 0;
        int foreign = 0;
        int asIs = 0;
        Map<LegacyEncoding, Integer> decoded = new EnumMap<>(LegacyEncoding.class);
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            decoded.put(encoding, 0);
        }
        for (String word : words(text)) {
            if (hasUnicodeVietnamese(word)) {
                unicode++;
                continue;
            }
            if (!hasLatin1(word) || word.length() < 2) {
                continue; // a lone character is more often a symbol (µ, ×, ©) than a word
            }
            foreign++;
            if (VietnameseSyllable.is(word)) {
                asIs++;
            }
            for (LegacyEncoding encoding : LegacyEncoding.values()) {
                String reading = LegacyVietnamese.decode(word, encoding);
                if (!reading.equals(word) && VietnameseSyllable.is(reading)) {
                    decoded.merge(encoding, 1, Integer::sum);
                }
            }
        }
        return new Evidence(unicode, foreign, asIs, decoded);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    static boolean isWordChar(char c) {
        return (c >= 0xA1 && c <= 0xFF) || Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == LegacyVietnamese.OPTIONAL_HYPHEN;
    }

    /** A letter or mark only Unicode can write: Vietnamese text that is not legacy-encoded. */
    static boolean hasUnicodeVietnamese(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0 || (c >= 0x1EA0 && c <= 0x1EF9) || (c >= 0x0300 && c <= 0x0323)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLatin1(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0xA1 && word.charAt(i) <= 0xFF) {
                return true;
            }
        }
        return false;
    }
}
