package vn.nhacviec.plan.document;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Round trips through both tables, and detection on random Vietnamese text. */
class LegacyVietnamesePropertiesTest {

    private static final List<String> INITIALS = List.of("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l",
            "m", "n", "ng", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");
    private static final List<String> VOWELS = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai", "ao",
            "âu", "ây", "eo", "iê", "oa", "oe", "ôi", "ơi", "ua", "uâ", "uô", "uy", "ưa", "ươ", "yê", "iêu", "oai", "uôi", "ươi");
    private static final List<String> FINALS = List.of("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t");
    /** No tone, huyền, hỏi, ngã, sắc, nặng. */
    private static final List<String> TONES = List.of("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323");
    private static final List<String> OTHER_WORDS = List.of("UBND", "CCHC", "TTHC", "2024", "01/3/2024", "26/KH-UBND",
            "-", ";", "(", ")", "100%", "online", "Zalo", "email", "\t", "\n");

    /** A syllable the way Vietnamese spells it: the tone on the last vowel, only sắc or nặng before c, ch, p, t. */
    @Provide
    Arbitrary<String> syllable() {
        return Combinators.combine(Arbitraries.of(INITIALS), Arbitraries.of(VOWELS), Arbitraries.of(FINALS),
                Arbitraries.of(TONES)).as((initial, vowel, last, tone) -> {
                    boolean stop = List.of("c", "ch", "p", "t").contains(last);
                    String t = stop && !tone.equals("\u0301") && !tone.equals("\u0323") ? "\u0301" : tone;
                    return Normalizer.normalize(initial + vowel + t + last, Normalizer.Form.NFC);
                });
    }

    /** A syllable that needs a legacy code (a tone, ă â ê ô ơ ư or đ). */
    @Provide
    Arbitrary<String> markedSyllable() {
        return syllable().filter(s -> s.chars().anyMatch(c -> c > 0x7F));
    }

    @Provide
    Arbitrary<String> unicodeText() {
        return Arbitraries.oneOf(syllable(), syllable().map(LegacyVietnamesePropertiesTest::capitalised),
                        Arbitraries.of(OTHER_WORDS))
                .list().ofMinSize(1).ofMaxSize(300).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> legacyPlanText() {
        return Arbitraries.oneOf(markedSyllable(), markedSyllable(), markedSyllable(), syllable(), Arbitraries.of(OTHER_WORDS))
                .list().ofMinSize(60).ofMaxSize(400).map(words -> String.join(" ", words));
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    @Property(tries = 300)
    void vniEncodingThenDecodingIsTheIdentity(@ForAll("unicodeText") String text) {
        assertEquals(text, LegacyVietnamese.decode(LegacyVietnamese.encode(text, LegacyEncoding.VNI, false), LegacyEncoding.VNI));
    }

    @Property(tries = 300)
    void tcvn3EncodingThenDecodingIsTheIdentityInBothFonts(@ForAll("unicodeText") String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertEquals(lower, LegacyVietnamese.decode(LegacyVietnamese.encode(lower, LegacyEncoding.TCVN3, false), LegacyEncoding.TCVN3));
        String upper = text.toUpperCase(Locale.ROOT);
        assertEquals(upper, LegacyVietnamese.decode(LegacyVietnamese.encode(upper, LegacyEncoding.TCVN3, true),
                LegacyEncoding.TCVN3, true));
    }

    @Property(tries = 500)
    void unicodeVietnameseIsNeverConverted(@ForAll("unicodeText") String text) {
        LegacyText reading = LegacyText.of(text);
        assertFalse(reading.converted(), () -> LegacyDetector.evidence(text).toString());
        assertEquals(text, reading.text());
    }

    @Property(tries = 200)
    void aTcvn3PlanIsRecognisedAndReadBack(@ForAll("legacyPlanText") String text) {
        LegacyText reading = LegacyText.of(LegacyVietnamese.encode(text, LegacyEncoding.TCVN3, false));
        assertEquals(List.of(LegacyEncoding.TCVN3.notice()), reading.notices());
        assertEquals(text, reading.text());
    }

    @Property(tries = 200)
    void aVniPlanIsRecognisedAndReadBack(@ForAll("legacyPlanText") String text) {
        LegacyText reading = LegacyText.of(LegacyVietnamese.encode(text, LegacyEncoding.VNI, false));
        assertEquals(List.of(LegacyEncoding.VNI.notice()), reading.notices());
        assertEquals(text, reading.text());
    }
}
