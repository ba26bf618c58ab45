package vn.nhacviec.plan.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.testsupport.HostileFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The hostile files of the December 2026 review, read as a plan and as a roster: each is refused at
 * once with one line naming the limit it passes (or, when it is a real plan or roster however odd,
 * read correctly). And every plan the tests know is read without touching a limit.
 */
class HostileDocumentsTest {

    /** What the one-line refusal of each file as a plan says (the limit it names). */
    private static final Map<String, String> REFUSED_AS_PLAN = new LinkedHashMap<>();

    static {
        REFUSED_AS_PLAN.put("far-cell.xlsx", "uses 1048576 rows (limit: 20000)");
        REFUSED_AS_PLAN.put("many-rows.xlsx", "uses 60002 rows (limit: 20000)");
        REFUSED_AS_PLAN.put("far-cell.xls", "uses 65536 rows (limit: 20000)");
        REFUSED_AS_PLAN.put("huge-merged-region.xlsx", "no sheet with a task table"); // a roster, not a plan
        REFUSED_AS_PLAN.put("huge-merged-region.xls", "no sheet with a task table");
        REFUSED_AS_PLAN.put("inflating.docx", "word/document.xml inflates to more than 16 MB");
        REFUSED_AS_PLAN.put("nested-tables.docx", "nests elements more than 64 deep");
        REFUSED_AS_PLAN.put("deep-nesting.xlsx", "nests elements more than 64 deep");
        REFUSED_AS_PLAN.put("ruled-2000-pages.pdf", "it has 2000 pages (limit: 200)");
        REFUSED_AS_PLAN.put("ruled-page.pdf", "page 1 draws more than 3000 straight lines");
        REFUSED_AS_PLAN.put("dense-text.pdf", "page 1 draws more than 30000 characters");
        REFUSED_AS_PLAN.put("flate-bomb.pdf", "one of its streams inflates to more than 16 MB");
        REFUSED_AS_PLAN.put("garbage-word-stream.doc", "cannot be read");
        REFUSED_AS_PLAN.put("not-a-document.zip", "ke-hoach.txt inflates to more than 16 MB");
        REFUSED_AS_PLAN.put("giant-line.csv", "a line of it has 5000002 fields (limit: 256 columns)");
        REFUSED_AS_PLAN.put("giant-line.txt", "line 2 is 3000000 characters long (limit: 200000)");
        REFUSED_AS_PLAN.put("wide-row.txt", "line 2 has more than 256 tab-separated columns");
    }

    private static Map<String, byte[]> files;

    @BeforeAll
    static void makeTheFiles() {
        files = new LinkedHashMap<>();
        HostileFiles.all().forEach((name, file) -> files.put(name, file.get()));
    }

