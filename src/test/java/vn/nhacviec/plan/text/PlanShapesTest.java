package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanReader;

/**
 * Plans in the shapes they really arrive in, beyond the seeds: every task row, exactly (section, number,
 * lead as written, time cell), and the due dates of the rows whose time phrase is unambiguous.
 */
class PlanShapesTest {

    static String resource(String name) {
        try (InputStream in = PlanShapesTest.class.getResourceAsStream("/plans/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "section|number|lead|time" per row, time list items joined by " / ". */
    private static List<String> rows(PlanText plan) {
        return plan.rows().stream().map(r -> r.section() + "|" + r.number() + "|" + r.leadText() + "|"
                + r.timeText().replace("\n", " / ")).toList();
    }

    private static String dueDates(Plan plan) {
        return plan.tasks().stream().map(t -> t.numbering() + "=" + t.dueDates().stream().map(Object::toString)
                .collect(Collectors.joining(","))).collect(Collectors.joining(" "));
    }

    @Test
    void aWardPlanCopiedFromAWebPageWithAPipeTableAndNestedNumberingGivesEveryTask() {
        String text = resource("2027-phuong-tan-an-web.txt");
        PlanText plan = new PlanTextReader().read(text);
        String vp = "Văn phòng HĐND và UBND phường";
        String tt = "Trung tâm Phục vụ hành chính công phường";
        assertEquals(List.of(
                "I|1|" + vp + "|Quý I/2027",
                "I|2.1|" + vp + "|Tháng 02/2027",
                "I|2.2|" + vp + "|Quý III năm 2027",
                "II|3a|" + tt + "|Thường xuyên",
                "II|3b|" + tt + "|Trong vòng 05 ngày làm việc; chậm nhất trước 31/12/2027",
                "II|4|" + tt + "|Trước ngày 30/6/2027",
                "III|5|" + vp + "|Quý II/2027",
                "III|6|" + vp + "|Tháng 12/2027",
                "IV|7|" + vp + "|Thường xuyên trong năm 2027",
                "IV|7.1|" + vp + "|Quý IV/2027",
                "IV|8|Phòng Văn hóa - Xã hội|Hằng tháng (trước ngày 20)"), rows(plan));
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
        TaskRow four = plan.rows().get(5);
        assertEquals("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", four.content());
        assertEquals("Phòng Văn hóa - Xã hội", four.coordinatingText());
        assertEquals("Theo chỉ tiêu của tỉnh", four.notes());
        assertEquals("Đánh giá, xếp loại công chức theo kết quả công việc hằng quý theo quy định",
                plan.rows().get(7).content());
        assertEquals("Phòng Kinh tế, Hạ tầng và Đô thị", plan.rows().get(6).coordinatingText());

        Plan read = new PlanReader(UnitCatalog.defaults()).read(text, 2026);
        assertEquals(2027, read.year());
        assertTrue(dueDates(read).contains("I.1=2027-03-31 I.2.1=2027-02-28 I.2.2=2027-09-30 "), dueDates(read));
        assertTrue(dueDates(read).contains("II.4=2027-06-30 III.5=2027-06-30 III.6=2027-12-31 "), dueDates(read));
        assertTrue(dueDates(read).contains("IV.7.1=2027-12-31 "), dueDates(read));
    }

    @Test
    void anOcrCommunePlanWithLabelledLinesInAnyOrderAndNoDiacriticsGivesEveryTask() {
        String text = resource("2027-xa-hoa-binh-ocr.txt");
        PlanText plan = new PlanTextReader().read(text);
        assertEquals(PlanShape.ITEMS, plan.shape());
        String vp = "Van phong HDND va UBND xa";
        String tt = "Trung tam Phuc vu hanh chinh cong xa";
        assertEquals(List.of(
                "1|1a|" + vp + "|Quy I nam 2027",
                "1|1b|" + vp + "|Truoc ngay 30/6/2027",
                "1|1c|" + vp + "|thang 11 nam 2027",
                "2|2.1|" + tt + "|Thuong xuyen trong nam 2027",
                "2|2.2|" + tt + "|Hang thang, truoc ngay 25",
                "3|3|Phong Van hoa - Xa hoi|Quy II/2027",
                "4|4a|" + vp + "|Thuong xuyen",
                "4|4b|Phong Van hoa - Xa hoi|Quy III nam 2027",
                "4|4c||"), rows(plan));
        assertEquals("Cac phong chuyen mon", plan.rows().get(0).coordinatingText());
        assertEquals("Doan Thanh nien xa", plan.rows().get(7).coordinatingText());
        assertEquals("Thu tuc hanh chinh duoc niem yet day du", plan.rows().get(3).product());
        assertEquals("Ty le ho so dung han dat 98%", plan.rows().get(4).product());
        assertTrue(plan.rows().get(8).warnings().stream().anyMatch(w -> w.contains("Tong ket cong tac")),
                plan.rows().get(8).warnings().toString());

        Plan read = new PlanReader(UnitCatalog.defaults()).read(text, 2026);
        assertEquals(2027, read.year());
        assertTrue(dueDates(read).startsWith("1a=2027-03-31 1b=2027-06-30 1c=2027-11-30 2.1= "), dueDates(read));
        assertTrue(dueDates(read).contains("3=2027-06-30 4a= 4b=2027-09-30"), dueDates(read));
    }

    @Test
    void aTabTableWithPageNumbersRepeatedHeadersAndRowsCutByPageBreaksGivesEveryTask() {
        PlanText plan = new PlanTextReader().read(resource("2026-xa-dong-tien-tab.txt"));
        assertEquals(List.of("I.1", "I.2", "I.3", "II.4", "II.5", "II.6", "III.7", "III.8", "IV.9", "IV.10", "IV.11"),
                Seeds.keys(plan));
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
        assertEquals("Tổ chức Ngày Pháp luật Việt Nam và tuyên truyền trên Đài truyền thanh xã", plan.rows().get(2).content());
        assertEquals("Báo cáo khảo sát định kỳ 6 tháng", plan.rows().get(5).product());
        assertEquals("Quý IV/2026", plan.rows().get(10).timeText());
        assertTrue(plan.rows().stream().allMatch(r -> r.warnings().isEmpty()));
    }

    // ---- the five "plans-more" plans of the project material, copied to src/test/resources/plans/more

    private static PlanText more(String name) {
        return new PlanTextReader().read(resource("more/" + name));
    }

    @Test
    void dongThapAppendixTableInBlocksGivesItsElevenTasksInFourSections() {
        PlanText plan = more("01_dongthap-617-cds-doanhnghiep.txt");
        assertEquals(List.of("I.1", "I.2", "I.3", "II.4", "II.5", "II.6", "II.7", "III.8", "IV.9", "IV.10", "IV.11"),
                Seeds.keys(plan));
        assertEquals("I|3|Sở Nội vụ|Thường xuyên, hằng năm", rows(plan).get(2));
        assertEquals("II|4|Sở KH&CN|Quí IV-2025", rows(plan).get(3));
        assertEquals("Ban Quản lý Khu kinh tế, Sở Công Thương, các doanh nghiệp viễn thông; các cơ quan, đơn vị liên quan",
                plan.rows().get(7).coordinatingText());
    }

    @Test
    void theMinistrysSevenColumnTableInsideWebsiteTextGivesItsTenTasks() {
        PlanText plan = more("02_bvhttdl-6225-nhiemvu-cuoinam2025.txt");
        assertEquals(List.of(".1", ".2", ".3", ".4", ".5", ".6", ".7", ".8", ".9", ".10"), Seeds.keys(plan));
        assertEquals("|1|Các Cục: Di sản văn hóa, Bản quyền tác giả|Tháng 12/2025", rows(plan).get(0));
        assertEquals("|7|Các đơn vị được giao xây dựng hồ sơ công bố TTHC|01/01/2026", rows(plan).get(6));
        assertEquals("|10|Các đơn vị được giao thực hiện TTHC|31/12/2025", rows(plan).get(9));
        assertEquals("Quy trình các dịch vụ công trực tuyến được rà soát, cấu trúc lại bảo đảm theo yêu cầu.",
                plan.rows().get(9).product());
    }

    @Test
    void hanoiProseItemsWithUnitAndTimeLinesGiveSevenTasksNumberedAsPrinted() {
        PlanText plan = more("03_hanoi-308-nq214-dulieu.txt");
        assertEquals(PlanShape.ITEMS, plan.shape());
        assertEquals(List.of(
                "1|1.1|Sở Khoa học và Công nghệ.|Hoàn thành trong năm 2025.",
                "1|1.2|Các Sở, ban, ngành.|Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành.",
                "2|2|Các Sở, ban, ngành Thành phố.|Hoàn thành trong năm 2025.",
                "3|3|Công an Thành phố.|Thực hiện thường xuyên.",
                "4|4.1|Các Sở, ban, ngành.|Hoàn thành trong năm 2025.",
                "4|4.2|Sở Khoa học và Công nghệ.|Hoàn thành trong năm 2025.",
                "4|4.3|Sở Khoa học và Công nghệ.|Thực hiện thường xuyên ."), rows(plan));
        assertEquals("Các Sở, ban, ngành, UBND xã, phường.", plan.rows().get(3).coordinatingText());
    }

    @Test
    void hanoiShortTableToTwoThousandThirtyGivesItsSixTasks() {
        PlanText plan = more("04_hanoi-310-5g-iot.txt");
        assertEquals(List.of(".1", ".2", ".3", ".4", ".5", ".6"), Seeds.keys(plan));
        assertEquals("|2|Ban Quản lý các khu công nghệ cao và khu công nghiệp|Quý IV/2025- Quý II/2026", rows(plan).get(1));
        assertEquals("|6|Ban Quản lý các khu công nghệ cao và khu công nghiệp|Hàng năm", rows(plan).get(5));
    }

    @Test
    void laiChauNestedProseItemsWithVaryingLabelsGiveNineTasksSomeWithoutTime() {
        PlanText plan = more("05_laichau-7360-luat-tieuchuan.txt");
        assertEquals(List.of("1.1", "2.2", "3.3.1a", "3.3.1b", "3.3.2a", "3.3.2b", "4.4", "5.5", "6.6"), Seeds.keys(plan));
        List<String> rows = rows(plan);
        assertEquals("3|3.1a|Sở Khoa học và Công nghệ.|Theo tiến độ xây dựng dự thảo văn bản của cơ quan chủ trì soạn thảo.",
                rows.get(2));
        assertEquals("4|4|Sở Khoa học và Công nghệ|Năm 2026 và các năm tiếp theo.", rows.get(6));
        assertEquals("6|6||sau khi Chiến lược tiêu chuẩn quốc gia được ban hành.", rows.get(8));
        assertEquals("", plan.rows().get(7).timeText());
        assertTrue(plan.rows().get(7).warnings().stream().anyMatch(w -> w.contains("không có dòng thời gian")));
    }

    @Test
    void aMarkdownTableWithoutOuterPipesWithASecondHeaderRowAndSectionTitlesInTheContentColumn() {
        PlanText plan = new PlanTextReader().read(String.join("\n",
                "KẾ HOẠCH cải cách hành chính năm 2027 của UBND xã Mỹ Lộc",
                "STT | Nội dung | Đơn vị thực hiện | | Thời gian hoàn thành",
                "--- | --- | --- | --- | ---",
                " | | Chủ trì | Phối hợp |",
                " | I. CẢI CÁCH THỂ CHẾ | | |",
                "1 | Rà soát văn bản | Văn phòng HĐND và UBND xã | Công an xã | Quý I/2027",
                "2 | Tuyên truyền | Phòng Văn hóa - Xã hội | | 15/3/27",
                " | II. CẢI CÁCH TTHC | | |",
                "1 | Niêm yết TTHC | Trung tâm PVHCC | | Thường xuyên",
                "Ghi chú: các phòng báo cáo định kỳ."));
        assertEquals(List.of("I|1|Văn phòng HĐND và UBND xã|Quý I/2027", "I|2|Phòng Văn hóa - Xã hội|15/3/27",
                "II|1|Trung tâm PVHCC|Thường xuyên"), rows(plan));
        assertEquals("Công an xã", plan.rows().get(0).coordinatingText());
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void proseItemsUnderPartsWithLabelsInAnyOrderAndValuesWrappedOntoTheNextLine() {
        PlanText plan = new PlanTextReader().read(String.join("\n",
                "KẾ HOẠCH",
                "Thực hiện công tác cải cách hành chính năm 2027 trên địa bàn phường Bắc Sơn",
                "",
                "Phần A. MỤC TIÊU",
                "1. Nâng cao chỉ số hài lòng.",
                "Phần B. NHIỆM VỤ CỤ THỂ",
                "1. Cải cách thể chế",
                "1.1. Rà soát văn bản quy phạm pháp luật",
                "Tiến độ: Quý I năm 2027",
                "Cơ quan chủ trì: Văn phòng HĐND và UBND phường",
                "1.2. Kiểm tra văn bản",
                "Đơn vị phối hợp: Công an phường",
                "Người thực hiện: Công chức Tư pháp - Hộ tịch",
                "Thời hạn hoàn thành: trước ngày 30 tháng 6",
                "năm 2027",
                "2. Cải cách thủ tục hành chính",
                "a) Niêm yết thủ tục",
                "Kết quả: Danh mục TTHC",
                "Bộ phận thực hiện: Trung tâm Phục vụ hành chính công phường",
                "Thời gian: Thường xuyên",
                "b) Số hóa hồ sơ",
                "Thời gian thực hiện: Tháng Chín năm 2027",
                "Đơn vị chủ trì: Trung tâm Phục vụ hành chính công phường"));
        assertEquals(List.of(
                "1|1.1|Văn phòng HĐND và UBND phường|Quý I năm 2027",
                "1|1.2|Công chức Tư pháp - Hộ tịch|trước ngày 30 tháng 6 năm 2027",
                "2|2a|Trung tâm Phục vụ hành chính công phường|Thường xuyên",
                "2|2b|Trung tâm Phục vụ hành chính công phường|Tháng Chín năm 2027"), rows(plan));
        assertEquals("Công an phường", plan.rows().get(1).coordinatingText());
        assertEquals("Danh mục TTHC", plan.rows().get(2).product());
    }

    @Test
    void theOcrPlanReadsTheSameWhenOcrLosesTheLabelsColonsAndLeavesPageNumbers() {
        String text = resource("2027-xa-hoa-binh-ocr.txt");
        String damaged = text.replace("thuc hien: ", "thuc hien ").replace("chu tri: ", "chu tri ")
                .replace("Thoi han: ", "Thoi han ").replace("b) Tu kiem", "b} Tu kiem")
                .replace("2. Cai cach thu tuc", "- 2 -\n2. Cai cach thu tuc").replace("- Tien do: Hang thang", "3\n- Tien do: Hang thang");
        assertEquals(rows(new PlanTextReader().read(text)), rows(new PlanTextReader().read(damaged)));
    }

    @Test
    void dashItemsWithTheirOwnTimeLinesAreTasksAndAListInsideAnItemIsItsText() {
        PlanText plan = new PlanTextReader().read(String.join("\n",
                "Kế hoạch cải cách hành chính năm 2027",
                "II. NHIỆM VỤ",
                "1. Cải cách thể chế",
                "- Rà soát văn bản quy phạm pháp luật",
                "Thời gian thực hiện: Quý I/2027",
                "Bộ phận chủ trì: Văn phòng HĐND và UBND xã",
                "- Kiểm tra văn bản",
                "Thời gian thực hiện: Quý III/2027",
                "Bộ phận chủ trì: Văn phòng HĐND và UBND xã",
                "2. Hỗ trợ thi hành pháp luật, gồm:",
                "- Hướng dẫn áp dụng văn bản;",
                "- Tiếp nhận kiến nghị.",
                "- Bộ phận thực hiện: Phòng Văn hóa - Xã hội",
                "- Thời hạn: Thường xuyên"));
        assertEquals(List.of("1|1-1|Văn phòng HĐND và UBND xã|Quý I/2027", "1|1-2|Văn phòng HĐND và UBND xã|Quý III/2027",
                "2|2|Phòng Văn hóa - Xã hội|Thường xuyên"), rows(plan));
        assertEquals("Hỗ trợ thi hành pháp luật, gồm: - Hướng dẫn áp dụng văn bản; - Tiếp nhận kiến nghị.",
                plan.rows().get(2).content());
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void aSectionTitleInTheContentColumnOfAPipeTableStartsASectionWhateverItsCase() {
        PlanText plan = new PlanTextReader().read(String.join("\n", "Kế hoạch năm 2027",
                "| STT | Nội dung | Chủ trì | Thời hạn |", "|---|---|---|---|",
                "| | **I. Cải cách thể chế** | | |", "| 1 | Rà soát | Văn phòng | Quý I/2027 |",
                "| | **II. Cải cách TTHC** | | |", "| 1 | Niêm yết | Trung tâm | Quý II/2027 |"));
        assertEquals(List.of("I|1|Văn phòng|Quý I/2027", "II|1|Trung tâm|Quý II/2027"), rows(plan));
        assertEquals("Rà soát", plan.rows().get(0).content());
    }

    @Test
    void pipeTextOfTheSiteAfterAWebTableIsNotARow() {
        PlanText plan = new PlanTextReader().read(String.join("\n",
                "KẾ HOẠCH", "Cải cách hành chính năm 2027", "",
                "| STT | Nội dung công việc | Cơ quan chủ trì | Thời hạn |", "|---|---|---|---|",
                "| 1 | Rà soát văn bản | Văn phòng | Quý II/2027 |",
                "| 2 | Kiểm tra văn bản | Phòng VH-XH | Chậm nhất ngày 15/3/2027 |", "",
                "Chia sẻ: Facebook | Zalo", "Bình luận | Góp ý"));
        assertEquals(List.of("|1|Văn phòng|Quý II/2027", "|2|Phòng VH-XH|Chậm nhất ngày 15/3/2027"), rows(plan));
    }
}
