package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Finds what each column means from its header words, never from its position: communes order their
 * columns differently ("Sản phẩm" third in one plan, fifth in another). Works on folded text so that
 * headers typed without diacritics match too.
 */
final class ColumnFinder {

    private ColumnFinder() {
    }

    static List<Column> classify(List<String> headerCells) {
        List<Column> columns = new ArrayList<>(headerCells.size());
        for (String cell : headerCells) {
            columns.add(classify(cell));
        }
        return columns;
    }

    static Column classify(String headerCell) {
        String f = VietnameseText.fold(CellText.clean(headerCell));
        if (f.isEmpty()) {
            return Column.UNKNOWN;
        }
        // Order matters: "Thời gian thực hiện" and "Nhiệm vụ thực hiện" both contain "thực hiện",
        // and "Cơ quan chủ trì thực hiện" contains both "chủ trì" and "thực hiện".
        // "ST T": a PDF cell too narrow for "STT" cuts it, and the cut may read as a space.
        if (f.equals("stt") || f.startsWith("stt ") || f.equals("tt") || f.startsWith("so tt") || f.equals("st t")) {
            return Column.NUMBER;
        }
        if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) {
            return Column.TIME;
        }
        if (f.contains("ghi chu")) {
            return Column.NOTES;
        }
        if (f.contains("san pham") || f.contains("ket qua")) {
            return Column.PRODUCT;
        }
        if (f.contains("phoi hop")) {
            return Column.COORDINATING;
        }
        if (f.contains("chu tri")) {
            return Column.LEAD;
        }
        if (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("cong viec")) {
            return Column.CONTENT;
        }
        if (f.contains("thuc hien") || f.contains("tham muu") || f.contains("phu trach") || f.contains("don vi")
                || f.contains("bo phan") || f.contains("co quan") || f.contains("cong chuc")) {
            return Column.LEAD;
        }
        return Column.UNKNOWN;
    }

    /** True when a line of cells is a table header: first cell "STT" and at least one other known column. */
    static boolean isHeader(List<String> cells) {
        if (cells.isEmpty() || classify(cells.get(0)) != Column.NUMBER) {
            return false;
        }
        for (int i = 1; i < cells.size(); i++) {
            Column c = classify(cells.get(i));
            if (c != Column.UNKNOWN && c != Column.NUMBER) {
                return true;
            }
        }
        return false;
    }
}
