package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.testsupport.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxTextTest {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    static List<String> summary(Plan plan) {
        return plan.tasks().stream().map(DocxTextTest::summary).toList();
    }

    static String summary(Task t) {
        return t.section() + " | " + t.number() + " | " + t.lead() + " | " + t.dueDates();
    }

    @Test
    void theWordVersionOfSeed000GivesTheSameTasksAsItsText() {
        PlanSource docx = PlanFile.fromBytes("000.docx", Seeds.bytes("000.docx"));
        Plan fromWord = reader.read(docx.text(), 2026);
        Plan fromText = reader.read(Seeds.text(Seeds.SON_KY_2024), 2026);
        assertEquals(37, fromWord.tasks().size());
        assertEquals(summary(fromText), summary(fromWord));
        assertEquals("Sơn Kỳ", fromWord.commune());
        assertEquals(2024, fromWord.year());
        assertEquals("26/KH-UBND", fromWord.number());
        assertEquals(fromText.calendar().dates(), fromWord.calendar().dates());
        assertEquals(64, docx.sha256().length());
    }

    @Test
    void aPasswordProtectedWordFileIsRefusedInOneLine() throws Exception {
        org.apache.poi.poifs.crypt.EncryptionInfo info =
                new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
        org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("matkhau");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            try (java.io.OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Seeds.bytes("000.docx"));
            }
            fs.writeFilesystem(out);
        }
        String message = org.junit.jupiter.api.Assertions.assertThrows(vn.nhacviec.plan.PlanFileException.class,
                () -> PlanFile.fromBytes("khoa.docx", out.toByteArray())).getMessage();
        assertEquals("khoa.docx is a password-protected Office document; send it without the password", message);
    }

    @Test
    void mergedCellsKeepTheColumnsInPlace() {
        String text = PlanFile.fromBytes("000.docx", Seeds.bytes("000.docx")).text();
        assertTrue(text.contains("\nI. Cải cách thể chế\t\t\t\t\t\t\n"), "a section row spans the 7 columns");
        assertTrue(text.lines().anyMatch(l -> l.startsWith("\t") && l.split("\t", -1).length == 7),
                "a continued row starts with the empty (vertically merged) STT cell");
    }
}
