package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.testsupport.Seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 000.doc is 000.docx saved by LibreOffice as "MS Word 97" (see the fixtures' README). */
class DocTextTest {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    @Test
    void theOldWordVersionOfSeed000GivesTheSameTasksAsItsText() {
        PlanSource doc = PlanFile.fromBytes("000.doc", Seeds.bytes("000.doc"));
        Plan fromWord = reader.read(doc.text(), 2026);
        Plan fromText = reader.read(Seeds.text(Seeds.SON_KY_2024), 2026);
        assertEquals(DocxTextTest.summary(fromText), DocxTextTest.summary(fromWord), doc.text());
        assertEquals("Sơn Kỳ", fromWord.commune());
        assertEquals(2024, fromWord.year());
        assertEquals("26/KH-UBND", fromWord.number());
        assertEquals(fromText.calendar().dates(), fromWord.calendar().dates());
    }
}
