package vn.nhacviec.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanFileTest {

    @TempDir
    Path dir;

    private String refusal(byte[] bytes) throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.write(file, bytes);
        return assertThrows(PlanFileException.class, () -> PlanFile.read(file)).getMessage();
    }

    @Test
    void aMissingFileIsNamed() {
        String message = assertThrows(PlanFileException.class, () -> PlanFile.read(dir.resolve("nope.txt"))).getMessage();
        assertTrue(message.startsWith("file not found"), message);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        assertTrue(refusal(new byte[0]).contains("is empty"));
        assertTrue(refusal("  \n\t \n".getBytes(StandardCharsets.UTF_8)).contains("no text"));
    }

    @Test
    void imagesAndOfficeDocumentsAreRecognisedByTheirBytes() throws IOException {
        assertTrue(refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).contains("PNG image"));
        assertTrue(refusal(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}).contains("JPEG image"));
        assertTrue(refusal(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}).contains("executable"));
        assertTrue(refusal(new byte[] {1, 2, 0, 5, 0, 0, 7, 8, 0, 0, 0, 9}).contains("binary"));
    }

    @Test
    void damagedDocumentsAreRefusedInOneLine() throws IOException {
        String pdf = refusal("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(pdf.contains("PDF document") && pdf.contains("cannot be read"), pdf);
        String zip = refusal(new byte[] {'P', 'K', 3, 4, 20, 0});
        assertTrue(zip.contains("damaged ZIP or Office file"), zip);
        String ole = refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertTrue(ole.contains("old Office document"), ole);
        for (String message : new String[] {pdf, zip, ole}) {
            assertFalse(message.contains("\n"), message);
        }
    }

    /** What an officer who sent the file to the bot reads: the reason in Vietnamese, not the fallback. */
    private static String forUser(byte[] bytes) {
        return assertThrows(PlanFileException.class, () -> PlanFile.fromBytes("tep", bytes)).forUser();
    }

    @Test
    void everyRefusalAlsoSaysWhyInVietnamese() {
        String fallback = new PlanFileException("x").forUser();
        assertTrue(forUser(new byte[0]).contains("rỗng"));
        assertTrue(forUser(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}).contains("tệp ảnh"));
        assertTrue(forUser(new byte[] {(byte) 0xFF, (byte) 0xFE, 'K', 0}).contains("UTF-16"));
        assertTrue(forUser("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).contains("tệp PDF nhưng bị hỏng"));
        assertTrue(forUser(new byte[] {'P', 'K', 3, 4, 20, 0}).contains("bị hỏng"));
        assertTrue(forUser(windows1258("Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân xã Sơn Kỳ"))
                .contains("Windows-1258"));
        for (byte[] bytes : new byte[][] {new byte[0], {1, 2, 0, 5, 0, 0, 7, 8, 0, 0, 0, 9}, {'P', 'K', 3, 4, 20, 0}}) {
            assertFalse(forUser(bytes).equals(fallback));
        }
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsNamed() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("plan.txt"));
            zip.write("KẾ HOẠCH".getBytes(StandardCharsets.UTF_8));
        }
        String message = refusal(bytes.toByteArray());
        assertTrue(message.contains("ZIP archive but not a Word (.docx) or Excel (.xlsx)"), message);
    }

    @Test
    void aWordDocumentRenamedTxtIsStillReadAsWord() throws IOException {
        Path file = dir.resolve("ke-hoach.txt");
        Files.write(file, vn.nhacviec.testsupport.Seeds.bytes("000.docx"));
        PlanSource source = PlanFile.read(file);
        assertTrue(source.text().contains("STT\tNội dung/ Nhiệm vụ"), source.text());
        assertEquals(PlanFile.sha256(vn.nhacviec.testsupport.Seeds.bytes("000.docx")), source.sha256());
    }

    @Test
    void utf16TextIsDetectedWithOrWithoutByteOrderMark() throws IOException {
        String plan = "KẾ HOẠCH Cải cách hành chính năm 2024";
        byte[] le = ("\uFEFF" + plan).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(refusal(le).contains("UTF-16"));
        assertTrue(refusal(plan.getBytes(StandardCharsets.UTF_16BE)).contains("UTF-16"));
    }

    @Test
    void windows1258TextIsDetectedAndNamed() throws IOException {
        byte[] ansi = windows1258("Kế hoạch cải cách hành chính năm 2024 của UBND xã Sơn Kỳ");
        String message = refusal(ansi);
        assertTrue(message.contains("Windows-1258"), message);
    }

    @Test
    void aWholeWindows1258PlanIsStillRefusedNotTakenForTcvn3OrVni() throws IOException {
        String message = refusal(windows1258(vn.nhacviec.testsupport.Seeds.text(vn.nhacviec.testsupport.Seeds.SON_KY_2024)));
        assertTrue(message.contains("Windows-1258"), message);
    }

    @Test
    void aTcvn3TextFileIsConvertedAndSaysSo() {
        byte[] tcvn3 = "KÕ ho¹ch c¶i c¸ch hµnh chÝnh x· S¬n Kú n¨m 2024".getBytes(Charset.forName("windows-1252"));
        PlanSource source = PlanFile.fromBytes("ke-hoach.txt", tcvn3);
        assertEquals("Kế hoạch cải cách hành chính xã Sơn Kỳ năm 2024", source.text());
        assertEquals(1, source.notices().size());
        assertTrue(source.notices().get(0).contains("TCVN3"), source.notices().toString());
    }

    /** Windows-1258 keeps â, ê, ơ, ư… precomposed but writes tones as separate combining bytes. */
    private static byte[] windows1258(String text) {
        String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        StringBuilder cluster = new StringBuilder();
        StringBuilder tones = new StringBuilder();
        for (char c : (decomposed + " ").toCharArray()) {
            boolean tone = c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
            if (tone) {
                tones.append(c);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                cluster.append(c);
            } else {
                out.append(java.text.Normalizer.normalize(cluster, java.text.Normalizer.Form.NFC)).append(tones);
                cluster.setLength(0);
                tones.setLength(0);
                cluster.append(c);
            }
        }
        return out.toString().strip().getBytes(Charset.forName("windows-1258"));
    }

    @Test
    void otherInvalidUtf8SaysSo() throws IOException {
        assertTrue(refusal(new byte[] {'a', 'b', (byte) 0x80, (byte) 0x81, 'c'}).contains("not UTF-8"));
    }

    @Test
    void aFileOverTheLimitIsRefusedSayingTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[(int) PlanFile.MAX_BYTES + 1]);
        String message = assertThrows(PlanFileException.class, () -> PlanFile.read(big)).getMessage();
        assertTrue(message.contains("limit for a plan file is 10 MB"), message);
    }

    @Test
    void utf8WithByteOrderMarkIsReadWithoutIt() {
        PlanSource source = PlanFile.fromBytes("p.txt", "\uFEFFKẾ HOẠCH".getBytes(StandardCharsets.UTF_8));
        assertEquals("KẾ HOẠCH", source.text());
        assertEquals(64, source.sha256().length());
    }
}
