package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Round trips through both tables, and detection on random Vietnamese text. Seeded generators in
 * plain JUnit 5: each property runs its number of tries on texts drawn from a fixed seed, and a
 * failure names the try and the text, so it reproduces.
 */
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

    private static <T> T any(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A syllable the way Vietnamese spells it: the tone on the last vowel, only sắc or nặng before c, ch, p, t. */
    static String syllable(Random random) {
        String initial = any(random, INITIALS);
        String vowel = any(random, VOWELS);
        String last = any(random, FINALS);
        String tone = any(random, TONES);
        boolean stop = List.of("c", "ch", "p", "t").contains(last);
        String t = stop && !tone.equals("\u0301") && !tone.equals("\u0323") ? "\u0301" : tone;
        return Normalizer.normalize(initial + vowel + t + last, Normalizer.Form.NFC);
    }

    /** A syllable that needs a legacy code (a tone, ă â ê ô ơ ư or đ). */
    static String markedSyllable(Random random) {
        while (true) {
            String s = syllable(random);
            if (s.chars().anyMatch(c -> c > 0x7F)) {
                return s;
            }
        }
    }

    /** 1 to 300 words: syllables, capitalised syllables and other words, one kind as likely as another. */
    static String unicodeText(Random random) {
        int count = 1 + random.nextInt(300);
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(switch (random.nextInt(3)) {
                case 0 -> syllable(random);
                case 1 -> capitalised(syllable(random));
                default -> any(random, OTHER_WORDS);
            });
        }
        return String.join(" ", words);
    }

    /** 60 to 400 words, three in five of them marked syllables. */
    static String legacyPlanText(Random random) {
        int count = 60 + random.nextInt(341);
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            words.add(switch (random.nextInt(5)) {
                case 0, 1, 2 -> markedSyllable(random);
                case 3 -> syllable(random);
                default -> any(random, OTHER_WORDS);
            });
        }
        return String.join(" ", words);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** Runs {@code property} on {@code tries} texts drawn from {@code seed}; a failure says which try and text. */
    private static void forAll(long seed, int tries, Function<Random, String> texts, Consumer<String> property) {
        Random random = new Random(seed);
        for (int i = 1; i <= tries; i++) {
            String text = texts.apply(random);
            try {
                property.accept(text);
            } catch (AssertionError e) {
                throw new AssertionError("try " + i + " of " + tries + " (seed " + seed + ") failed on: " + text, e);
            }
        }
    }

    @Test
    void vniEncodingThenDecodingIsTheIdentity() {
        forAll(1001, 300, LegacyVietnamesePropertiesTest::unicodeText, text -> assertEquals(text,
                LegacyVietnamese.decode(LegacyVietnamese.encode(text, LegacyEncoding.VNI, false), LegacyEncoding.VNI)));
    }

    @Test
    void tcvn3EncodingThenDecodingIsTheIdentityInBothFonts() {
        forAll(1002, 300, LegacyVietnamesePropertiesTest::unicodeText, text -> {
            String lower = text.toLowerCase(Locale.ROOT);
            assertEquals(lower, LegacyVietnamese.decode(LegacyVietnamese.encode(lower, LegacyEncoding.TCVN3, false),
                    LegacyEncoding.TCVN3));
            String upper = text.toUpperCase(Locale.ROOT);
            assertEquals(upper, LegacyVietnamese.decode(LegacyVietnamese.encode(upper, LegacyEncoding.TCVN3, true),
                    LegacyEncoding.TCVN3, true));
        });
    }

    @Test
    void unicodeVietnameseIsNeverConverted() {
        forAll(1003, 500, LegacyVietnamesePropertiesTest::unicodeText, text -> {
            LegacyText reading = LegacyText.of(text);
            assertFalse(reading.converted(), () -> LegacyDetector.evidence(text).toString());
            assertEquals(text, reading.text());
        });
    }

    @Test
    void aTcvn3PlanIsRecognisedAndReadBack() {
        forAll(1004, 200, LegacyVietnamesePropertiesTest::legacyPlanText, text -> {
            LegacyText reading = LegacyText.of(LegacyVietnamese.encode(text, LegacyEncoding.TCVN3, false));
            assertEquals(List.of(LegacyEncoding.TCVN3.notice()), reading.notices());
            assertEquals(text, reading.text());
        });
    }

    @Test
    void aVniPlanIsRecognisedAndReadBack() {
        forAll(1005, 200, LegacyVietnamesePropertiesTest::legacyPlanText, text -> {
            LegacyText reading = LegacyText.of(LegacyVietnamese.encode(text, LegacyEncoding.VNI, false));
            assertEquals(List.of(LegacyEncoding.VNI.notice()), reading.notices());
            assertEquals(text, reading.text());
        });
    }

    @Test
    void theGeneratorsDrawWhatTheyPromise() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            assertFalse(syllable(random).isBlank());
            assertFalse(markedSyllable(random).chars().allMatch(c -> c <= 0x7F));
            int words = legacyPlanText(random).split(" ").length;
            assertFalse(words < 60, "at least 60 words");
        }
    }
}
