package vn.nhacviec.plan.document;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Converts text typed in the legacy Vietnamese encodings ({@link LegacyEncoding}) to Unicode
 * (NFC), and back (for test fixtures). The tables follow UniKey's VnConv tables (TCVN3, VNI-WIN),
 * cross-checked against the npm package vietnamese-conversion; see docs/import.md.
 */
public final class LegacyVietnamese {

    /*
     * TCVN3 (VN3): Vietnamese letters and their codes, position by position; vowels in the order
     * bare, huyền, hỏi, ngã, sắc, nặng (a bare ASCII vowel is itself). The seven capitals at the end are the only capitals with a
     * code of their own; a capital with a tone is the lower-case code drawn by an "H" font.
     * ư is 0xAD, the soft hyphen, which is why it vanishes when TCVN3 text is shown as Latin-1;
     * LibreOffice saves it as Word's optional hyphen (0x1F in a .doc, <w:softHyphen/> in a
     * .docx), so 0x1F is read as ư too.
     */
    private static final String TCVN3_UNICODE = ""
            + "àảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "đ" + "èẻẽéẹ" + "êềểễếệ" + "ìỉĩíị"
            + "òỏõóọ" + "ôồổỗốộ" + "ơờởỡớợ" + "ùủũúụ" + "ưừửữứự" + "ỳỷỹýỵ" + "ĂÂĐÊÔƠƯ";
    private static final String TCVN3_CODES = ""
            + "µ¶·¸¹" + "¨»¼½¾Æ" + "©ÇÈÉÊË" + "®" + "ÌÎÏÐÑ" + "ªÒÓÔÕÖ" + "×ØÜÝÞ"
            + "ßáâãä" + "«åæçèé" + "¬êëìíî" + "ïñòóô" + "\u00ADõö÷øù" + "úûüýþ" + "¡¢§£¤¥¦";

    /*
     * VNI-WIN: a vowel is its base letter followed by a mark character (â = "aâ", ấ = "aá",
     * ă = "aê", ắ = "aé", ơ = "ô", ớ = "ôù", ư = "ö"); i with a tone and ỵ are single characters.
     * Tones in the order huyền, hỏi, ngã, sắc, nặng. Capitals are the same characters in upper case.
     */
    private static final String VNI_VOWELS = "aăâeêoôơuưy";
    private static final String[] VNI_BARE = {"a", "aê", "aâ", "e", "eâ", "o", "oâ", "ô", "u", "ö", "y"};
    private static final String VNI_TONES_AFTER_PLAIN = "øûõùï";
    private static final String VNI_TONES_AFTER_CIRCUMFLEX = "àåãáä";
    private static final String VNI_TONES_AFTER_BREVE = "èúüéë";
    private static final String VNI_I = "ìæóíò";
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";
    /** Word's optional hyphen in a .doc: where LibreOffice puts TCVN3's 0xAD (ư). */
    static final char OPTIONAL_HYPHEN = '\u001F';

    private static final char[] TCVN3_DECODE = new char[256];
    private static final boolean[] VNI_CODE = new boolean[256];
    private static final Map<Character, Character> TCVN3_ENCODE = new HashMap<>();
    private static final Map<Character, String> VNI_ENCODE = new HashMap<>();
    private static final Map<String, Character> VNI_DECODE = new HashMap<>();

    static {
        if (TCVN3_UNICODE.length() != TCVN3_CODES.length()) {
            throw new IllegalStateException("TCVN3 table out of step");
        }
        for (int i = 0; i < TCVN3_CODES.length(); i++) {
            TCVN3_DECODE[TCVN3_CODES.charAt(i)] = TCVN3_UNICODE.charAt(i);
            TCVN3_ENCODE.put(TCVN3_UNICODE.charAt(i), TCVN3_CODES.charAt(i));
        }
        TCVN3_DECODE[OPTIONAL_HYPHEN] = 'ư';
        for (int v = 0; v < VNI_VOWELS.length(); v++) {
            char vowel = VNI_VOWELS.charAt(v);
            String bare = VNI_BARE[v];
            vni(vowel, bare);
            String tones = bare.length() == 1 ? VNI_TONES_AFTER_PLAIN
                    : bare.charAt(1) == 'â' ? VNI_TONES_AFTER_CIRCUMFLEX : VNI_TONES_AFTER_BREVE;
            String base = bare.length() == 1 ? bare : bare.substring(0, 1);
            for (int t = 0; t < TONES.length(); t++) {
                vni(toned(vowel, t), base + tones.charAt(t));
            }
        }
        for (int t = 0; t < TONES.length(); t++) {
            vni(toned('i', t), String.valueOf(VNI_I.charAt(t)));
        }
        vni('ỵ', "î");
        vni('đ', "ñ");
    }

