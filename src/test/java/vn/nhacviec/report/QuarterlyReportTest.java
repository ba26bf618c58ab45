package vn.nhacviec.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.directory.UnitCatalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterlyReportTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static AgendaItem item(long id, int code, String numbering, MilestoneKind kind, LocalDate due,
                                   DeadlineStatus status, List<String> units, Instant doneAt, String note) {
        return new AgendaItem(id, 1, code, numbering, "Tiêu đề ngắn " + code, kind, kind == MilestoneKind.ONCE ? "" : "Thường xuyên",
                due, status, units, doneAt, doneAt == null ? null : "telegram:1", note);
    }

    private static final List<AgendaItem> ITEMS = List.of(
            // TP-HT: one done on time (done in Asia/Ho_Chi_Minh on the due day), one late, one overdue
            item(1, 5, "I.05", MilestoneKind.ONCE, LocalDate.of(2024, 2, 20), DeadlineStatus.DONE, List.of("TP-HT"),
                    Instant.parse("2024-02-20T16:30:00Z"), "đã ban hành QĐ số 5"),
            item(2, 6, "I.06", MilestoneKind.ONCE, LocalDate.of(2024, 1, 31), DeadlineStatus.DONE, List.of("TP-HT"),
                    Instant.parse("2024-02-05T02:00:00Z"), null),
            item(3, 7, "I.07", MilestoneKind.ONCE, LocalDate.of(2024, 3, 15), DeadlineStatus.OPEN, List.of("TP-HT", "VP-TK"),
                    null, null),
            // VP-TK: open, due on the as-of day: in time
            item(4, 12, "II.02", MilestoneKind.ONCE, LocalDate.of(2024, 3, 31), DeadlineStatus.OPEN, List.of("VP-TK"),
                    null, null),
            // after the quarter: not in the report
            item(5, 13, "II.03", MilestoneKind.ONCE, LocalDate.of(2024, 4, 1), DeadlineStatus.OPEN, List.of("VP-TK"),
                    null, null),
            // last year: not in the report
            item(6, 14, "II.04", MilestoneKind.ONCE, LocalDate.of(2023, 12, 31), DeadlineStatus.OPEN, List.of("VP-TK"),
                    null, null),
            // undated: listed at the end, never counted
            item(7, 20, "III.01", MilestoneKind.CONTINUOUS, null, DeadlineStatus.OPEN, List.of("VH-XH"), null, null),
            item(8, 21, "III.02", MilestoneKind.EXTERNAL, null, DeadlineStatus.OPEN, List.of(), null, null));

    private static final Map<Integer, TaskInfo> TASKS = Map.of(
            5, new TaskInfo(5, "I", "Rà soát, công bố thủ tục hành chính thuộc lĩnh vực hộ tịch năm 2024", 2024),
            12, new TaskInfo(12, "II", "Báo cáo công tác cải cách hành chính quý I", 2024));

    private static QuarterlyReport report() {
        return new QuarterlyReport(ITEMS, TASKS, UnitCatalog.defaults(), "Sơn Kỳ", 1, 2024, AS_OF, ZONE);
    }

    private static Workbook reopen(QuarterlyReport report) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(report.bytes()));
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static int[] figures(Row row) {
        int[] values = new int[5];
        for (int c = 0; c < 5; c++) {
            values[c] = (int) row.getCell(c + 1).getNumericCellValue();
        }
        return values;
    }

    @Test
    void theTaskSheetListsTheQuarterSDeadlinesThenTheUndatedOnes() throws IOException {
        try (Workbook workbook = reopen(report())) {
            Sheet sheet = workbook.getSheet(QuarterlyReport.TASKS_SHEET);
            assertNotNull(sheet);
            assertEquals(List.of("Mã việc", "Số TT", "Nội dung", "Bộ phận chủ trì", "Hạn", "Trạng thái", "Ngày hoàn thành",
                    "Ghi chú"), List.of(0, 1, 2, 3, 4, 5, 6, 7).stream()
                    .map(c -> sheet.getRow(0).getCell(c).getStringCellValue()).toList());
            List<String> codes = List.of(1, 2, 3, 4, 5, 6).stream()
                    .map(r -> sheet.getRow(r).getCell(0).getStringCellValue()).toList();
            assertEquals(List.of("#6", "#5", "#7", "#12", "#20", "#21"), codes);

            Row first = sheet.getRow(2); // #5
            assertEquals("I.05", first.getCell(1).getStringCellValue());
            assertEquals("Rà soát, công bố thủ tục hành chính thuộc lĩnh vực hộ tịch năm 2024", first.getCell(2).getStringCellValue());
            assertEquals("Tư pháp – Hộ tịch", first.getCell(3).getStringCellValue());
            Cell due = first.getCell(4);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals("dd/mm/yyyy", due.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2024, 2, 20), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Đã xong đúng hạn", first.getCell(5).getStringCellValue());
            Cell done = first.getCell(6);
            assertEquals(CellType.NUMERIC, done.getCellType());
            assertEquals("dd/mm/yyyy", done.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2024, 2, 20), done.getLocalDateTimeCellValue().toLocalDate(), "the date in Việt Nam");
            assertEquals("đã ban hành QĐ số 5", first.getCell(7).getStringCellValue());

            assertEquals("Đã xong trễ hạn", sheet.getRow(1).getCell(5).getStringCellValue());
            assertEquals("Tiêu đề ngắn 6", sheet.getRow(1).getCell(2).getStringCellValue(), "short title without content");
            assertEquals("Quá hạn", sheet.getRow(3).getCell(5).getStringCellValue());
            assertEquals("Tư pháp – Hộ tịch; Văn phòng – Thống kê", sheet.getRow(3).getCell(3).getStringCellValue());
            assertEquals("Chưa đến hạn", sheet.getRow(4).getCell(5).getStringCellValue());
            assertEquals("Thường xuyên", sheet.getRow(5).getCell(5).getStringCellValue());
            assertEquals("", sheet.getRow(5).getCell(4).getStringCellValue());
            assertEquals("Chưa có hạn", sheet.getRow(6).getCell(5).getStringCellValue());

            assertTrue(sheet.getRow(8).getCell(0).getStringCellValue().contains("31/03/2024 (hết quý)"));
        }
    }

    @Test
    void theSummaryGivesTheFourFiguresPerUnitPerSectionAndInTotal() throws IOException {
        try (Workbook workbook = reopen(report())) {
            Sheet sheet = workbook.getSheet(QuarterlyReport.SUMMARY_SHEET);
            assertEquals("Tỷ lệ hoàn thành", sheet.getRow(0).getCell(6).getStringCellValue());
            // on time, late, in time, overdue, total
            assertEquals(List.of(1, 1, 0, 1, 3), toList(figures(rowLabelled(sheet, "Tư pháp – Hộ tịch"))));
            assertEquals(List.of(0, 0, 1, 1, 2), toList(figures(rowLabelled(sheet, "Văn phòng – Thống kê"))));
            assertEquals(List.of(1, 1, 0, 1, 3), toList(figures(rowLabelled(sheet, "Mục I"))));
            assertEquals(List.of(0, 0, 1, 0, 1), toList(figures(rowLabelled(sheet, "Mục II"))));
            Row total = rowLabelled(sheet, "Tổng cộng");
            assertEquals(List.of(1, 1, 1, 1, 4), toList(figures(total)));
            assertEquals(0.5, total.getCell(6).getNumericCellValue(), 1e-9);
            assertEquals("0%", total.getCell(6).getCellStyle().getDataFormatString());
            assertEquals(0.66, rowLabelled(sheet, "Tư pháp – Hộ tịch").getCell(6).getNumericCellValue(), 1e-9,
                    "whole percent rounded down, as the bot's /tiendo");
            assertFalse(hasRow(sheet, "Văn hóa – Xã hội"), "undated items are not counted");
            assertTrue(workbook.getFontAt(rowLabelled(sheet, "Tổng cộng").getCell(0).getCellStyle().getFontIndex()).getBold());
        }
    }

    @Test
    void theTotalsAreTheBotS() {
        QuarterlyReport report = report();
        assertEquals(ProgressCounts.of(report.dated(), AS_OF, ZONE), report.total());
        assertEquals(new ProgressCounts(1, 1, 1, 1), report.total());
    }

    @Test
    void headersAreBoldAndFrozenPagesLandscapeFitToWidth() throws IOException {
        try (Workbook workbook = reopen(report())) {
            for (Sheet sheet : workbook) {
                PaneInformation pane = sheet.getPaneInformation();
                assertNotNull(pane, sheet.getSheetName());
                assertTrue(pane.isFreezePane());
                assertEquals(1, pane.getHorizontalSplitPosition());
                assertEquals(0, pane.getVerticalSplitPosition());
                assertTrue(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
                assertTrue(sheet.getPrintSetup().getLandscape());
                assertTrue(sheet.getFitToPage());
                assertEquals(1, sheet.getPrintSetup().getFitWidth());
                assertEquals(0, sheet.getPrintSetup().getFitHeight());
                assertTrue(sheet.getColumnWidth(0) > 2000);
                assertTrue(sheet.getHeader().getCenter().contains("Quý I"));
            }
            assertEquals(70 * 256, workbook.getSheet(QuarterlyReport.TASKS_SHEET).getColumnWidth(2));
        }
    }

    @Test
    void asOfIsTheQuarterEndOrTodayIfEarlier() {
        assertEquals(LocalDate.of(2024, 3, 31), QuarterlyReport.asOf(2024, 1, LocalDate.of(2024, 4, 8)));
        assertEquals(LocalDate.of(2024, 5, 2), QuarterlyReport.asOf(2024, 2, LocalDate.of(2024, 5, 2)));
        assertEquals(LocalDate.of(2024, 12, 31), QuarterlyReport.quarterEnd(2024, 4));
        QuarterlyReport early = new QuarterlyReport(ITEMS, TASKS, UnitCatalog.defaults(), "Sơn Kỳ", 1, 2024,
                LocalDate.of(2024, 3, 1), ZONE);
        assertFalse(early.atQuarterEnd());
        assertTrue(early.title().contains("01/03/2024 (hôm nay, quý chưa kết thúc)"));
        // as of 1 March, #7 (due 15/03) and #12 are still in time
        assertEquals(new ProgressCounts(1, 1, 2, 0), early.total());
    }

    @Test
    void quartersOutsideOneToFourAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new QuarterlyReport(ITEMS, TASKS, UnitCatalog.defaults(), "Sơn Kỳ", 5, 2024, AS_OF, ZONE));
        assertEquals("quarter must be 1, 2, 3 or 4 (got 5)", e.getMessage());
    }

    @Test
    void theDefaultFileNameIsFolded() {
        assertEquals("bao-cao-cchc-son-ky-Q1-2024.xlsx", QuarterlyReport.defaultFileName("Sơn Kỳ", 1, 2024));
        assertEquals("bao-cao-cchc-duc-hoa-Q4-2025.xlsx", QuarterlyReport.defaultFileName("Đức Hòa", 4, 2025));
    }

    private static boolean hasRow(Sheet sheet, String label) {
        try {
            rowLabelled(sheet, label);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static List<Integer> toList(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    void aTaskTextLongerThanAnExcelCellIsCutWithAVisibleMarkAndTheWorkbookIsStillWritten() throws IOException {
        String huge = "Rà soát thủ tục hành chính. ".repeat(1_430); // 40 040 characters
        String note = "ghi chú ".repeat(5_000);
        List<AgendaItem> items = List.of(item(1, 5, "I.05", MilestoneKind.ONCE, LocalDate.of(2024, 2, 20), DeadlineStatus.OPEN,
                List.of("TP-HT"), null, note));
        QuarterlyReport report = new QuarterlyReport(items, Map.of(5, new TaskInfo(5, "I", huge, 2024)), UnitCatalog.defaults(),
                "Sơn Kỳ", 1, 2024, AS_OF, ZONE);
        try (Workbook workbook = reopen(report)) {
            Row row = workbook.getSheet(QuarterlyReport.TASKS_SHEET).getRow(1);
            String content = row.getCell(2).getStringCellValue();
            assertEquals(QuarterlyReport.MAX_CELL_CHARS, content.length());
            assertTrue(content.endsWith(QuarterlyReport.CUT_MARKER), content.substring(content.length() - 60));
            assertTrue(huge.startsWith(content.substring(0, content.length() - QuarterlyReport.CUT_MARKER.length())));
            assertTrue(row.getCell(7).getStringCellValue().endsWith(QuarterlyReport.CUT_MARKER));
        }
        assertEquals("vừa đủ", QuarterlyReport.fitted("vừa đủ"));
        String exactly = "x".repeat(QuarterlyReport.MAX_CELL_CHARS);
        assertEquals(exactly, QuarterlyReport.fitted(exactly), "a text that fits is never cut");
    }
}
