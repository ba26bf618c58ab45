package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A plan never loses a numbered item its text visibly shows without saying so. */
class ReconciliationTest {

    private static final String HEADER = "STT\tNội dung\tChủ trì\tThời hạn";

    private static List<String> numbers(List<Reconciliation.Item> items) {
        return items.stream().map(Reconciliation.Item::number).toList();
    }

    @Test
    void theVisibleItemsOfEverySeedAndEveryTestPlanAreExactlyTheRowsRead() {
        for (int seed = 0; seed < Seeds.FILES.length; seed++) {
            String text = Seeds.text(seed);
            PlanText plan = new PlanTextReader().read(text);
            assertTrue(plan.warnings().stream().noneMatch(w -> w.startsWith("Văn bản có")), plan.warnings().toString());
        }
        for (String name : List.of("2027-phuong-tan-an-web.txt", "2027-xa-hoa-binh-ocr.txt", "2026-xa-dong-tien-tab.txt",
                "more/01_dongthap-617-cds-doanhnghiep.txt", "more/02_bvhttdl-6225-nhiemvu-cuoinam2025.txt",
                "more/03_hanoi-308-nq214-dulieu.txt", "more/04_hanoi-310-5g-iot.txt",
                "more/05_laichau-7360-luat-tieuchuan.txt")) {
            String text = PlanShapesTest.resource(name);
            PlanText plan = new PlanTextReader().read(text);
            List<Reconciliation.Item> visible = Reconciliation.visibleItems(Lines.of(text));
            assertTrue(visible.size() >= plan.rows().size() - 1, name + ": " + numbers(visible));
            assertTrue(plan.warnings().stream().noneMatch(w -> w.startsWith("Văn bản có")), name + plan.warnings());
        }
    }

    @Test
    void rowsTheReaderMissedAreAddedBackFromTheirTableLineWithAWarningNamingThem() {
        List<String> lines = List.of(HEADER, "I. Cải cách thể chế\t\t\t",
                "1\tRà soát văn bản\tTư pháp - Hộ tịch\tQuý I/2027",
                "2\tTuyên truyền pháp luật\tVăn hóa - Xã hội\tQuý II/2027",
                "3\tTự kiểm tra văn bản\tTư pháp - Hộ tịch\tTháng 9/2027");
        List<TaskRow> read = new TabTableReader().read(lines, 0, new java.util.ArrayList<>());
        List<TaskRow> partial = List.of(read.get(0));

        Reconciliation.Result result = Reconciliation.reconcile(lines, partial);

        assertEquals(List.of("1", "2", "3"), numbers(result.visible()));
        assertEquals(List.of("2", "3"), numbers(result.missing()));
        assertEquals(List.of("1", "2", "3"), result.rows().stream().map(TaskRow::number).toList());
        assertEquals(List.of("Văn bản có 3 mục nhiệm vụ đánh số nhưng chỉ đọc được 1 mục; các mục I.2, I.3 được lấy lại "
                + "nguyên văn từ văn bản, cần kiểm tra lại nội dung, đơn vị và thời hạn."), result.warnings());
        TaskRow three = result.rows().get(2);
        assertEquals("I", three.section());
        assertEquals("Tự kiểm tra văn bản", three.content());
        assertEquals("Tư pháp - Hộ tịch", three.leadText());
        assertEquals("Tháng 9/2027", three.timeText());
        assertTrue(three.warnings().get(0).startsWith("Dòng 5: mục 3 có trong văn bản nhưng không đọc được đủ"),
                three.warnings().toString());
    }

