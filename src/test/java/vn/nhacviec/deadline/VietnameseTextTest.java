package vn.nhacviec.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingRemovesDiacriticsCaseAndExtraSpace() {
        assertEquals("quy ii nam 2024", VietnameseText.fold("  Quý  II\u00A0năm\t2024 "));
        assertEquals("dia chinh - xay dung", VietnameseText.fold("Địa chính - Xây dựng"));
        assertEquals("dong", VietnameseText.fold("ĐÔNG"));
        assertEquals("ca nam", VietnameseText.fold("cả\u200Bnăm"));
        assertEquals("", VietnameseText.fold(null));
    }

    @Test
    void decomposedAndComposedTextFoldAlike() {
        String composed = "Thường xuyên trong năm, Phòng Văn hóa – Xã hội";
        assertEquals(VietnameseText.fold(composed), VietnameseText.fold(Normalizer.normalize(composed, Normalizer.Form.NFD)));
    }

    @Test
    void aTracedFoldCutsThePhraseOutOfTheOriginal() {
        TracedFold fold = TracedFold.of("Đơn vị chủ trì: Văn phòng");

        assertEquals("don vi chu tri: van phong", fold.folded());
        int at = fold.folded().indexOf("chu tri");
        assertEquals("chủ trì", fold.originalBetween(at, at + "chu tri".length()));
        assertEquals("Văn phòng", fold.originalFrom(fold.folded().indexOf("van")));
        assertEquals("", fold.originalBetween(5, 2));
        assertEquals("Đơn vị chủ trì: Văn phòng", fold.originalBetween(-3, 999));
    }

    @Test
    void aTracedFoldOfDecomposedTextCutsWholeLetters() {
        String decomposed = Normalizer.normalize("xong rồi ạ", Normalizer.Form.NFD);
        TracedFold fold = TracedFold.of(decomposed);

        assertEquals("xong roi a", fold.folded());
        assertEquals(Normalizer.normalize("rồi", Normalizer.Form.NFD), fold.originalBetween(5, 8).strip());
    }

    /** The traced folding and the word folding are one: collapsing the traced form's spaces gives the other. */
    @Test
    void theTracedFoldingIsTheWordFoldingWithItsSpacesKept() {
        Random random = new Random(20261205L);
        String alphabet = "aăâeêioôơuưyAĂÂĐđ \t\u00A0\u200B\uFEFFáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ0123456789/;-\u0301\uD83D\uDE00";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String traced = TracedFold.of(text.toString()).folded().replaceAll(" {2,}", " ").strip();
            assertEquals(VietnameseText.fold(text.toString()), traced, () -> "text " + text);
        }
    }
}