    @Test
    void everyHostileFileIsRefusedAsAPlanAtOnceWithOneLineNamingTheLimit() {
        for (Map.Entry<String, String> expected : REFUSED_AS_PLAN.entrySet()) {
            String name = expected.getKey();
            PlanFileException refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(PlanFileException.class, () -> PlanFile.fromBytes(name, files.get(name))), name);
            assertTrue(refused.getMessage().contains(expected.getValue()), name + ": " + refused.getMessage());
            assertEquals(1, refused.getMessage().lines().count(), refused.getMessage());
            assertTrue(refused.getMessage().length() < 300, refused.getMessage());
            assertFalse(refused.forUser().isBlank());
            assertEquals(1, refused.forUser().lines().count(), refused.forUser());
        }
    }

    @Test
    void aRefusalPastALimitTellsTheOfficerInVietnameseWhichLimit() {
        PlanFileException pages = assertThrows(PlanFileException.class,
                () -> PlanFile.fromBytes("x.pdf", files.get("ruled-2000-pages.pdf")));
        assertTrue(pages.forUser().startsWith("tệp có 2000 trang, vượt giới hạn 200 trang"), pages.forUser());
        PlanFileException rows = assertThrows(PlanFileException.class,
                () -> PlanFile.fromBytes("x.xlsx", files.get("far-cell.xlsx")));
        assertTrue(rows.forUser().contains("dùng tới 1048576 dòng, vượt giới hạn 20000 dòng"), rows.forUser());
    }

    @Test
    void everyKindOfTheReviewIsCovered() {
        assertEquals(files.keySet().stream().filter(n -> !n.equals("huge-cell.xlsx") && !n.equals("truncated.doc")).sorted().toList(),
                REFUSED_AS_PLAN.keySet().stream().sorted().toList());
        assertTrue(files.size() >= 14);
    }

    @Test
    void aTaskLongerThanAnExcelCellIsStillAPlan() {
        PlanSource source = PlanFile.fromBytes("huge-cell.xlsx", files.get("huge-cell.xlsx"));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source, 2024);
        assertEquals(1, plan.tasks().size());
        assertEquals(HostileFiles.HUGE_TASK.strip(), plan.tasks().get(0).content());
    }

    @Test
    void aTruncatedWordFileIsReadAsFarAsItGoesOrRefusedInOneLine() {
        try {
            PlanSource source = PlanFile.fromBytes("truncated.doc", files.get("truncated.doc"));
            assertFalse(source.text().isBlank());
        } catch (PlanFileException e) {
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void asARosterTheHostileSheetsAreRefusedAsAWholeAndTheMergedRegionIsReadClipped() {
        for (String name : List.of("far-cell.xlsx", "many-rows.xlsx", "far-cell.xls", "inflating.docx", "nested-tables.docx",
                "deep-nesting.xlsx", "not-a-document.zip")) {
            RosterFile.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> RosterFile.read(name, files.get(name), "Sơn Kỳ"), name);
            assertFalse(reading.isRoster(), name);
            assertEquals(1, reading.problems().size(), name);
            assertTrue(reading.problems().get(0).wholeFile(), name + ": " + reading.problems());
            assertTrue(reading.problems().get(0).message().contains("is refused: "), reading.problems().get(0).message());
            assertTrue(reading.problems().get(0).messageVi().contains("bị từ chối"), reading.problems().get(0).messageVi());
        }
        for (String name : List.of("huge-merged-region.xlsx", "huge-merged-region.xls")) {
            RosterFile.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> RosterFile.read(name, files.get(name), "Sơn Kỳ"), name);
            assertTrue(reading.isRoster(), name);
            assertEquals(List.of(), reading.problems(), name);
            assertEquals(1, reading.lines().size(), name);
            assertEquals("Nguyễn Văn Tư", reading.lines().get(0).name());
            assertEquals("Sơn Kỳ", reading.lines().get(0).commune());
        }
        RosterFile.Reading csv = RosterFile.read("giant-line.csv", files.get("giant-line.csv"), "Sơn Kỳ");
        assertFalse(csv.isRoster(), "only one column under the other delimiters: no roster header");
    }

    @Test
    void everyPlanTheTestsKnowIsReadWithinTheBudget() throws IOException {
        List<Path> plans;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/plans"))) {
            plans = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList();
        }
        assertTrue(plans.size() >= 25, plans.toString());
        PlanReader reader = new PlanReader(UnitCatalog.defaults());
        for (Path plan : plans) {
            byte[] bytes = Files.readAllBytes(plan);
            try {
                PlanSource source = PlanFile.fromBytes(plan.getFileName().toString(), bytes);
                Plan read = reader.read(source, 2024);
                // a letter copied from the web may have no plan title; it still has its tasks
                assertFalse(read.title().isBlank() && read.tasks().isEmpty(), plan.toString());
            } catch (PlanFileException e) {
                fail(plan + " was refused: " + e.getMessage());
            }
            RosterFile.Reading roster = RosterFile.read(plan.getFileName().toString(), bytes, "Sơn Kỳ");
            assertTrue(roster.problems().stream().noneMatch(p -> p.message().contains("is refused")), plan + ": " + roster);
        }
    }

    @Test
    void theWallTimeIsPartOfTheBudget() throws IOException {
        byte[] plan = Files.readAllBytes(Path.of("src/test/resources/plans/office/001-table.pdf"));
        ReadingBudget noTime = new ReadingBudget(ReadingBudget.MAX_FILE_BYTES, 16 << 20, 64 << 20, 1000, 64, 200, 30_000,
                500_000, 3000, 50, 60, 500, 200_000, 20_000, 256, 20_000, 2_000_000, 200_000, Duration.ZERO);
        PlanFileException late = assertThrows(PlanFileException.class,
                () -> DocumentText.read("001-table.pdf", DocumentKind.PDF, plan, noTime));
        assertTrue(late.getMessage().contains("reading it takes longer than 0 s"), late.getMessage());
        assertFalse(DocumentText.read("001-table.pdf", DocumentKind.PDF, plan, ReadingBudget.DEFAULT).text().isBlank());
    }
}
