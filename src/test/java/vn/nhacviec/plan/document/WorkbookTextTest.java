package vn.nhacviec.plan.document;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Task lists kept in Excel (.xlsx, .xls) or CSV: two sections, four tasks, columns in a shuffled order. */
class WorkbookTextTest {

    private static final String[] HEADER = {"STT", "Nội dung/ Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Sản phẩm", "Ghi chú"};

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    static byte[] workbook(Workbook wb, boolean withDates) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Phụ lục");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            int r = 0;
            Row header = sheet.createRow(r++);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            section(sheet, r++, "I. Cải cách thể chế");
            task(sheet, r++, 1, "Rà soát văn bản quy phạm pháp luật", "Tư pháp - Hộ tịch", "Các bộ phận CM", "Chậm nhất là ngày 01/3/2024", "Báo cáo");
            Row second = task(sheet, r++, 2, "Hệ thống hóa văn bản", "Văn phòng - Thống kê", "", "", "Báo cáo kết quả");
            if (withDates) {
                second.getCell(4).setCellValue(LocalDate.of(2024, 3, 31));
                second.getCell(4).setCellStyle(date);
            } else {
                second.getCell(4).setCellValue("31/03/2024");
            }
            section(sheet, r++, "II. Cải cách thủ tục hành chính");
            task(sheet, r++, 3, "Niêm yết, công khai TTHC", "Văn phòng - Thống kê", "", "Thường xuyên", "Thủ tục được niêm yết");
            task(sheet, r, 4, "Kiểm soát TTHC", "Tư pháp - Hộ tịch", "", "Trước ngày 15/6/2024", "Kế hoạch");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void section(Sheet sheet, int r, String title) {
        sheet.createRow(r).createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.length - 1));
    }

    private static Row task(Sheet sheet, int r, int number, String content, String lead, String coordinating,
                            String time, String product) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(number);
        row.createCell(1).setCellValue(content);
        row.createCell(2).setCellValue(lead);
        row.createCell(3).setCellValue(coordinating);
        row.createCell(4).setCellValue(time);
        row.createCell(5).setCellValue(product);
        return row;
    }

    private void checkFourTasks(PlanSource source) {
        Plan plan = reader.read(source.text(), 2000);
        assertEquals(2024, plan.year(), source.text());
        assertEquals(List.of("I | 1 | [TP-HT] | [2024-03-01]", "I | 2 | [VP-TK] | [2024-03-31]",
                "II | 3 | [VP-TK] | []", "II | 4 | [TP-HT] | [2024-06-15]"), DocxTextTest.summary(plan), source.text());
        assertEquals("Rà soát văn bản quy phạm pháp luật", plan.tasks().get(0).content());
        assertEquals("Báo cáo", plan.tasks().get(0).product());
    }

    @Test
    void anXlsxTaskListIsReadWithItsDateCells() throws IOException {
        PlanSource source = PlanFile.fromBytes("nhiem-vu.xlsx", workbook(new XSSFWorkbook(), true));
        assertTrue(source.text().startsWith("Kế hoạch cải cách hành chính năm 2024\n"), source.text());
        assertTrue(source.text().contains("\t31/03/2024\t"), "a date cell is written dd/MM/yyyy");
        checkFourTasks(source);
    }

    @Test
    void aWorkbookTypedInTcvn3IsConvertedAndSaysSo() throws IOException {
        byte[] unicode = workbook(new XSSFWorkbook(), false);
        byte[] tcvn3;
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(unicode));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Row row : wb.getSheetAt(0)) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        cell.setCellValue(LegacyVietnamese.encode(cell.getStringCellValue(), LegacyEncoding.TCVN3, false));
                    }
                }
            }
            wb.write(out);
            tcvn3 = out.toByteArray();
        }
        PlanSource source = PlanFile.fromBytes("nhiem-vu-abc.xlsx", tcvn3);
        checkFourTasks(source);
        assertEquals(List.of(LegacyEncoding.TCVN3.notice()), source.notices());
    }

    @Test
    void anOldXlsTaskListIsReadTheSameWay() throws IOException {
        checkFourTasks(PlanFile.fromBytes("nhiem-vu.xls", workbook(new HSSFWorkbook(), true)));
    }

    @Test
    void aCsvTaskListIsReadTheSameWay() {
        String csv = String.join("\n",
                String.join(";", HEADER),
                "I. Cải cách thể chế;;;;;;",
                "1;Rà soát văn bản quy phạm pháp luật;Tư pháp - Hộ tịch;Các bộ phận CM;Chậm nhất là ngày 01/3/2024;Báo cáo;",
                "2;Hệ thống hóa văn bản;Văn phòng - Thống kê;;31/03/2024;Báo cáo kết quả;",
                "II. Cải cách thủ tục hành chính;;;;;;",
                "3;\"Niêm yết, công khai TTHC\";Văn phòng - Thống kê;;Thường xuyên;Thủ tục được niêm yết;",
                "4;Kiểm soát TTHC;Tư pháp - Hộ tịch;;Trước ngày 15/6/2024;Kế hoạch;") + "\n";
        checkFourTasks(PlanFile.fromBytes("nhiem-vu.csv", csv.getBytes(StandardCharsets.UTF_8)));
        checkFourTasks(PlanFile.fromBytes("nhiem-vu.csv", csv.replace(';', ',').replace("\"Niêm yết, công khai TTHC\"", "\"Niêm yết, công khai TTHC\"")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutAnyYearTheTitleTakesTheCurrentYear() {
        String csv = "STT,Nội dung,Chủ trì,Thời gian\n1,Niêm yết TTHC,Văn phòng - Thống kê,Thường xuyên\n";
        String text = PlanFile.fromBytes("x.csv", csv.getBytes(StandardCharsets.UTF_8)).text();
        assertTrue(text.startsWith("Kế hoạch cải cách hành chính năm " + Year.now().getValue() + "\n"), text);
    }

    @Test
    void textPlansAndRosterFilesAreNotTakenForCsvTaskLists() {
        for (String seed : List.of(vn.nhacviec.testsupport.Seeds.SON_KY_2024, vn.nhacviec.testsupport.Seeds.SON_HA_2025,
                vn.nhacviec.testsupport.Seeds.TAY_THUAN_2025, vn.nhacviec.testsupport.Seeds.SON_KY_OCR_2024,
                vn.nhacviec.testsupport.Seeds.ANH_SON_2024)) {
            String text = vn.nhacviec.testsupport.Seeds.text(seed);
            assertEquals(text.startsWith("\uFEFF") ? text.substring(1) : text,
                    PlanFile.fromBytes(seed, vn.nhacviec.testsupport.Seeds.bytes(seed)).text(), seed);
        }
        String roster = "commune,name,units,role\nSơn Kỳ,Nguyễn Văn Tư,TP-HT,officer\n";
        assertEquals(roster, PlanFile.fromBytes("can-bo.csv", roster.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void aWorkbookWithoutATaskTableIsRefused() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Bảng lương");
            wb.write(out);
            bytes = out.toByteArray();
        }
        String message = assertThrows(PlanFileException.class, () -> PlanFile.fromBytes("luong.xlsx", bytes)).getMessage();
        assertTrue(message.contains("no sheet with a task table"), message);
    }
}
