package vn.nhacviec.plan.document;

import vn.nhacviec.sheet.FormSheet;
import vn.nhacviec.sheet.FormSheet.Line;

import java.util.List;

/**
 * The task-list form (.xlsx) a commune fills in when its plan is not at hand as a Word file: the
 * header words {@link TaskSheet} and the table readers recognise, a title naming the plan and its
 * year (the year the importer takes), one section and two example tasks written as plans write them.
 */
public final class TaskTemplate {

    public static final String FILE_NAME = "mau-danh-sach-nhiem-vu.xlsx";
    public static final List<String> HEADERS = List.of("STT", "Nội dung nhiệm vụ", "Sản phẩm", "Bộ phận chủ trì",
            "Bộ phận phối hợp", "Thời gian hoàn thành", "Ghi chú");

    private TaskTemplate() {
    }

    public static FormSheet form(int year) {
        return new FormSheet("Nhiệm vụ", "Kế hoạch cải cách hành chính năm " + year, HEADERS,
                List.of(6, 50, 26, 20, 20, 22, 16),
                List.of(Line.section("I. Cải cách thể chế"),
                        Line.of("1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND xã ban hành",
                                "Báo cáo kết quả rà soát", "Tư pháp – Hộ tịch", "Văn phòng – Thống kê",
                                "Chậm nhất là ngày 01/3/" + year, ""),
                        Line.of("2", "Xây dựng kế hoạch kiểm tra, theo dõi tình hình thi hành pháp luật trên địa bàn xã",
                                "Kế hoạch của UBND xã", "Văn phòng – Thống kê", "Tư pháp – Hộ tịch",
                                "Quý I năm " + year, "")),
                instructions(year));
    }

    public static byte[] xlsx(int year) {
        return form(year).xlsx();
    }

    private static List<String> instructions(int year) {
        return List.of(
                "1. Mỗi dòng một nhiệm vụ, chép từ phụ lục của kế hoạch. Xóa hai dòng ví dụ trước khi nạp.",
                "2. Dòng tiêu đề \"Kế hoạch cải cách hành chính năm " + year + "\": sửa năm nếu cần — phần mềm lấy năm "
                        + "của kế hoạch từ dòng này.",
                "3. Giữ nguyên dòng tên cột (STT, Nội dung nhiệm vụ, Sản phẩm, Bộ phận chủ trì, Bộ phận phối hợp, "
                        + "Thời gian hoàn thành, Ghi chú); có thể đổi thứ tự cột.",
                "4. Phần của kế hoạch (I., II., …): một dòng riêng, ghi ở cột STT (có thể gộp ô cả dòng).",
                "5. Bộ phận chủ trì, phối hợp: tên như thường viết (Tư pháp – Hộ tịch, Văn phòng – Thống kê, Bộ phận "
                        + "Một cửa…) hoặc mã (TP-HT, VP-TK, MC…); nhiều bộ phận cách nhau bằng dấu phẩy.",
                "6. Thời gian: ghi như trong kế hoạch, ví dụ \"Chậm nhất là ngày 01/3/" + year + "\", \"Quý I năm " + year
                        + "\", \"Trước ngày 15/6/" + year + "\", \"Thường xuyên\", \"Hằng quý\".",
                "7. Kiểm tra trước khi nạp: java -jar nhacviec.jar import " + FILE_NAME + " --commune \"Tên xã\" --dry-run");
    }
}
