package vn.nhacviec.plan.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is shaped like one Vietnamese syllable: an initial consonant, a vowel group from
 * the language's list, a final consonant, at most one tone, and only sắc or nặng before a final
 * c, ch, p or t. Legacy-encoded words become such syllables once decoded with the right table,
 * and mostly do not with the wrong one — that is what detection counts.
 */
final class VietnameseSyllable {

    private static final String VOWELS = String.join("|",
            "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyê", "uyu",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
            "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y");
    private static final Pattern SHAPE = Pattern.compile(
            "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?(?:" + VOWELS + ")(ch|ng|nh|[cmnpt])?");
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";
    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';

    private VietnameseSyllable() {
    }

    static boolean is(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                bare.append(c);
            }
        }
        Matcher m = SHAPE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC));
        if (!m.matches()) {
            return false;
        }
        String last = m.group(1);
        boolean stop = last != null && (last.equals("c") || last.equals("ch") || last.equals("p") || last.equals("t"));
        return !stop || tone == ACUTE || tone == DOT_BELOW;
    }
}
