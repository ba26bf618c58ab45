package vn.nhacviec.plan.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.testsupport.Seeds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 000 typed in legacy fonts (fixtures made as the fixtures' README says) imports as the
 * same plan as its Unicode text, with the notice first among the plan's warnings.
 */
class LegacyPlanTest {

    private static final String TCVN3 = LegacyEncoding.TCVN3.notice();
    private static final String VNI = LegacyEncoding.VNI.notice();
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());
    private final Plan unicode = reader.read(Seeds.text(Seeds.SON_KY_2024), 2026);

    /** Section, number, content, lead, deadline text and due dates of every task. */
    static List<String> tasks(Plan plan) {
        return plan.tasks().stream().map(LegacyPlanTest::task).toList();
    }

    private static String task(Task t) {
        return String.join(" | ", t.section(), t.number(), t.content(), String.valueOf(t.lead()), t.deadlineText(),
                String.valueOf(t.dueDates()));
    }

    private void assertSeed000(PlanSource source, String notice) {
        Plan plan = reader.read(source, 2026);
        assertEquals(List.of(notice), source.notices());
        assertEquals(37, plan.tasks().size(), source.text());
        assertEquals(tasks(unicode), tasks(plan));
        assertEquals("Sơn Kỳ", plan.commune());
        assertEquals(2024, plan.year());
        assertEquals(unicode.title(), plan.title());
        assertEquals("26/KH-UBND", plan.number());
        assertEquals(unicode.calendar().dates(), plan.calendar().dates());
        assertEquals(notice, plan.warnings().get(0), "the notice comes first");
        assertEquals(unicode.warnings(), plan.warnings().subList(1, plan.warnings().size()));
    }

    @Test
    void aTcvn3WordDocumentGivesTheTasksOfTheUnicodeText() {
        assertSeed000(PlanFile.fromBytes("000-tcvn3.docx", Seeds.bytes("000-tcvn3.docx")), TCVN3);
    }

    @Test
    void aTcvn3OldWordDocumentGivesTheTasksOfTheUnicodeText() {
        assertSeed000(PlanFile.fromBytes("000-tcvn3.doc", Seeds.bytes("000-tcvn3.doc")), TCVN3);
    }

    @Test
    void aVniWordDocumentGivesTheTasksOfTheUnicodeText() {
        assertSeed000(PlanFile.fromBytes("000-vni.docx", Seeds.bytes("000-vni.docx")), VNI);
    }

    @Test
    void theWordDocumentsGiveTheSameTextAsTheUnicodeOne() {
        String docx = PlanFile.fromBytes("000.docx", Seeds.bytes("000.docx")).text();
        assertEquals(docx, PlanFile.fromBytes("000-tcvn3.docx", Seeds.bytes("000-tcvn3.docx")).text());
        assertEquals(docx, PlanFile.fromBytes("000-vni.docx", Seeds.bytes("000-vni.docx")).text());
        assertEquals(PlanFile.fromBytes("000.doc", Seeds.bytes("000.doc")).text(),
                PlanFile.fromBytes("000-tcvn3.doc", Seeds.bytes("000-tcvn3.doc")).text());
    }

    @Test
    void aDocumentThatLostItsFontNamesIsRecognisedByItsContent() throws Exception {
        String seed = Seeds.text(Seeds.SON_KY_2024);
        byte[] tcvn3 = LegacyFixtureGenerator.tcvn3(seed, "Times New Roman", "Times New Roman");
        assertSeed000(PlanFile.fromBytes("mat-phong.docx", tcvn3), TCVN3);
        byte[] vni = LegacyFixtureGenerator.vni(seed, null);
        assertSeed000(PlanFile.fromBytes("mat-phong-vni.docx", vni), VNI);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000.docx", "000.doc"})
    void aUnicodeWordDocumentHasNoNotice(String fixture) {
        assertTrue(PlanFile.fromBytes(fixture, Seeds.bytes(fixture)).notices().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025, Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024})
    void theSeedTextsComeOutUnchangedAndWithoutNotice(String seed) {
        PlanSource source = PlanFile.fromBytes(seed, Seeds.bytes(seed));
        assertEquals(Seeds.text(seed), source.text());
        assertTrue(source.notices().isEmpty());
        assertEquals(reader.read(Seeds.text(seed), 2026), reader.read(source, 2026));
    }

    @Test
    void aTcvn3TextFileSavedFromWordIsConvertedInsteadOfRefused() {
        String ansi = LegacyVietnamese.encode(Seeds.text(Seeds.SON_KY_2024), LegacyEncoding.TCVN3, true);
        byte[] bytes = ansi.getBytes(WINDOWS_1252);
        assertEquals(ansi, new String(bytes, WINDOWS_1252), "every character has its Windows-1252 byte");
        PlanSource source = PlanFile.fromBytes("ke-hoach.txt", bytes);
        assertEquals(Seeds.text(Seeds.SON_KY_2024), source.text(), "capitals guessed back without the fonts");
        assertSeed000(source, TCVN3);
    }

    @Test
    void aVniTextFileSavedFromWordIsConvertedInsteadOfRefused() {
        byte[] bytes = LegacyVietnamese.encode(Seeds.text(Seeds.SON_KY_2024), LegacyEncoding.VNI, false).getBytes(WINDOWS_1252);
        PlanSource source = PlanFile.fromBytes("ke-hoach.txt", bytes);
        assertEquals(Seeds.text(Seeds.SON_KY_2024), source.text());
        assertSeed000(source, VNI);
    }

    @Test
    void tcvn3TextPastedIntoAUtf8FileIsConvertedToo() {
        String pasted = LegacyVietnamese.encode(Seeds.text(Seeds.SON_KY_2024), LegacyEncoding.TCVN3, true);
        assertSeed000(PlanFile.fromBytes("dan.txt", pasted.getBytes(java.nio.charset.StandardCharsets.UTF_8)), TCVN3);
    }

    @Test
    void aSoftHyphenSavedByLibreOfficeIsTheTcvn3U() throws Exception {
        // LibreOffice writes TCVN3's ư (0xAD) into a .docx as <w:softHyphen/>, which POI's text leaves out
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun run = doc.createParagraph().createRun();
            run.setFontFamily(".VnTime");
            run.setText("KÕ ho¹ch c¶i c¸ch hµnh chÝnh nh");
            run.getCTR().addNewSoftHyphen();
            run.getCTR().addNewT().setStringValue(" sau");
            doc.write(out);
            PlanSource source = PlanFile.fromBytes("lo.docx", out.toByteArray());
            assertEquals("Kế hoạch cải cách hành chính như sau\n", source.text());
            assertEquals(List.of(TCVN3), source.notices());
            try (XWPFDocument check = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
                assertEquals("KÕ ho¹ch c¶i c¸ch hµnh chÝnh nh sau", check.getParagraphs().get(0).getText(), "what POI alone gives");
            }
        }
    }
}
