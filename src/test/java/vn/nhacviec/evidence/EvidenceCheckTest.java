package vn.nhacviec.evidence;

import org.junit.jupiter.api.Test;
import vn.nhacviec.testsupport.HostileFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceCheckTest {

    private final EvidenceCheck check = new EvidenceCheck(10L * 1024 * 1024);

    private static byte[] image(String format, int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = EvidenceCheckTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void photosAndOfficeDocumentsAreRecognisedFromTheirBytesNotTheirNames() throws IOException {
        assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.JPEG), check.check("bien-ban.pdf", image("jpg", 40, 30)));
        assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.PNG), check.check("x", image("png", 40, 30)));
        assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.DOCX), check.check("a.jpg", resource("/plans/000.docx")));
        assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.DOC), check.check("a", resource("/plans/000.doc")));
        assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.PDF), check.check("a", resource("/plans/office/000.pdf")));
    }

    @Test
    void aScannedPdfWithoutTextIsGoodEvidence() throws IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertEquals(new EvidenceCheck.Verdict.Accepted(EvidenceType.PDF), check.check("scan.pdf", out.toByteArray()));
        }
    }

    @Test
    void textArchivesAndProgramsAreRefusedWithTheAllowedTypes() {
        for (byte[] bytes : new byte[][] {"xong".getBytes(), {0x7F, 'E', 'L', 'F', 0, 0}, {'G', 'I', 'F', '8', '9', 'a', 0}}) {
            EvidenceCheck.Verdict verdict = check.check("f", bytes);
            assertEquals(new EvidenceCheck.Verdict.Refused(EvidenceCheck.FORBIDDEN), verdict);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        EvidenceCheck small = new EvidenceCheck(1024 * 1024);
        var verdict = assertInstanceOf(EvidenceCheck.Verdict.Refused.class, small.check("a.pdf", new byte[2 * 1024 * 1024]));
        assertTrue(verdict.reason().contains("2,0 MB") && verdict.reason().contains("quá giới hạn 1 MB"), verdict.reason());
    }

    @Test
    void everyHostileDocumentIsRefusedUnderThePlanReadingBudget() {
        for (Map.Entry<String, Supplier<byte[]>> file : HostileFiles.all().entrySet()) {
            if (file.getKey().equals("huge-cell.xlsx") || file.getKey().equals("truncated.doc")) {
                continue; // readable documents (they import as plans too, see HostileDocumentsTest): not hostile
            }
            var verdict = check.check(file.getKey(), file.getValue().get());
            assertInstanceOf(EvidenceCheck.Verdict.Refused.class, verdict, file.getKey());
        }
    }

    @Test
    void aPhotoDeclaringTooManyPixelsIsRefusedWithoutDecodingIt() throws IOException {
        byte[] png = image("png", 10, 10);
        // IHDR width and height (bytes 16..23) rewritten to 60000 x 60000; the CRC no longer matters to the header read
        byte[] huge = png.clone();
        java.nio.ByteBuffer.wrap(huge, 16, 8).putInt(60_000).putInt(60_000);
        var verdict = assertInstanceOf(EvidenceCheck.Verdict.Refused.class, check.check("anh.png", huge));
        assertTrue(verdict.reason().contains("quá lớn"), verdict.reason());
    }

    @Test
    void theFileStoreKeepsOneCopyPerChecksum() throws IOException {
        Path dir = Files.createTempDirectory("evidence-files");
        LocalEvidenceFiles files = new LocalEvidenceFiles(dir);
        byte[] bytes = image("png", 5, 5);
        String sha = vn.nhacviec.plan.PlanFile.sha256(bytes);
        String key = files.put(sha, EvidenceType.PNG, bytes);
        assertEquals(key, files.put(sha, EvidenceType.PNG, bytes));
        assertEquals(sha.substring(0, 2) + "/" + sha + ".png", key);
        try (InputStream in = files.open(key)) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void productsThatAreDocumentsAskForEvidence() {
        assertTrue(DocumentProduct.isDocument("Báo cáo"));
        assertTrue(DocumentProduct.isDocument("Kế hoạch của UBND xã"));
        assertTrue(DocumentProduct.isDocument("quyet dinh"));
        assertEquals(false, DocumentProduct.isDocument("Hội nghị"));
        assertEquals(false, DocumentProduct.isDocument(null));
    }
}
