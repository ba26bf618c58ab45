package vn.nhacviec.plan.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PDFs made here with PDFBox: one with a text layer in DejaVu Sans, one with a ruled table drawn
 * the way Word prints it, one page with nothing on it (a scan).
 */
class PdfTextTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static final List<String> LINES = List.of(
            "UỶ BAN NHÂN DÂN XÃ SƠN KỲ",
            "Số: 26/KH-UBND",
            "Sơn Kỳ, ngày 16 tháng 02 năm 2024",
            "KẾ HOẠCH",
            "Cải cách hành chính xã Sơn Kỳ năm 2024",
            "Định kỳ báo cáo quý trước ngày 05 của tháng cuối quý.");

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (!lines.isEmpty()) {
                PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(16);
                    content.newLineAtOffset(50, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfWithATextLayerGivesItsVietnameseText() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans is not installed");
        PlanSource source = PlanFile.fromBytes("ke-hoach.pdf", pdf(LINES));
        for (String line : LINES) {
            assertTrue(source.text().contains(line), "missing \"" + line + "\" in:\n" + source.text());
        }
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2000);
        assertEquals("Sơn Kỳ", plan.commune());
        assertEquals(2024, plan.year());
        assertEquals("26/KH-UBND", plan.number());
    }

    /**
     * A ruled table drawn the way Word prints one: borders as thin filled rectangles, each word
     * placed on its own with no space drawn between words.
     */
    static byte[] wordStyleTable() throws IOException {
        float[] xs = {50, 90, 300, 450};
        float[] ys = {700, 680, 640};
        String[][] rows = {{"STT", "Nội dung", "Thời gian"}, {"01", "Rà soát văn bản quy phạm pháp luật", "Quý I năm 2024"}};
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (float y : ys) {
                    content.addRect(xs[0], y - 0.25f, xs[3] - xs[0], 0.5f);
                }
                for (float x : xs) {
                    content.addRect(x - 0.25f, ys[2], 0.5f, ys[0] - ys[2]);
                }
                content.fill();
                for (int r = 0; r < rows.length; r++) {
                    for (int c = 0; c < 3; c++) {
                        float x = xs[c] + 5;
                        float y = ys[r] - 14;
                        for (String word : rows[r][c].split(" ")) {
                            float width = font.getStringWidth(word) / 1000 * 10;
                            if (x + width > xs[c + 1] - 5) {
                                x = xs[c] + 5;
                                y -= 12;
                            }
                            content.beginText();
                            content.setFont(font, 10);
                            content.newLineAtOffset(x, y);
                            content.showText(word);
                            content.endText();
                            x += width + 3;
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aRuledTableIsReadCellByCellIntoTabRows() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans is not installed");
        String text = PlanFile.fromBytes("bang.pdf", wordStyleTable()).text();
        assertTrue(text.contains("STT\tNội dung\tThời gian\n"), text);
        assertTrue(text.contains("01\tRà soát văn bản quy phạm pháp luật\tQuý I năm 2024\n"), text);
    }

    @Test
    void aPdfWithoutATextLayerIsAScanToOcrFirst() throws IOException {
        byte[] scan = pdf(List.of());
        String message = assertThrows(PlanFileException.class, () -> PlanFile.fromBytes("scan.pdf", scan)).getMessage();
        assertEquals("scan.pdf is a scanned PDF with no text layer; run OCR first or send the Word file", message);
    }

    @Test
    void aTruncatedPdfIsRefusedInOneLine() throws IOException {
        byte[] whole = pdf(List.of());
        byte[] cut = java.util.Arrays.copyOf(whole, 40);
        String message = assertThrows(PlanFileException.class, () -> PlanFile.fromBytes("cut.pdf", cut)).getMessage();
        assertTrue(message.startsWith("cut.pdf looks like a PDF document but cannot be read"), message);
        assertTrue(!message.contains("\n"), message);
    }
}
