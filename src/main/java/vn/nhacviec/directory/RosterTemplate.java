package vn.nhacviec.directory;

import vn.nhacviec.sheet.FormSheet;
import vn.nhacviec.sheet.FormSheet.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * The roster form (.xlsx) the office fills in: the Vietnamese header words {@link RosterFile}
 * recognises and example officers showing a unit by name, several units in one cell, and a
 * leader without a unit. Roles are written as their Vietnamese titles, which read back as roles.
 */
public final class RosterTemplate {

    public static final String FILE_NAME = "mau-danh-sach-can-bo.xlsx";
    public static final List<String> HEADERS = List.of("STT", "Xã", "Họ và tên", "Bộ phận", "Chức vụ", "Điện thoại",
            "Ghi chú");
    private static final String COMMUNE = "Sơn Kỳ";

    /** The example officers, as {@link RosterFile} reads them back (row numbers as Excel shows them). */
    public static final List<RosterLine> EXAMPLES = List.of(
            new RosterLine(FormSheet.HEADER_ROW + 2, COMMUNE, "Đinh Văn Chủ", List.of(), Role.CHAIRMAN),
            new RosterLine(FormSheet.HEADER_ROW + 3, COMMUNE, "Nguyễn Văn Tư", List.of("Tư pháp – Hộ tịch"), Role.OFFICER),
            new RosterLine(FormSheet.HEADER_ROW + 4, COMMUNE, "Lê Văn Phòng",
                    List.of("Văn phòng – Thống kê", "Bộ phận Một cửa"), Role.OFFICE));

    private RosterTemplate() {
    }

    public static FormSheet form() {
        List<Line> lines = new ArrayList<>();
        for (RosterLine example : EXAMPLES) {
            lines.add(Line.of(String.valueOf(lines.size() + 1), example.commune(), example.name(),
                    String.join("; ", example.units()), example.role().title(), "", ""));
        }
        return new FormSheet("Cán bộ", "Danh sách cán bộ, công chức nhận nhắc việc", HEADERS,
                List.of(6, 16, 28, 36, 24, 16, 20), lines, INSTRUCTIONS);
    }

    public static byte[] xlsx() {
        return form().xlsx();
    }

    private static final List<String> INSTRUCTIONS = List.of(
            "1. Mỗi dòng một cán bộ. Xóa các dòng ví dụ trước khi nạp.",
            "2. Xã: tên xã. Có thể bỏ trống (hoặc bỏ cả cột) khi Văn phòng – Thống kê gửi danh sách qua bot, hoặc khi "
                    + "nạp bằng lệnh có --commune; dòng ghi tên xã khác sẽ bị từ chối.",
            "3. Họ và tên: đầy đủ, có dấu.",
            "4. Bộ phận: mã hoặc tên bộ phận — VP-TK (Văn phòng – Thống kê), TP-HT (Tư pháp – Hộ tịch), TC-KT (Tài "
                    + "chính – Kế toán), VH-XH (Văn hóa – Xã hội), DC-XD (Địa chính – Xây dựng), MC (Bộ phận Một cửa), "
                    + "QS (Quân sự), CA (Công an xã). Nhiều bộ phận cách nhau bằng dấu chấm phẩy hoặc dấu phẩy. "
                    + "Chủ tịch, Phó Chủ tịch có thể để trống.",
            "5. Chức vụ: Cán bộ, công chức (để trống cũng được); Phó Chủ tịch; Chủ tịch; Văn phòng – Thống kê (người "
                    + "nạp kế hoạch và quản lý danh sách cán bộ).",
            "6. Các cột STT, Điện thoại, Ghi chú không bắt buộc; cột khác thêm vào cũng được, phần mềm bỏ qua. Tên cột "
                    + "có dấu hay không dấu, tiếng Việt hay tiếng Anh (commune, name, units, role) đều được.",
            "7. Nạp: java -jar nhacviec.jar officer import " + FILE_NAME + " (mỗi cán bộ nhận một mã mời /start MÃ).");
}
