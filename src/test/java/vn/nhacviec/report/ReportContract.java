package vn.nhacviec.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.report.store.QuarterlyReports;
import vn.nhacviec.testsupport.DatabaseContract;
import vn.nhacviec.testsupport.Seeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarterly report from a real plan (seed 000, Sơn Kỳ 2024), on every supported database. */
abstract class ReportContract extends DatabaseContract {

    private static final LocalDate END_OF_Q1 = LocalDate.of(2024, 3, 31);

    private long communeId;
    private AgendaItem onTime;
    private AgendaItem late;

    @BeforeAll
    void importSeedAndCompleteTwo() {
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        bean(PlanStore.class).save(new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024), source, "test");
        communeId = bean(CommuneStore.class).require("Sơn Kỳ").id();
        AgendaStore store = bean(AgendaStore.class);
        // #5 (I.05, Tư pháp – Hộ tịch, "chậm nhất ngày 20/02/2024") done on time, #4 (I.04, "Chậm nhất là ngày
        // 01/3/2024") done three days late
        onTime = store.openOfTask(communeId, 5).get(0);
        late = store.openOfTask(communeId, 4).get(0);
        assertEquals(LocalDate.of(2024, 2, 20), onTime.due());
        assertEquals(LocalDate.of(2024, 3, 1), late.due());
        // on the due day at 23:30 in Việt Nam (16:30 UTC): still on time
        assertTrue(store.complete(onTime.deadlineId(), "test", "đã xong", onTime.due().atTime(16, 30)
                .toInstant(java.time.ZoneOffset.UTC), "test"));
        assertTrue(store.complete(late.deadlineId(), "test", null, late.due().plusDays(3).atTime(2, 0)
                .toInstant(java.time.ZoneOffset.UTC), "test"));
    }

    private QuarterlyReport q1() {
        return bean(QuarterlyReports.class).report("son ky", 1, 2024);
    }

    private Workbook open(Path file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    /** Hand count over the store's own data: dated deadlines of 2024 due by 31/03, as of 31/03. */
    private int[] handCount(String unit) {
        int[] figures = new int[5];
        for (AgendaItem item : bean(AgendaStore.class).all(communeId)) {
            if (item.due() == null || item.due().isAfter(END_OF_Q1) || item.due().getYear() < 2024
                    || (unit != null && !item.leadUnits().contains(unit))) {
                continue;
            }
            if (item.status() == DeadlineStatus.DONE) {
                LocalDate doneOn = item.doneAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
                figures[doneOn.isAfter(item.due()) ? 1 : 0]++;
            } else {
                figures[item.due().isBefore(END_OF_Q1) ? 3 : 2]++;
            }
            figures[4]++;
        }
        return figures;
    }

    private static int[] figures(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                int[] values = new int[5];
                for (int c = 0; c < 5; c++) {
                    values[c] = (int) row.getCell(c + 1).getNumericCellValue();
                }
                return values;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void theQ1ReportAgreesWithAHandCountOfTheStore(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        QuarterlyReport report = q1();
        assertEquals(END_OF_Q1, report.asOf(), "the clock says 08/04/2024: the quarter is over");
        Path file = dir.resolve(QuarterlyReport.defaultFileName(report.commune(), 1, 2024));
        Files.write(file, report.bytes());
        assertEquals("bao-cao-cchc-son-ky-Q1-2024.xlsx", file.getFileName().toString());
        try (Workbook workbook = open(file)) {
            Sheet summary = workbook.getSheet("Tổng hợp");
            assertEquals(List.of(1, 1, handCount(null)[2], handCount(null)[3], handCount(null)[4]),
                    toList(figures(summary, "Tổng cộng")));
            assertEquals(toList(handCount(null)), toList(figures(summary, "Tổng cộng")));
            for (String unit : List.of("TP-HT", "VP-TK", "MC", "VH-XH")) {
                String name = UnitCatalog.defaults().byCode(unit).orElseThrow().name();
                int[] expected = handCount(unit);
                if (expected[4] > 0) {
                    assertEquals(toList(expected), toList(figures(summary, name)), name);
                }
            }
            // read from the seed: Tư pháp – Hộ tịch leads exactly these deadlines due in Q1 2024
            assertEquals(List.of(TP_HT_Q1_ON_TIME, TP_HT_Q1_LATE, 2, TP_HT_Q1_OVERDUE, TP_HT_Q1_TOTAL),
                    toList(figures(summary, "Tư pháp – Hộ tịch")));

            Sheet tasks = workbook.getSheet("Nhiệm vụ");
            Row first = tasks.getRow(1);
            assertEquals("#" + onTime.taskCode(), first.getCell(0).getStringCellValue());
            assertEquals(onTime.numbering(), first.getCell(1).getStringCellValue());
            assertTrue(first.getCell(2).getStringCellValue().length() >= onTime.title().length() - 1,
                    "the full content, not the short title");
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(4)));
            assertEquals(onTime.due(), first.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Đã xong đúng hạn", first.getCell(5).getStringCellValue());
            assertEquals(onTime.due(), first.getCell(6).getLocalDateTimeCellValue().toLocalDate());
            long dated = bean(AgendaStore.class).all(communeId).stream()
                    .filter(i -> i.due() != null && !i.due().isAfter(END_OF_Q1)).count();
            assertEquals(dated, report.dated().size());
            assertEquals(tasks.getRow((int) dated + 1).getCell(5).getStringCellValue(),
                    QuarterlyReport.statusText(report.undated().get(0), END_OF_Q1, ZoneId.of("Asia/Ho_Chi_Minh")), "undated ones come after");
        }
    }

    @Test
    void unknownCommunesAndBadQuartersAreRefusedWithOneLine() {
        RosterException unknown = assertThrows(RosterException.class,
                () -> bean(QuarterlyReports.class).report("Sơn Kì Xa", 1, 2024));
        assertTrue(unknown.getMessage().startsWith("unknown commune 'Sơn Kì Xa'"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> bean(QuarterlyReports.class).report("Sơn Kỳ", 0, 2024));
    }

    /*
     * Read from the seed: Tư pháp – Hộ tịch leads I.04 (01/03), I.05 (20/02), I.06 and I.07 ("Quý I năm 2024
     * ban hành kế hoạch" → 31/03, and "định kỳ báo cáo" → the plan's first report date 05/03): six deadlines
     * in Q1. As of 31/03: #5 on time, #4 late, the two 31/03 plans in time, the two 05/03 reports overdue.
     */
    static final int TP_HT_Q1_ON_TIME = 1;
    static final int TP_HT_Q1_LATE = 1;
    static final int TP_HT_Q1_OVERDUE = 2;
    static final int TP_HT_Q1_TOTAL = 6;

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
