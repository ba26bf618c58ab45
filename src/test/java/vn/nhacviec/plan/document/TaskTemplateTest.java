package vn.nhacviec.plan.document;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.Task;
import vn.nhacviec.sheet.FormSheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The task-list form imports as exactly its two example tasks, in the year it was made for. */
class TaskTemplateTest {

    private static final String NO_CALENDAR =
            "Kế hoạch không nêu lịch gửi báo cáo định kỳ; các việc \"định kỳ báo cáo\" cần người đặt ngày.";

    @Test
    void theTemplateImportsAsItsTwoExampleTasks() {
        for (int year : new int[] {2026, 2031}) {
            Plan plan = new PlanReader(UnitCatalog.defaults())
                    .read(PlanFile.fromBytes(TaskTemplate.FILE_NAME, TaskTemplate.xlsx(year)).text(), 1999);
            assertEquals(year, plan.year(), "the year comes from the title row, not the fallback");
            assertEquals("", plan.commune(), "a form names no commune: --commune gives it");
            assertEquals(List.of(NO_CALENDAR), plan.warnings());
            assertEquals(2, plan.tasks().size(), plan.tasks().toString());
            Task first = plan.tasks().get(0);
            Task second = plan.tasks().get(1);
            assertEquals(List.of("I", "1", "[TP-HT]", "[VP-TK]", "[" + LocalDate.of(year, 3, 1) + "]"),
                    List.of(first.section(), first.number(), first.lead().toString(), first.coordinating().toString(),
                            first.dueDates().toString()));
            assertEquals(List.of("I", "2", "[VP-TK]", "[TP-HT]", "[" + LocalDate.of(year, 3, 31) + "]"),
                    List.of(second.section(), second.number(), second.lead().toString(), second.coordinating().toString(),
                            second.dueDates().toString()));
            assertEquals("Báo cáo kết quả rà soát", first.product());
            List<String> taskWarnings = new ArrayList<>();
            plan.tasks().forEach(t -> taskWarnings.addAll(t.warnings()));
            assertEquals(List.of(), taskWarnings);
        }
    }

    @Test
    void theHeaderIsBoldFrozenAndPrintedOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TaskTemplate.xlsx(2026)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Kế hoạch cải cách hành chính năm 2026", sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(FormSheet.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(TaskTemplate.HEADERS, headers);
            Font font = workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex());
            assertTrue(font.getBold());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertEquals(FormSheet.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(List.of(FormSheet.HEADER_ROW, FormSheet.HEADER_ROW),
                    List.of(sheet.getRepeatingRows().getFirstRow(), sheet.getRepeatingRows().getLastRow()));
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0) * 5, "the content column is the wide one");
            assertEquals(FormSheet.INSTRUCTIONS_SHEET, workbook.getSheetAt(1).getSheetName());
        }
    }
}
