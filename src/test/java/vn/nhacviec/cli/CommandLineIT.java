package vn.nhacviec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.PlanEdits;
import vn.nhacviec.testsupport.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as an operator uses it, in-process, on a file H2 database of its own. */
class CommandLineIT {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;
    private Path database;

    @BeforeEach
    void useOwnDatabase() {
        database = dir.resolve("db");
        System.setProperty("datasources.default.url",
                "jdbc:h2:file:" + database.toAbsolutePath() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE");
        System.setProperty("nhacviec.config-dir", dir.resolve("config").toString());
    }

    @AfterEach
    void forgetDatabase() {
        System.clearProperty("datasources.default.url");
        System.clearProperty("nhacviec.config-dir");
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = NhacViecCommand.execute(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path seed(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, Seeds.bytes(name));
        return file;
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    @Test
    void dryRunJsonHasTheAgreedShapeAndWritesNothing() throws IOException {
        Run run = run("import", seed(Seeds.SON_KY_2024).toString(), "--dry-run", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("Sơn Kỳ", json.at("/plan/commune").asText());
        assertEquals(2024, json.at("/plan/year").asInt());
        assertFalse(json.at("/plan/title").asText().isEmpty());
        assertEquals("[\"2024-03-05\",\"2024-06-05\",\"2024-09-05\",\"2024-11-30\"]",
                json.at("/plan/reportingCalendar").toString());
        JsonNode task = json.at("/tasks/3");
        for (String field : List.of("section", "number", "content", "product", "lead", "coordinating", "deadlineText",
                "milestones", "warnings")) {
            assertTrue(task.has(field), field);
        }
        assertEquals("I", task.get("section").asText());
        assertEquals("04", task.get("number").asText());
        assertEquals("[\"TP-HT\"]", task.get("lead").toString());
        assertEquals("ONCE", task.at("/milestones/0/kind").asText());
        assertEquals("[\"2024-03-01\"]", task.at("/milestones/0/due").toString());
        assertTrue(json.get("warnings").isArray());
        assertFalse(Files.exists(dir.resolve("db.mv.db")), "a dry run must not create the database");
        assertFalse(json.has("changes"), "nothing stored to compare with");
    }

    @Test
    void aDryRunOfARevisedPlanListsWhatWouldChangeAndStoresNothing() throws IOException {
        assertEquals(0, run("import", seed(Seeds.SON_KY_2024).toString()).exitCode());
        Path revised = file("dieu-chinh.txt",
                PlanEdits.withRowAtTopOfSectionOne(Seeds.text(Seeds.SON_KY_2024)).getBytes(StandardCharsets.UTF_8));

        Run dry = run("import", revised.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("Changes against the stored version: 1 added, 0 removed"), dry.out());
        assertTrue(dry.out().contains("+ I.01 new: Tổ chức hội nghị"), dry.out());
        assertTrue(dry.out().contains("~ #1 I.02 (was I.01): renumbered"), dry.out());
        JsonNode changes = new ObjectMapper().readTree(run("import", revised.toString(), "--dry-run", "--json").out())
                .get("changes");
        assertEquals(1, changes.get("added").size());
        assertEquals("I.01", changes.at("/added/0/numbering").asText());
        assertEquals(0, changes.get("removed").size());
        assertEquals(37, changes.get("changed").size());
        assertEquals("[\"RENUMBERED\"]", changes.at("/changed/0/changes").toString());
        JsonNode stored = new ObjectMapper().readTree(run("task", "list", "--commune", "son ky", "--json").out());
        assertEquals(37, stored.size(), "a dry run stores nothing");

        Run real = run("import", revised.toString());
        assertTrue(real.out().contains("1 tasks added, 37 updated, 0 removed"), real.out());
        JsonNode tasks = new ObjectMapper().readTree(run("task", "list", "--commune", "son ky", "--json").out());
        assertEquals(38, tasks.size());
        assertEquals("#1", tasks.get(0).get("code").asText());
        assertEquals("02", tasks.get(0).get("number").asText());
        assertEquals("ACTIVE", tasks.get(0).get("status").asText());
        assertEquals("#38", tasks.get(37).get("code").asText());
        assertEquals("01", tasks.get(37).get("number").asText());
    }

    @Test
    void badFilesGetOneEnglishLineAndANonZeroExit() throws IOException {
        List<Path> bad = List.of(
                dir.resolve("missing.txt"),
                file("empty.txt", new byte[0]),
                file("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}),
                file("utf16.txt", ("\uFEFFKẾ HOẠCH năm 2024").getBytes(StandardCharsets.UTF_16LE)),
                file("big.txt", new byte[11 * 1024 * 1024]));
        for (Path path : bad) {
            Run run = run("import", path.toString(), "--dry-run", "--json");
            assertEquals(1, run.exitCode(), path.toString());
            assertTrue(run.out().isEmpty(), path + " printed " + run.out());
            List<String> lines = run.err().lines().toList();
            assertEquals(1, lines.size(), path + ": " + run.err());
            assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void importingTwiceChangesNothingAndTasksAreListedWithTheirCodes() throws IOException {
        Path plan = seed(Seeds.SON_KY_2024);
        Run first = run("import", plan.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("37 tasks added"), first.out());
        Run second = run("import", plan.toString());
        assertTrue(second.out().contains("already up to date"), second.out());
        Run list = run("task", "list", "--commune", "son ky", "--json");
        JsonNode tasks = new ObjectMapper().readTree(list.out());
        assertEquals(37, tasks.size());
        assertEquals("#4", tasks.get(3).get("code").asText());
        assertEquals("2024-03-01", tasks.get(3).at("/deadlines/0/due").asText());
        assertEquals("OPEN", tasks.get(3).at("/deadlines/0/status").asText());
        assertTrue(run("plan", "list").out().contains("26/KH-UBND"));
    }

    @Test
    void remindDryRunShowsEachRecipientsDigestAndQueuesNothing() throws IOException {
        run("import", seed(Seeds.SON_KY_2024).toString());
        run("officer", "add", "--commune", "Sơn Kỳ", "--name", "Nguyễn Văn Tư", "--unit", "TP-HT");
        run("officer", "add", "--commune", "Sơn Kỳ", "--name", "Đinh Văn Chủ", "--role", "chairman");
        Run preview = run("remind", "--dry-run", "--date", "2024-04-08");
        assertEquals(0, preview.exitCode(), preview.err());
        assertTrue(preview.out().contains("=== Đinh Văn Chủ (chairman, NOT LINKED)"), preview.out());
        assertTrue(preview.out().contains("Việc cần chú ý — thứ Hai 08/04/2024"), preview.out());
        assertTrue(run("outbox", "list").out().contains("The outbox is empty."));
        Run weekend = run("remind", "--dry-run", "--date", "2024-04-06");
        assertTrue(weekend.out().contains("Nothing to send on 06/04/2024"), weekend.out());
    }

    @Test
    void theRosterRefusesUnknownCommunesAndReportsBadCsvLinesByNumber() throws IOException {
        Run unknown = run("officer", "add", "--commune", "Sơn Kỳ", "--name", "Nguyễn Văn Tư", "--unit", "TP-HT");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: unknown commune 'Sơn Kỳ'"), unknown.err());

        run("import", seed(Seeds.SON_KY_2024).toString());
        Run added = run("officer", "add", "--commune", "son ky", "--name", "Nguyễn Văn Tư", "--unit", "TP-HT");
        assertEquals(0, added.exitCode(), added.err());
        assertTrue(added.out().matches("(?s).*Nguyễn Văn Tư.*invite: /start [A-Z2-9]{10}\\s*"), added.out());

        Path csv = file("roster.csv", """
                commune,name,units,role
                Sơn Kỳ,Lê Văn Phòng,VP-TK,office
                Sơn Kỳ,Đinh Văn Chủ,,chairman
                Sơn Kỳ,Trần Văn Sai,XX-YY,officer
                Sơn Kỳ,Phạm Thị Văn,VH-XH,officer
                """.getBytes(StandardCharsets.UTF_8));
        Run imported = run("officer", "import", csv.toString());
        assertEquals(1, imported.exitCode());
        assertTrue(imported.err().contains("line 4: unknown unit 'XX-YY'"), imported.err());
        assertEquals(3, imported.out().lines().filter(l -> l.contains("/start ")).count(), imported.out());
        Run list = run("officer", "list", "--commune", "Sơn Kỳ");
        assertEquals(4, list.out().lines().count(), list.out());
        Run removed = run("officer", "remove", "--commune", "Sơn Kỳ", "Tran Van Sai");
        assertEquals(1, removed.exitCode(), "never added, so cannot be removed");
        assertEquals(0, run("officer", "remove", "--commune", "Sơn Kỳ", "Pham Thi Van").exitCode());
        assertEquals(3, run("officer", "list", "--commune", "Sơn Kỳ").out().lines().count());
    }

    @Test
    void theTasksTemplateIsWrittenOnceAndImportsAsItsTwoExamples() throws IOException {
        Run help = run("template", "tasks", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().contains("--force"), help.out());
        Path form = dir.resolve("nhiem-vu.xlsx");
        Run written = run("template", "tasks", "--out", form.toString());
        assertEquals(0, written.exitCode(), written.err());
        assertTrue(written.out().startsWith("Wrote " + form), written.out());

        Run again = run("template", "tasks", "--out", form.toString());
        assertEquals(1, again.exitCode());
        assertEquals(List.of("error: " + form + " already exists; give --force to overwrite it or --out another file"),
                again.err().lines().toList());
        assertEquals(0, run("template", "tasks", "--out", form.toString(), "--force").exitCode());
        Run unwritable = run("template", "officers", "--out", dir.resolve("no-such-dir/can-bo.xlsx").toString());
        assertEquals(1, unwritable.exitCode());
        assertEquals(1, unwritable.err().lines().count(), unwritable.err());
        assertTrue(unwritable.err().startsWith("error: cannot write "), unwritable.err());

        Run dryRun = run("import", form.toString(), "--commune", "Sơn Kỳ", "--dry-run", "--json");
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        JsonNode json = new ObjectMapper().readTree(dryRun.out());
        int year = json.at("/plan/year").asInt();
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), year,
                "the form is for the current year");
        assertEquals("Sơn Kỳ", json.at("/plan/commune").asText());
        assertEquals(2, json.get("tasks").size());
        assertEquals("[\"TP-HT\"]", json.at("/tasks/0/lead").toString());
        assertEquals("[\"" + year + "-03-01\"]", json.at("/tasks/0/dueDates").toString());
        assertEquals("[\"VP-TK\"]", json.at("/tasks/1/lead").toString());
        assertEquals("[\"" + year + "-03-31\"]", json.at("/tasks/1/dueDates").toString());
        assertEquals(0, json.at("/tasks/0/warnings").size() + json.at("/tasks/1/warnings").size(), dryRun.out());
        assertFalse(Files.exists(dir.resolve("db.mv.db")), "neither template nor a dry run opens the database");
    }

    @Test
    void officersComeInFromAnExcelRosterOfTheirCommune() throws IOException {
        run("import", seed(Seeds.SON_KY_2024).toString());
        Path form = dir.resolve("can-bo.xlsx");
        assertEquals(0, run("template", "officers", "--out", form.toString()).exitCode());
        Run imported = run("officer", "import", form.toString(), "--commune", "son ky");
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals(3, imported.out().lines().filter(l -> l.contains("/start ")).count(), imported.out());
        assertTrue(imported.out().contains("3 officers added, 0 lines refused"), imported.out());
        String list = run("officer", "list", "--commune", "Sơn Kỳ").out();
        assertTrue(list.lines().anyMatch(l -> l.contains("Lê Văn Phòng") && l.contains("office") && l.contains("MC,VP-TK")),
                list);

        byte[] roster;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String[][] rows = {{"STT", "Xã", "Họ và tên", "Bộ phận", "Chức vụ"},
                    {"1", "Sơn Kỳ", "Trần Văn Ba", "Địa chính – Xây dựng", ""},
                    {"2", "Sơn Hà", "Võ Thị Khác", "TP-HT", ""},
                    {"3", "", "Hồ Văn Sai", "VH-XH", "trưởng thôn"}};
            var sheet = workbook.createSheet("Cán bộ");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            roster = out.toByteArray();
        }
        Run partly = run("officer", "import", file("ds.xlsx", roster).toString(), "--commune", "Sơn Kỳ");
        assertEquals(1, partly.exitCode());
        assertTrue(partly.out().contains("line 2: ") && partly.out().contains("Trần Văn Ba"), partly.out());
        assertTrue(partly.out().contains("1 officers added, 2 lines refused"), partly.out());
        assertTrue(partly.err().contains("line 3: Võ Thị Khác is listed in commune 'Sơn Hà', not Sơn Kỳ"), partly.err());
        assertTrue(partly.err().contains("line 4: unknown role 'trưởng thôn'"), partly.err());

        Run unknownCommune = run("officer", "import", form.toString(), "--commune", "Sơn Hà");
        assertEquals(1, unknownCommune.exitCode());
        assertTrue(unknownCommune.err().startsWith("error: unknown commune 'Sơn Hà'"), unknownCommune.err());
        Run notARoster = run("officer", "import", file("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})
                .toString());
        assertEquals(1, notARoster.exitCode());
        assertEquals(List.of("error: scan.png is neither an Excel workbook (.xlsx/.xls) nor a CSV file"),
                notARoster.err().lines().toList());
        assertEquals(4, run("officer", "list", "--commune", "Sơn Kỳ").out().lines().count());
    }
}