    private LegacyVietnamese() {
    }

    private static char toned(char vowel, int tone) {
        return Normalizer.normalize(vowel + TONES.substring(tone, tone + 1), Normalizer.Form.NFC).charAt(0);
    }

    /** Registers a lower-case letter, its capital, and the mixed-case spellings typists produce. */
    private static void vni(char letter, String code) {
        char capital = Character.toUpperCase(letter);
        String capitalCode = code.toUpperCase(Locale.ROOT);
        VNI_ENCODE.put(letter, code);
        VNI_ENCODE.put(capital, capitalCode);
        VNI_DECODE.put(code, letter);
        VNI_DECODE.put(capitalCode, capital);
        (code + capitalCode).chars().filter(ch -> ch >= 0x80).forEach(ch -> VNI_CODE[ch] = true);
        if (code.length() == 2) {
            // the base letter's case is the letter's case, whatever the mark's case
            VNI_DECODE.putIfAbsent(code.substring(0, 1) + capitalCode.charAt(1), letter);
            VNI_DECODE.putIfAbsent(capitalCode.charAt(0) + code.substring(1), capital);
        }
    }

    /**
     * The Unicode (NFC) reading of text typed in {@code encoding}. Characters that are no code of
     * the encoding (ASCII, digits, punctuation) are kept. TCVN3 capitals typed in an "H" font come
     * out in lower case: see {@link #decode(String, LegacyEncoding, boolean)}.
     */
    public static String decode(String text, LegacyEncoding encoding) {
        return decode(text, encoding, false);
    }

    /** As {@link #decode(String, LegacyEncoding)}; {@code capitals} for text set in a TCVN3 "H" font. */
    public static String decode(String text, LegacyEncoding encoding, boolean capitals) {
        String decoded = encoding == LegacyEncoding.TCVN3 ? decodeTcvn3(text) : decodeVni(text);
        return capitals ? decoded.toUpperCase(Locale.ROOT) : decoded;
    }

    private static String decodeTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char letter = c < 256 ? TCVN3_DECODE[c] : 0;
            out.append(letter != 0 ? letter : c);
        }
        return out.toString();
    }

    private static String decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Character pair = i + 1 < text.length() ? VNI_DECODE.get(text.substring(i, i + 2)) : null;
            if (pair != null) {
                out.append(pair.charValue());
                i += 2;
                continue;
            }
            Character single = VNI_DECODE.get(text.substring(i, i + 1));
            out.append(single != null ? single.charValue() : text.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Whether {@code c} is a code of {@code encoding} (a character that stands for a Vietnamese letter). */
    static boolean isCode(char c, LegacyEncoding encoding) {
        if (encoding == LegacyEncoding.TCVN3) {
            return c < 256 && TCVN3_DECODE[c] != 0;
        }
        return c < 256 && VNI_CODE[c];
    }

    /**
     * Unicode text as it is stored in a document typed in {@code encoding} (test fixtures): for
     * TCVN3 with {@code capitals}, as set in an "H" font (letters with a tone take their lower-case
     * code). A letter the encoding cannot write, or a character whose position the encoding uses
     * for a letter (such as "©"), is refused.
     */
    static String encode(String unicode, LegacyEncoding encoding, boolean capitals) {
        String text = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (encoding == LegacyEncoding.TCVN3) {
                Character code = TCVN3_ENCODE.get(c);
                if (code == null && capitals && c >= 0x80) {
                    code = TCVN3_ENCODE.get(Character.toLowerCase(c));
                }
                if (code == null && Character.toLowerCase(c) != c && TCVN3_ENCODE.containsKey(Character.toLowerCase(c))) {
                    throw new IllegalArgumentException("'" + c + "' has no TCVN3 code outside the capitals (H) fonts");
                }
                out.append(code != null ? code.charValue() : unencoded(c, encoding));
            } else {
                String code = VNI_ENCODE.get(c);
                out.append(code != null ? code : String.valueOf(unencoded(c, encoding)));
            }
        }
        return out.toString();
    }

    private static char unencoded(char c, LegacyEncoding encoding) {
        if (isCode(c, encoding) || (c >= 0x80 && Character.isLetter(c) && encoding == LegacyEncoding.TCVN3)) {
            throw new IllegalArgumentException("'" + c + "' cannot be written in " + encoding);
        }
        return c;
    }
}
