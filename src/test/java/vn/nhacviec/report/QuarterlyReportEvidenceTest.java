package vn.nhacviec.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
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

class QuarterlyReportEvidenceTest {

    @Test
    void theTaskSheetListsEachDeadlinesEvidenceInItsLastColumn() throws IOException {
        List<AgendaItem> items = List.of(
                new AgendaItem(1, 1, 5, "I.05", "Rà soát", MilestoneKind.ONCE, "", LocalDate.of(2024, 2, 20),
                        DeadlineStatus.DONE, List.of("TP-HT"), Instant.parse("2024-02-20T03:00:00Z"), "telegram:1", null),
                new AgendaItem(2, 1, 6, "I.06", "Báo cáo", MilestoneKind.ONCE, "", LocalDate.of(2024, 3, 20),
                        DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null));
        QuarterlyReport report = new QuarterlyReport(items, Map.of(), Map.of(1L, "ảnh «anh-7.jpg»; Văn bản số 12/QĐ-UBND"),
                UnitCatalog.defaults(), "Sơn Kỳ", 1, 2024, LocalDate.of(2024, 3, 31), ZoneId.of("Asia/Ho_Chi_Minh"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.bytes()))) {
            Sheet tasks = book.getSheetAt(0);
            Row header = tasks.getRow(0);
            assertEquals("Tài liệu kiểm chứng", header.getCell(8).getStringCellValue());
            assertEquals("ảnh «anh-7.jpg»; Văn bản số 12/QĐ-UBND", tasks.getRow(1).getCell(8).getStringCellValue());
            assertEquals("", tasks.getRow(2).getCell(8).getStringCellValue());
        }
    }
}
