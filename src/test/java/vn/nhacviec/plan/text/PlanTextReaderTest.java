package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTextReaderTest {

    private static TaskRow row(PlanText plan, String section, String number) {
        return plan.rows().stream().filter(r -> r.section().equals(section) && r.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + section + "." + number));
    }

    // ---- 000: tab table, numbering runs on across sections

    @Test
    void plan_000_has_37_rows_numbered_01_to_37_across_eight_sections() {
        PlanText plan = Seeds.read(0);
        assertEquals(PlanShape.TAB_TABLE, plan.shape());
        List<String> expected = new ArrayList<>();
        expected.addAll(Seeds.run("I", 1, 7, 2));
        expected.addAll(Seeds.run("II", 8, 20, 2));
        expected.addAll(Seeds.run("III", 21, 21, 2));
        expected.addAll(Seeds.run("IV", 22, 24, 2));
        expected.addAll(Seeds.run("V", 25, 27, 2));
        expected.addAll(Seeds.run("VI", 28, 30, 2));
        expected.addAll(Seeds.run("VII", 31, 33, 2));
        expected.addAll(Seeds.run("VIII", 34, 37, 2));
        assertEquals(expected, Seeds.keys(plan));
        assertTrue(plan.hasTaskTable());
        assertTrue(plan.warnings().isEmpty(), plan.warnings().toString());
    }

    @Test
    void plan_000_row_07_split_over_a_page_break_is_one_row_with_its_time_joined() {
        TaskRow r = row(Seeds.read(0), "I", "07");
        assertTrue(r.timeText().contains("định kỳ theo quy định báo cáo kết quả thực hiện"), r.timeText());
        assertTrue(r.content().endsWith("nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật."), r.content());
        assertEquals("Tur pháp- Hộ tịch xã.", r.leadText());
        assertEquals("Các bộ phận CM có liên quan", r.coordinatingText());
        assertEquals(76, r.line());
    }

    @Test
    void plan_000_row_04_is_read_cell_by_cell() {
        TaskRow r = row(Seeds.read(0), "I", "04");
        assertTrue(r.content().startsWith("Thực hiện rà soát, lập Danh mục"));
        assertTrue(r.product().startsWith("Quyết định công bố Danh mục"));
        assertEquals("Tur pháp- Hộ tịch xã", r.leadText());
        assertEquals("Ban Pháp chế HĐND xã; các bộ phận chuyên môn thuộc UBND xã.", r.coordinatingText());
        assertEquals("Chậm nhất là ngày 01/3/2024.", r.timeText());
        assertEquals("", r.notes());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void plan_000_html_is_stripped_and_a_dashed_rule_inside_row_11_is_ignored() {
        PlanText plan = Seeds.read(0);
        TaskRow r11 = row(plan, "II", "11");
        assertTrue(r11.content().startsWith("Thực hiện các giải pháp nâng cao"), r11.content());
        assertFalse(r11.content().contains("<"));
        assertTrue(r11.leadText().endsWith("thực hiện giải trình và xin lỗi người dân theo đúng quy định."), r11.leadText());
        assertEquals("Thường xuyên trong năm.", r11.timeText());
        assertEquals("Đề án (thẩm định trình huyện)", row(plan, "III", "21").product());
    }

    @Test
    void plan_000_rows_continued_after_page_breaks_keep_every_piece() {
        PlanText plan = Seeds.read(0);
        assertTrue(row(plan, "II", "15").product().endsWith("tại Bộ phận Một cửa; Báo cáo kết quả thực hiện."));
        assertTrue(row(plan, "IV", "22").timeText().endsWith("định kỳ báo cáo kết quả thực hiện về Phòng Nội vụ."));
        assertEquals("Thường xuyên trong năm theo kế hoạch", row(plan, "VII", "32").timeText());
        assertTrue(row(plan, "VII", "32").product().endsWith("năm báo cáo kết quả thực hiện."));
        TaskRow r36 = row(plan, "VIII", "36");
        assertTrue(r36.product().endsWith("của UBND xã gửi UBND huyện (Phòng Nội vụ)."), r36.product());
        assertEquals("Theo kế hoạch của UBND huyện (Phòng Nội vụ).", r36.timeText());
        assertEquals("Định kỳ báo cáo kết quả thực hiện", row(plan, "II", "12").notes());
    }

    // ---- 001: columns in another order, header repeated, numbering restarts

    @Test
    void plan_001_has_38_rows_with_numbering_restarting_in_each_section_and_skipping_03_in_section_III() {
        PlanText plan = Seeds.read(1);
        assertEquals(PlanShape.TAB_TABLE, plan.shape());
        List<String> expected = new ArrayList<>();
        expected.addAll(Seeds.run("I", 1, 6, 2));
        expected.addAll(Seeds.run("II", 1, 6, 2));
        expected.addAll(Seeds.run("III", 1, 2, 2));
        expected.addAll(Seeds.run("III", 4, 15, 2));
        expected.addAll(Seeds.run("IV", 1, 1, 2));
        expected.addAll(Seeds.run("V", 1, 3, 2));
        expected.addAll(Seeds.run("VI", 1, 4, 2));
        expected.addAll(Seeds.run("VII", 1, 4, 2));
        assertEquals(expected, Seeds.keys(plan));
        assertTrue(row(plan, "III", "04").warnings().get(0).contains("04 không nối tiếp số 02"));
    }

    @Test
    void plan_001_columns_are_found_by_header_words_not_by_position() {
        TaskRow r = row(Seeds.read(1), "I", "01");
        assertEquals("Bộ phận VHXH, VP-TK", r.leadText());
        assertEquals("Các bộ phận chuyên môn, HĐT xã", r.coordinatingText());
        assertEquals("Kế hoạch thực hiện của UBND xã; báo cáo kết quả thực hiện", r.product());
        assertEquals("- Quý I năm 2025 ban hành Kế hoạch;\n- Định kỳ báo cáo kết quả thực hiện", r.timeText());
    }

    @Test
    void plan_001_rows_continued_after_a_repeated_header_are_one_row() {
        PlanText plan = Seeds.read(1);
        TaskRow r = row(plan, "II", "04");
        assertTrue(r.content().endsWith("khoản 34 Điều 1 Nghị định số 154/2020/NĐ-CP."), r.content());
        assertTrue(r.product().startsWith("Quyết định công bố Danh mục văn bản quy phạm pháp luật của HĐND, UBND cấp xã"));
        assertEquals("Chậm nhất là ngày 31/01/2025", r.timeText());
        assertTrue(row(plan, "II", "01").product().contains("theo quy định của pháp luật về ban hành văn bản"));
        assertTrue(row(plan, "III", "05").content().contains("(2) Xây dựng quy trình nội bộ"));
        assertEquals("Các Bộ phận CM có liên quan.", row(plan, "III", "05").coordinatingText());
        assertTrue(row(plan, "III", "08").timeText().startsWith("Theo Kế hoạch số 140/KH-UBND ngày 14/10/2021"));
        assertEquals("Theo quy định của Chính phủ và hướng dẫn của UBND huyện", row(plan, "III", "11").timeText());
        assertEquals("Quý I năm 2025 ban hành Kế hoạch; báo cáo kết quả thực hiện vào tháng 11 năm 2025",
                row(plan, "V", "01").timeText());
        TaskRow vi1 = row(plan, "VI", "01");
        assertEquals("Bộ phận Tài chính- kế toán", vi1.leadText());
        assertEquals("Các bộ phận CM có liên quan", vi1.coordinatingText());
        assertEquals("Thường xuyên trong năm 2025", vi1.timeText());
        assertEquals("Thời gian hoàn thành: Quý I năm 2025 (triển khai, thực hiện theo chỉ đạo, tiến độ của huyện)",
                row(plan, "VII", "01").timeText());
    }

    // ---- 002: prose only

    @Test
    void plan_002_has_no_task_table_and_says_so() {
        PlanText plan = Seeds.read(2);
        assertEquals(PlanShape.PROSE, plan.shape());
        assertTrue(plan.rows().isEmpty());
        assertFalse(plan.hasTaskTable());
        assertTrue(plan.warnings().contains("Không tìm thấy bảng nhiệm vụ trong kế hoạch."));
    }

    // ---- 003: OCR criteria plan

    @Test
    void plan_003_has_16_criteria_rows_lettered_by_order_within_each_field() {
        PlanText plan = Seeds.read(3);
        assertEquals(PlanShape.CRITERIA, plan.shape());
        List<String> numbers = plan.rows().stream().map(TaskRow::number).toList();
        assertEquals(List.of("1a", "1b", "1c", "1d", "2", "3a", "3b", "3c", "4", "5a", "6", "7a", "7b", "7c", "7d", "8"),
                numbers);
        List<String> sections = plan.rows().stream().map(TaskRow::section).toList();
        assertEquals(List.of("1", "1", "1", "1", "2", "3", "3", "3", "4", "5", "6", "7", "7", "7", "7", "8"), sections);
    }

    @Test
    void plan_003_row_1a_keeps_the_footnote_out_and_splits_lead_from_coordinating() {
        TaskRow r = row(Seeds.read(3), "1", "1a");
        assertEquals("Trude Quy Il nam 2024", r.timeText());
        assertEquals("Vian phong- thong ké xa", r.leadText());
        assertEquals("cac bd phén chuyén mén ¢6 lién quan", r.coordinatingText());
        assertTrue(r.content().contains("1.3.2. X Iy cdc van dé phdt hién qua kiém tra."), r.content());
        assertFalse(r.notes().contains("22a/QD-UBND"), r.notes());
        assertFalse(r.notes().contains("16/BC-VPH"), r.notes());
        assertTrue(r.notes().endsWith("dé tong hop, bao cao."), r.notes());
    }

    @Test
    void plan_003_leads_are_found_with_and_without_chu_tri() {
        PlanText plan = Seeds.read(3);
        TaskRow r1b = row(plan, "1", "1b");
        assertEquals("Bo phan Vian hoa- xa hoi xa", r1b.leadText());
        assertEquals("Van phong-thdng ké xa", r1b.coordinatingText());
        assertEquals("Quy 11 nam 2024.", r1b.timeText());
        assertEquals("Van phong- théng ké xa", row(plan, "1", "1c").leadText());
        TaskRow r2 = row(plan, "2", "2");
        assertEquals("B0 phan Tu phap- ho tich xa", r2.leadText());
        assertEquals("", r2.coordinatingText());
        assertEquals("No¢i dung theo Ké hoach cai cach hanh chinh xa nam 2024.", r2.content());
        assertEquals("Theo Ké hoach CHHC nim 2024", r2.timeText());
        assertEquals("bd phan Van phong- thong ké xa", row(plan, "3", "3b").leadText());
        assertEquals("Bo phan Van phong- thong ké xa", row(plan, "4", "4").leadText());
        TaskRow r6 = row(plan, "6", "6");
        assertTrue(r6.content().contains("6.1.1."));
        assertEquals("Bo phan Tai chinh - K& toan x&", r6.leadText());
        assertEquals("cac bd phan chuyén mén", r6.coordinatingText());
        TaskRow r8 = row(plan, "8", "8");
        assertTrue(r8.content().startsWith("Trién khai thyc hién"), r8.content());
        assertEquals("cac bo phan chuyén mon c6 lién quan", r8.coordinatingText());
    }

    // ---- 004: PDF table

    @Test
    void plan_004_has_35_rows_and_page_numbers_are_not_row_numbers() {
        PlanText plan = Seeds.read(4);
        assertEquals(PlanShape.PDF_TABLE, plan.shape());
        List<String> expected = new ArrayList<>();
        expected.addAll(Seeds.run("I", 1, 5, 0));
        expected.addAll(Seeds.run("II", 1, 11, 0));
        expected.addAll(Seeds.run("III", 1, 10, 0));
        expected.addAll(Seeds.run("IV", 1, 4, 0));
        expected.addAll(Seeds.run("V", 1, 5, 0));
        assertEquals(expected, Seeds.keys(plan));
    }

    @Test
    void plan_004_cells_are_cut_at_the_lead_anchor() {
        PlanText plan = Seeds.read(4);
        TaskRow r = row(plan, "I", "2");
        assertEquals("Ban hành Kế hoạch kiểm tra, giám sát kết quả theo dõi thi hành pháp luật năm 2024 và kiểm tra"
                + " việc thực hiện VBQPPL trên địa bàn xã năm 2024", r.content());
        assertTrue(r.product().startsWith("- Kế hoạch kiểm tra, giám sát"));
        assertEquals("Công chức Tư pháp - HT", r.leadText());
        assertEquals("Trong năm 2024", r.timeText());
        assertTrue(r.notes().startsWith("Căn cứ kết quả thu thập"));
        assertTrue(row(plan, "I", "1").product().startsWith("- Kế hoạch theo dõi tình hình thi hành pháp luật"));
    }

    @Test
    void plan_004_row_II_2_time_has_all_four_report_dates_one_item_per_line() {
        TaskRow r = row(Seeds.read(4), "II", "2");
        assertEquals("- Báo cáo quý I:\n15/3/2024\n- Báo cáo quý II:\n15/6/2024\n- Báo cáo quý III:\n15/9/2024\n"
                + "- Báo cáo năm:\n15/12/2024", r.timeText());
        assertEquals("Công chức Văn phòng - TK", r.leadText());
        assertTrue(r.notes().startsWith("- Thực hiện đầy đủ nội dung"));
    }

    @Test
    void plan_004_content_written_as_a_list_is_split_from_the_product_at_the_first_product_item() {
        PlanText plan = Seeds.read(4);
        TaskRow r = row(plan, "II", "7");
        assertEquals("- Thực hiện quy định về tiếp nhận hồ sơ TTHC - Chứng thực bản sao điện tử", r.content());
        assertEquals("- Báo cáo công tác kiểm soát TTHC - Các văn bản có liên quan", r.product());
        TaskRow v2 = row(plan, "V", "2");
        assertEquals("- Báo cáo kết quả thực hiện chuyển đổi số", v2.content());
        assertEquals("- Báo cáo kết quả thực hiện chuyển đổi số", v2.product());
    }

    @Test
    void plan_004_lead_and_time_on_one_line_are_split() {
        TaskRow r = row(Seeds.read(4), "V", "1");
        assertEquals("Công chức Văn hóa - XH", r.leadText());
        assertEquals("Quý I năm 2024", r.timeText());
        assertEquals("- Ban hành kế hoạch đúng thời gian, đầy đủ nội dung", r.notes());
    }

    @Test
    void plan_004_rows_continued_after_a_page_break_are_one_row() {
        PlanText plan = Seeds.read(4);
        TaskRow r3 = row(plan, "I", "3");
        assertTrue(r3.product().endsWith("- Các văn bản xử lý VBQPPL sau rà soát (nếu có);"), r3.product());
        assertTrue(r3.notes().contains("theo Kế hoạch đề ra; Số nhiệm vụ đã hoàn thành"), r3.notes());
        TaskRow iii2 = row(plan, "III", "2");
        assertTrue(iii2.timeText().startsWith("- BC công tác CCHC\n+ Quý I: 10/3/2024\n"), iii2.timeText());
        assertTrue(iii2.timeText().endsWith("- BC xếp hạng chỉ số CCHC cấp xã\n+ Trước 1/12/2024"), iii2.timeText());
        assertTrue(iii2.notes().startsWith("Yêu cầu:"));
        assertTrue(row(plan, "III", "9").notes().endsWith("nêu rõ hình thức kỷ luật đối với từng cán bộ, công chức."));
        assertTrue(row(plan, "IV", "3").product().endsWith("trong năm tại các đơn vị SNCL"));
    }

    @Test
    void plan_004_a_row_without_a_time_line_is_kept_with_a_warning() {
        TaskRow r = row(Seeds.read(4), "II", "11");
        assertEquals("", r.timeText());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("không thấy thời gian")), r.warnings().toString());
    }

    // ---- anything else

    @Test
    void an_empty_text_gives_no_rows_and_a_warning() {
        PlanText plan = new PlanTextReader().read("");
        assertTrue(plan.rows().isEmpty());
        assertFalse(plan.warnings().isEmpty());
        assertEquals(PlanShape.PROSE, new PlanTextReader().read(null).shape());
    }

    @Test
    void a_tab_row_that_cannot_be_understood_is_kept_with_a_warning() {
        String text = "STT\tNội dung\tThời gian\n1\tViệc một\tQuý I/2025\n(*)\tViệc lạ\tQuý II/2025\n\tcòn tiếp\t\n";
        PlanText plan = new PlanTextReader().read(text);
        assertEquals(List.of(".1", ".(*)"), Seeds.keys(plan));
        TaskRow odd = plan.rows().get(1);
        assertEquals("Việc lạ còn tiếp", odd.content());
        assertEquals("Dòng 3: số thứ tự không rõ \"(*)\"", odd.warnings().get(0));
    }

    @Test
    void headers_without_diacritics_are_understood() {
        String text = "STT\tNoi dung cong viec\tDon vi chu tri\tPhoi hop\tThoi gian\tGhi chu\n"
                + "1\tLam bao cao\tVan phong\tTu phap\tTruoc 15/3/2025\t\n";
        TaskRow r = new PlanTextReader().read(text).rows().get(0);
        assertEquals("Lam bao cao", r.content());
        assertEquals("Van phong", r.leadText());
        assertEquals("Tu phap", r.coordinatingText());
        assertEquals("Truoc 15/3/2025", r.timeText());
    }
}
