package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table read badly never reaches the plan silently: what is left out or doubtful is said, in Vietnamese. */
class RowCheckTest {

    private static final String HEADER = "STT\tNội dung/ Nhiệm vụ\tSản phẩm\tBộ phận thực hiện\tBộ phận phối hợp\tThời gian hoàn thành\tGhi chú";

    private static PlanText read(String... lines) {
        return new PlanTextReader().read("Kế hoạch cải cách hành chính năm 2024\n" + String.join("\n", lines) + "\n");
    }

    @Test
    void aRowWithNoTextIsLeftOutAndThePlanSaysSo() {
        PlanText plan = read(HEADER,
                "I. Cải cách thể chế\t\t\t\t\t\t",
                "01\tRà soát văn bản.\tBáo cáo\tTư pháp - Hộ tịch\t\tQuý I năm 2024\t",
                "02\t\t\t\t\t\t",
                "03\tTuyên truyền pháp luật.\tKế hoạch\tVăn hóa - Xã hội\t\tThường xuyên\t");
        assertEquals(List.of("I.01", "I.03"), Seeds.keys(plan));
        assertTrue(plan.warnings().contains("Dòng 5: bỏ qua một dòng trong bảng không có chữ nào (số thứ tự 02)."),
                plan.warnings().toString());
    }

    @Test
    void aRowWithoutTaskTextKeepsAWarning() {
        PlanText plan = read(HEADER,
                "01\t\tBáo cáo\tTư pháp - Hộ tịch\t\tQuý I năm 2024\t");
        assertEquals(1, plan.rows().size());
        assertTrue(plan.rows().get(0).warnings().contains(
                "Dòng 3: nhiệm vụ không có nội dung; cần kiểm tra lại bảng trong kế hoạch."), plan.rows().get(0).warnings().toString());
    }

    @Test
    void aPdfTableWhoseCellsCannotBeToldApartIsFlaggedAndKept() {
        // The text layer of a ruled Word table with short lead cells: every cell broken over lines,
        // no "Công chức …" cell, the row numbers on the same line as the first words.
        PlanText plan = read("PHỤ LỤC", "STT Nội dung/", "Nhiệm vụ", "Sản phẩm Bộ phận", "thực hiện",
                "I. Cải cách thể chế", "01 Rà soát", "văn bản.", "Báo cáo Tư pháp-", "Hộ tịch xã.", "Quý I năm 2024");
        assertEquals(PlanShape.PDF_TABLE, plan.shape());
        assertEquals(1, plan.rows().size());
        assertTrue(plan.rows().get(0).content().contains("Rà soát văn bản."), "nothing vanishes");
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("Không đọc được bảng nhiệm vụ: không dòng nào có số thứ tự")),
                plan.warnings().toString());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("không tách được các cột của bảng nhiệm vụ")),
                plan.warnings().toString());
    }
}
