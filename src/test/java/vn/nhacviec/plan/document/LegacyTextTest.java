package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nhacviec.testsupport.Seeds;

import java.nio.charset.Charset;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Detection from the content alone, and how a detected text is converted. */
class LegacyTextTest {

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025, Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024})
    void theSeedPlansAreNeverConverted(String seed) {
        String text = Seeds.text(seed);
        LegacyText reading = LegacyText.of(text);
        assertFalse(reading.converted(), LegacyDetector.evidence(text).toString());
        assertEquals(text, reading.text());
    }

    @Test
    void unicodeVietnameseAndEnglishAreLeftAlone() {
        for (String text : new String[] {
            "Kế hoạch cải cách hành chính năm 2024",
            "Cá bè mà tê, cô Hà có ô",                              // Latin-1 letters only, still Unicode
            "The quick brown fox; café à la crème brûlée, 2024.",
            "Tiep tuc nang cao chat luong cong tac soan thao",       // no diacritics (OCR)
            "Khic phuc nhitng ton tai, han ché trong cong tac cai cach hanh chinh nam 2023 va nhiém vu",
            "© 2024 ® ° ± µ ¶ · ¼ ½ ¾ × ÷",                          // symbols
        }) {
            LegacyText reading = LegacyText.of(text);
            assertFalse(reading.converted(), text + " " + LegacyDetector.evidence(text));
            assertEquals(text, reading.text());
        }
    }

    @Test
    void tcvn3AndVniAreRecognisedAmongDigitsAndPunctuation() {
        LegacyText tcvn3 = LegacyText.of("KÕ ho¹ch sè 26/KH-UBND ngµy 16/02/2024: \"c¶i c¸ch hµnh chÝnh\" (n¨m 2024).");
        assertEquals(Set.of(LegacyEncoding.TCVN3), tcvn3.encodings());
        assertEquals("Kế hoạch số 26/KH-UBND ngày 16/02/2024: \"cải cách hành chính\" (năm 2024).", tcvn3.text());
        LegacyText vni = LegacyText.of("Keá hoaïch soá 26/KH-UBND ngaøy 16/02/2024: \"caûi caùch haønh chính\" (naêm 2024).");
        assertEquals(Set.of(LegacyEncoding.VNI), vni.encodings());
        assertEquals("Kế hoạch số 26/KH-UBND ngày 16/02/2024: \"cải cách hành chính\" (năm 2024).", vni.text());
    }

    @Test
    void aFewWordsAreNoEvidence() {
        assertFalse(LegacyText.of("KÕ ho¹ch 2024").converted(), "two words could be anything");
    }

    @Test
    void aLineOrCellAlreadyInUnicodeIsKeptInALegacyDocument() {
        String body = "- TiÕp tôc n©ng cao chÊt l­îng c«ng t¸c so¹n th¶o, thÈm ®Þnh v¨n b¶n quy ph¹m ph¸p luËt.\n";
        String text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + body.repeat(3)
                + "KÕ ho¹ch c¶i c¸ch hµnh chÝnh\tBé phËn thùc hiÖn\tVăn phòng – Thống kê\n";
        LegacyText reading = LegacyText.of(text);
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "- Tiếp tục nâng cao chất lượng công tác soạn thảo, thẩm định văn bản quy phạm pháp luật.\n".repeat(3)
                + "Kế hoạch cải cách hành chính\tBộ phận thực hiện\tVăn phòng – Thống kê\n", reading.text());
    }

    @Test
    void tcvn3CapitalsAreGuessedWithoutFonts() {
        String text = String.join("\n", "KÕ HO¹CH", "Sè: 26 /KH-UBND", "II. NHIÖM Vô Cô THÓ: (Cã phô lôc chi tiÕt)",
                "UBND X· S¥N Kú", "Thùc hiÖn KÕ ho¹ch cña UBND huyÖn", "TM. Uû BAN NH¢N D¢N");
        assertEquals(String.join("\n", "KẾ HOẠCH", "Số: 26 /KH-UBND", "II. NHIỆM VỤ CỤ THỂ: (Có phụ lục chi tiết)",
                "UBND XÃ SƠN KỲ", "Thực hiện Kế hoạch của UBND huyện", "TM. UỶ BAN NHÂN DÂN"), LegacyText.of(text).text());
    }

    @Test
    void windows1252BytesOfATcvn3FileAreRead() {
        byte[] bytes = "KÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2024 \u2013 \u201cnh\u00AD sau\u201d".getBytes(Charset.forName("windows-1252"));
        LegacyText reading = LegacyText.ofAnsi(bytes).orElseThrow();
        assertEquals("Kế hoạch cải cách hành chính năm 2024 – “như sau”", reading.text());
        assertEquals(java.util.List.of(LegacyEncoding.TCVN3.notice()), reading.notices());
        assertTrue(LegacyText.ofAnsi("plain ASCII".getBytes(Charset.forName("windows-1252"))).isEmpty());
    }

    @Test
    void theNoticesAreVietnamese() {
        assertEquals("Kế hoạch được gõ bằng phông TCVN3 (ABC) cũ; đã tự chuyển sang Unicode, đề nghị kiểm tra lại nội dung.",
                LegacyEncoding.TCVN3.notice());
        assertEquals("Kế hoạch được gõ bằng phông VNI cũ; đã tự chuyển sang Unicode, đề nghị kiểm tra lại nội dung.",
                LegacyEncoding.VNI.notice());
    }

    @Test
    void fontNamesNameTheirEncoding() {
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnTime"));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.ofFont(".VnArialH"));
        assertTrue(LegacyEncoding.capitalsFont(".VnTimeH"));
        assertFalse(LegacyEncoding.capitalsFont(".VnTime"));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.ofFont("VNI-Times"));
        assertEquals(null, LegacyEncoding.ofFont("Times New Roman"));
        assertEquals(null, LegacyEncoding.ofFont(null));
    }
}