    @Test
    void numbersAreComparedAsPrintedWithoutLeadingZerosAndAsOftenAsTheyAppear() {
        List<String> lines = List.of(HEADER, "I. A\t\t\t", "01\tViệc\tVP\tQuý I/2027", "02\tViệc\tVP\tQuý I/2027",
                "II. B\t\t\t", "01\tViệc\tVP\tQuý I/2027");
        TaskRow one = new TaskRow("I", "1", "Việc", "", "VP", "", "Quý I/2027", "", List.of(), 3);
        TaskRow two = new TaskRow("I", "2", "Việc", "", "VP", "", "Quý I/2027", "", List.of(), 4);
        Reconciliation.Result result = Reconciliation.reconcile(lines, List.of(one, two));
        assertEquals(List.of("01"), numbers(result.missing()));
        assertEquals("II", result.missing().get(0).section());
        assertEquals(3, result.rows().size());
    }

    @Test
    void aPipeTableTheReaderCouldNotSplitStillKeepsEveryNumberedRow() {
        String text = String.join("\n", "KẾ HOẠCH cải cách hành chính năm 2027",
                "| STT | Nội dung | Chủ trì | Thời hạn |", "|---|---|---|---|",
                "| 1 | Rà soát | Văn phòng | Quý I/2027 |", "| 2 | Công khai | Trung tâm | Quý II/2027 |");
        assertEquals(List.of("1", "2"), numbers(Reconciliation.visibleItems(Lines.of(text))));
        assertEquals(List.of("1", "2"), numbers(Reconciliation.reconcile(Lines.of(text), List.of()).missing()));
    }

    @Test
    void proseItemsCountOnlyWhenATimeOrUnitLineFollowsThem() {
        List<String> lines = List.of("I. MỤC ĐÍCH", "1. Nâng cao chất lượng.", "II. NHIỆM VỤ", "1. Cải cách thể chế",
                "a) Rà soát văn bản", "- Thời gian thực hiện: Quý I/2027", "b) Kiểm tra văn bản",
                "- Bộ phận chủ trì: Văn phòng", "2. Công khai thủ tục", "- Thoi han: Quy II/2027");
        assertEquals(List.of("1a", "1b", "2"), numbers(Reconciliation.visibleItems(lines)));
    }

    @Test
    void aProsePlanWhoseItemsNoReaderPlacedKeepsThemWithTheWarning() {
        // Items with time lines but under no number the item reader knows ("Mục 1"): still nothing is lost
        // as long as the text shows them numbered.
        String text = "Kế hoạch năm 2027\n1) Rà soát văn bản\n- Thời hạn: Quý I/2027\n2) Kiểm tra\n- Thời hạn: Quý II/2027\n";
        PlanText plan = new PlanTextReader().read(text);
        assertEquals(List.of("1", "2"), plan.rows().stream().map(TaskRow::number).toList());
    }

    @Test
    void rowsAfterProseInsideTheTableAreAddedBackAndThePlanSaysWhichWithTheirDates() {
        String text = "Kế hoạch cải cách hành chính năm 2027\nSTT\tNội dung\tChủ trì\tThời hạn\nI. Thể chế\t\t\t\n"
                + "1\tRà soát văn bản\tVăn phòng - Thống kê\tQuý I/2027\n2\tTuyên truyền\tVăn hóa - Xã hội\tQuý II/2027\n"
                + "Lưu ý: bảng tiếp theo trang sau\n3\tKiểm tra\tTư pháp - Hộ tịch\tTháng 9/2027\n"
                + "4\tTổng kết\tVăn phòng - Thống kê\tQuý IV/2027\n";
        vn.nhacviec.plan.Plan plan = new vn.nhacviec.plan.PlanReader(vn.nhacviec.directory.UnitCatalog.defaults())
                .read(text, 2026);
        assertEquals(List.of("1", "2", "3", "4"), plan.tasks().stream().map(vn.nhacviec.plan.Task::number).toList());
        assertEquals("Văn bản có 4 mục nhiệm vụ đánh số nhưng chỉ đọc được 2 mục; các mục I.3, I.4 được lấy lại nguyên văn "
                + "từ văn bản, cần kiểm tra lại nội dung, đơn vị và thời hạn.", plan.warnings().get(0));
        assertEquals(List.of("TP-HT"), plan.tasks().get(2).lead());
        assertEquals("[2027-09-30]", plan.tasks().get(2).dueDates().toString());
    }
}
