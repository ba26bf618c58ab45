package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every letter of both tables, written here independently of the converter: TCVN3 by code
 * (as UniKey's VnConv table and the vietnamese-conversion package list it), VNI by letter.
 */
class LegacyVietnameseTest {

    /** TCVN3 code (hex) and the letter it stands for, in code order. */
    private static final String[] TCVN3 = {
        "A1 Ă", "A2 Â", "A3 Ê", "A4 Ô", "A5 Ơ", "A6 Ư", "A7 Đ", "A8 ă", "A9 â", "AA ê", "AB ô", "AC ơ", "AD ư", "AE đ",
        "B5 à", "B6 ả", "B7 ã", "B8 á", "B9 ạ", "BB ằ", "BC ẳ", "BD ẵ", "BE ắ",
        "C6 ặ", "C7 ầ", "C8 ẩ", "C9 ẫ", "CA ấ", "CB ậ", "CC è", "CE ẻ", "CF ẽ",
        "D0 é", "D1 ẹ", "D2 ề", "D3 ể", "D4 ễ", "D5 ế", "D6 ệ", "D7 ì", "D8 ỉ", "DC ĩ", "DD í", "DE ị", "DF ò",
        "E1 ỏ", "E2 õ", "E3 ó", "E4 ọ", "E5 ồ", "E6 ổ", "E7 ỗ", "E8 ố", "E9 ộ", "EA ờ", "EB ở", "EC ỡ", "ED ớ", "EE ợ",
        "EF ù", "F1 ủ", "F2 ũ", "F3 ú", "F4 ụ", "F5 ừ", "F6 ử", "F7 ữ", "F8 ứ", "F9 ự",
        "FA ỳ", "FB ỷ", "FC ỹ", "FD ý", "FE ỵ",
    };

    /** Latin-1 positions TCVN3 leaves to their Windows-1252 meaning. */
    private static final int[] TCVN3_UNUSED = {0xAF, 0xB0, 0xB1, 0xB2, 0xB3, 0xB4, 0xBA, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
        0xC4, 0xC5, 0xCD, 0xD9, 0xDA, 0xDB, 0xE0, 0xF0, 0xFF};

    /** Every lower-case Vietnamese letter with a diacritic and its VNI-Windows spelling. */
    private static final String[] VNI = {
        "á aù", "à aø", "ả aû", "ã aõ", "ạ aï",
        "ă aê", "ắ aé", "ằ aè", "ẳ aú", "ẵ aü", "ặ aë",
        "â aâ", "ấ aá", "ầ aà", "ẩ aå", "ẫ aã", "ậ aä",
        "đ ñ",
        "é eù", "è eø", "ẻ eû", "ẽ eõ", "ẹ eï",
        "ê eâ", "ế eá", "ề eà", "ể eå", "ễ eã", "ệ eä",
        "í í", "ì ì", "ỉ æ", "ĩ ó", "ị ò",
        "ó où", "ò oø", "ỏ oû", "õ oõ", "ọ oï",
        "ô oâ", "ố oá", "ồ oà", "ổ oå", "ỗ oã", "ộ oä",
        "ơ ô", "ớ ôù", "ờ ôø", "ở ôû", "ỡ ôõ", "ợ ôï",
        "ú uù", "ù uø", "ủ uû", "ũ uõ", "ụ uï",
        "ư ö", "ứ öù", "ừ öø", "ử öû", "ữ öõ", "ự öï",
        "ý yù", "ỳ yø", "ỷ yû", "ỹ yõ", "ỵ î",
    };

    @Test
    void everyTcvn3CodeIsItsLetterBothWays() {
        assertEquals(74, TCVN3.length, "67 lower-case letters and the 7 capitals with a code");
        for (String entry : TCVN3) {
            String code = String.valueOf((char) Integer.parseInt(entry.substring(0, 2), 16));
            String letter = entry.substring(3);
            assertEquals(letter, LegacyVietnamese.decode(code, LegacyEncoding.TCVN3), entry);
            assertEquals(code, LegacyVietnamese.encode(letter, LegacyEncoding.TCVN3, false), entry);
        }
        for (int unused : TCVN3_UNUSED) {
            String c = String.valueOf((char) unused);
            assertEquals(c, LegacyVietnamese.decode(c, LegacyEncoding.TCVN3), Integer.toHexString(unused));
        }
    }

    @Test
    void theTcvn3CapitalsFontsDrawTheLowerCaseCodesAsCapitals() {
        for (String entry : TCVN3) {
            String code = String.valueOf((char) Integer.parseInt(entry.substring(0, 2), 16));
            String capital = entry.substring(3).toUpperCase(Locale.ROOT);
            assertEquals(capital, LegacyVietnamese.decode(code, LegacyEncoding.TCVN3, true), entry);
            assertEquals(capital, LegacyVietnamese.decode(LegacyVietnamese.encode(capital, LegacyEncoding.TCVN3, true),
                    LegacyEncoding.TCVN3, true), entry);
        }
        assertEquals("KẾ HOẠCH", LegacyVietnamese.decode("KÕ HO¹CH", LegacyEncoding.TCVN3, true));
        assertEquals("ỦY BAN", LegacyVietnamese.decode("ñy ban", LegacyEncoding.TCVN3, true));
    }

    @Test
    void aCapitalWithAToneHasNoCodeOutsideTheCapitalsFonts() {
        assertThrows(IllegalArgumentException.class, () -> LegacyVietnamese.encode("Ủy ban", LegacyEncoding.TCVN3, false));
        assertThrows(IllegalArgumentException.class, () -> LegacyVietnamese.encode("© 2024", LegacyEncoding.TCVN3, false));
    }

    @Test
    void everyVniLetterIsItsSpellingBothWaysInBothCases() {
        assertEquals(67, VNI.length);
        for (String entry : VNI) {
            String letter = entry.substring(0, entry.indexOf(' '));
            String spelling = entry.substring(entry.indexOf(' ') + 1);
            assertEquals(letter, LegacyVietnamese.decode(spelling, LegacyEncoding.VNI), entry);
            assertEquals(spelling, LegacyVietnamese.encode(letter, LegacyEncoding.VNI, false), entry);
            String capital = letter.toUpperCase(Locale.ROOT);
            String capitalSpelling = spelling.toUpperCase(Locale.ROOT);
            assertEquals(capital, LegacyVietnamese.decode(capitalSpelling, LegacyEncoding.VNI), entry);
            assertEquals(capitalSpelling, LegacyVietnamese.encode(capital, LegacyEncoding.VNI, false), entry);
        }
        assertEquals("ƯỚC ĐỊNH Ỵ", LegacyVietnamese.decode("ÖÔÙC ÑÒNH Î", LegacyEncoding.VNI));
    }

    @Test
    void aVniLetterTakesItsCaseFromItsBaseLetter() {
        assertEquals("Kế KẾ", LegacyVietnamese.decode("Keá KEÁ", LegacyEncoding.VNI));
        assertEquals("Ấn", LegacyVietnamese.decode("Aán", LegacyEncoding.VNI), "a capital base with a lower-case mark");
    }

    @Test
    void theExamplesOfTheBrief() {
        assertEquals("Kế hoạch cải cách hành chính năm 2024",
                LegacyVietnamese.decode("KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2024", LegacyEncoding.TCVN3));
        assertEquals("Kế hoạch cải cách hành chính năm 2024",
                LegacyVietnamese.decode("Keá hoaïch caûi caùch haønh chính naêm 2024", LegacyEncoding.VNI));
        assertEquals("Đường Trường Sơn", LegacyVietnamese.decode("Ñöôøng Tröôøng Sôn", LegacyEncoding.VNI));
        assertEquals("Đường Trường Sơn", LegacyVietnamese.decode("§­êng Tr­êng S¬n", LegacyEncoding.TCVN3));
    }

    @Test
    void tcvn3UTakesTheSoftHyphenAndWordsOptionalHyphen() {
        assertEquals("như", LegacyVietnamese.decode("nh\u00AD", LegacyEncoding.TCVN3));
        assertEquals("như", LegacyVietnamese.decode("nh\u001F", LegacyEncoding.TCVN3), "LibreOffice's .doc");
    }

    @Test
    void decodedTextIsNfc() {
        String decoded = LegacyVietnamese.decode("Keá hoaïch caûi caùch", LegacyEncoding.VNI);
        assertEquals(java.text.Normalizer.normalize(decoded, java.text.Normalizer.Form.NFC), decoded);
        assertTrue(decoded.chars().noneMatch(c -> c >= 0x300 && c <= 0x36F));
    }
}
