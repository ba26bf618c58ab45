package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Reads a table extracted from a PDF, where no cell is delimited and every cell is broken over many
 * lines, in column order: number; content; product; lead ("Công chức" + unit); time; notes.
 *
 * <p>The lead cell is the anchor, because it is the one cell with a fixed form. Before it: content, then
 * product, split at the first list item ("- …") — or, when the content is itself a list, at the first item
 * that names a product ("- Báo cáo…", "- Kế hoạch…", "- Các văn bản…"). After it: time lines as long as
 * they look like time text (a date, "Quý I", "Trong năm", "Trước…", "Thường xuyên", "- Báo cáo quý I:"
 * and the date on the next line…), the rest is notes.
 *
 * <p>A row can go on after a page break (the header repeats). Its continuation starts over in column order,
 * but which cells continue is unknowable; heuristic: leading time-looking lines go to the time cell, the
 * rest is cut into pieces where a finished item is followed by a line that is not a new item; with one
 * piece it goes to the notes (or product, or content, whichever the row has last), with more the first
 * goes to the product and the rest to the notes.
 */
final class PdfTableReader {

    private static final Pattern ROMAN_HEADING = Pattern.compile("((?:X{0,3})(?:IX|IV|V?I{0,3}))\\s*\\.\\s+(\\S.*)");
    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern DASH_ITEM = Pattern.compile("^[-–•]\\s*\\S.*");
    private static final Pattern ITEM = Pattern.compile("^[-–+•]\\s*\\S.*");
    private static final Pattern UNIT = Pattern.compile("(.+?\\s*[-–]\\s*[\\p{L}&]+)(?:\\s+(\\S.*))?");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)\\d{1,2}\\s*/\\s*(?:\\d{1,2}\\s*/\\s*)?(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern QUARTER = Pattern.compile("\\bquy\\s+(?:iv|i{1,3}|[1-4])\\b");
    private static final Pattern TIME_WORDS = Pattern.compile(
            "^[-+]?\\s*(?:trong nam|truoc|thuong xuyen|hang (?:thang|quy|nam)|dinh ky|theo ke hoach|cham nhat"
                    + "|tu ngay|den ngay|hoan thanh truoc|bc\\b)"
                    + "|\\bthang\\s+\\d|\\bnam\\s+20\\d\\d\\b"
                    + "|^[-+]?\\s*(?:bao cao|bc)\\s+(?:quy|nam|6 thang|9 thang|thang|dinh ky)");
    private static final Pattern REPORT_HEAD = Pattern.compile("^[-+]?\\s*(?:bc|bao cao)\\b.*");
    private static final String[] PRODUCT_WORDS = {"bao cao", "bc ", "ke hoach", "cac van ban", "van ban", "danh muc",
        "quy che", "ban mo ta", "cac tai lieu", "tai lieu", "cac thong bao", "thong bao", "quyet dinh", "cong van",
        "du thao", "de an", "chuong trinh"};

    /** Index of the table header ("STT Nhiệm vụ … Sản phẩm") after the appendix title, or -1. */
    static int findHeader(List<String> lines) {
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            String f = fold(lines.get(i));
            if (f.startsWith("phu luc")) {
                from = i;
                break;
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = pass == 0 ? from : 0; i < lines.size(); i++) {
                if (lines.get(i).indexOf('\t') < 0 && isHeaderStart(fold(lines.get(i)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isHeaderStart(String f) {
        return (f.equals("stt") || f.startsWith("stt ")) && (f.contains("nhiem vu") || f.contains("noi dung")
                || f.contains("san pham") || f.contains("thoi gian") || f.equals("stt"));
    }

    /** Header pieces that follow "STT …" on their own lines: "Công chức chủ trì", "tham mưu thực hiện", "Thời gian Ghi chú". */
    private static boolean isHeaderPiece(String f) {
        if (f.isEmpty() || f.equals("cong chuc")) {
            return false;
        }
        String rest = f;
        String[] words = {"cong chuc", "chu tri", "tham muu", "thuc hien", "thoi gian", "ghi chu", "san pham",
            "nhiem vu", "noi dung", "phoi hop", "hoan thanh", "bo phan", "don vi", "/", ",", "va"};
        for (String w : words) {
            rest = rest.replace(w, " ");
        }
        return rest.isBlank();
    }

    List<TaskRow> read(List<String> lines, int headerAt, List<String> planWarnings) {
        List<TaskRow> rows = new ArrayList<>();
        Draft current = null;
        boolean anchors = false;
        String section = "";
        int expected = 1;
        int i = skipHeaderPieces(lines, headerAt + 1);
        while (i < lines.size()) {
            String t = CellText.clean(lines.get(i));
            String f = VietnameseText.fold(t);
            int lineNo = i + 1;
            i++;
            if (t.isEmpty() || isJunk(f)) {
                continue;
            }
            if (isHeaderStart(f)) {
                i = skipHeaderPieces(lines, i);
                if (current != null) {
                    current.pageBreak();
                }
                continue;
            }
            if (LONE_NUMBER.matcher(t).matches()) {
                int n = Integer.parseInt(t);
                int next = nextContentLine(lines, i);
                boolean beforeHeader = next >= 0 && isHeaderStart(fold(lines.get(next)));
                if (beforeHeader) {
                    continue; // a page number printed just before the repeated header
                }
                boolean plausible = n == expected || (current == null && n >= 1 && n <= expected + 2)
                        || (n > expected && n <= expected + 2 && next >= 0 && !LONE_NUMBER.matcher(
                                CellText.clean(lines.get(next))).matches() && (current == null || current.hasAnchor()));
                if (plausible) {
                    if (current != null) {
                        rows.add(current.build());
                        anchors |= current.hasAnchor();
                    }
                    current = new Draft(section, t, lineNo);
                    if (n != expected) {
                        current.row.warn("Dòng " + lineNo + ": số thứ tự " + n + " không nối tiếp số " + (expected - 1));
                    }
                    expected = n + 1;
                    continue;
                }
            }
            Matcher heading = ROMAN_HEADING.matcher(t);
            if (heading.matches() && !heading.group(1).isEmpty() && isUpper(heading.group(2))) {
                if (current != null) {
                    rows.add(current.build());
                    anchors |= current.hasAnchor();
                    current = null;
                }
                section = heading.group(1);
                expected = 1;
                continue;
            }
            if (current == null) {
                current = new Draft(section, "", lineNo);
                current.row.warn("Dòng " + lineNo + ": dòng không có số thứ tự " + CellText.quote(t));
            }
            current.add(t, f);
        }
        if (current != null) {
            rows.add(current.build());
            anchors |= current.hasAnchor();
        }
        if (rows.isEmpty()) {
            planWarnings.add("Dòng " + (headerAt + 1) + ": có tiêu đề bảng nhưng không đọc được dòng nhiệm vụ nào.");
        } else if (!anchors) {
            // This reader finds columns by the "Công chức …" lead cell; a table without one is not split.
            planWarnings.add("Dòng " + (headerAt + 1) + ": không tách được các cột của bảng nhiệm vụ (không thấy ô "
                    + "\"Công chức …\"); nội dung mỗi dòng được giữ trong cột nội dung, cần kiểm tra lại.");
        }
        return rows;
    }

    private static int skipHeaderPieces(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && (Lines.isBlank(lines.get(i)) || isHeaderPiece(fold(lines.get(i))))) {
            i++;
        }
        return i;
    }

    private static int nextContentLine(List<String> lines, int from) {
        for (int j = from; j < lines.size() && j < from + 40; j++) {
            String f = fold(lines.get(j));
            if (!f.isEmpty() && !isJunk(f)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isJunk(String f) {
        return f.startsWith("http://") || f.startsWith("https://") || f.startsWith("www.");
    }

    private static boolean isUpper(String s) {
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters > 0 && upper * 10 >= letters * 8;
    }

    private static String fold(String line) {
        return VietnameseText.fold(CellText.clean(line));
    }

    static boolean looksLikeTime(String f) {
        return DATE.matcher(f).find() || QUARTER.matcher(f).find() || TIME_WORDS.matcher(f).find();
    }

    /** One row being read: lines before the anchor, the anchor, lines after it, and lines after a page break. */
    private static final class Draft {
        final RowDraft row;
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();
        final List<String> tail = new ArrayList<>();
        String unit;
        boolean anchor;
        boolean awaitingUnit;
        boolean broken;

        Draft(String section, String number, int line) {
            row = new RowDraft(section, number, line);
        }

        boolean hasAnchor() {
            return anchor;
        }

        void pageBreak() {
            if (anchor && !awaitingUnit) {
                broken = true;
            }
        }

        void add(String t, String f) {
            if (awaitingUnit) {
                unit = t;
                awaitingUnit = false;
                return;
            }
            if (!anchor && f.equals("cong chuc")) {
                anchor = true;
                awaitingUnit = true;
                return;
            }
            if (!anchor && f.startsWith("cong chuc ") && t.length() < 60 && UNIT.matcher(t.substring(10)).matches()
                    && !f.contains(",")) {
                anchor = true;
                unit = t.substring(10).trim();
                return;
            }
            if (!anchor) {
                before.add(t);
            } else if (broken) {
                tail.add(t);
            } else {
                after.add(t);
            }
        }

        TaskRow build() {
            List<String> content = new ArrayList<>();
            List<String> product = new ArrayList<>();
            splitContentProduct(content, product);
            row.append(Column.CONTENT, CellText.join(content));
            row.append(Column.PRODUCT, CellText.join(product));
            List<String> time = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<String> afterAll = new ArrayList<>();
            if (anchor) {
                String u = unit == null ? "" : unit;
                Matcher m = UNIT.matcher(u);
                String lead = u;
                if (m.matches()) {
                    lead = m.group(1);
                    if (m.group(2) != null) {
                        afterAll.add(m.group(2));
                    }
                }
                row.append(Column.LEAD, CellText.append("Công chức", lead));
                if (unit == null) {
                    row.warn("Dòng " + row.line + ": thiếu tên bộ phận sau \"Công chức\"");
                }
            } else {
                row.warn("Dòng " + row.line + ": không tìm thấy ô \"Công chức …\" nên không tách được cột "
                        + CellText.quote(CellText.join(before)));
            }
            afterAll.addAll(after);
            splitTimeNotes(afterAll, time, notes);
            List<String> productTail = new ArrayList<>();
            List<String> notesTail = new ArrayList<>();
            splitTail(time, productTail, notesTail, !notes.isEmpty(), !product.isEmpty());
            if (!productTail.isEmpty()) {
                row.append(product.isEmpty() ? Column.CONTENT : Column.PRODUCT, CellText.join(productTail));
            }
            notes.addAll(notesTail);
            row.set(Column.TIME, joinTime(time));
            row.append(Column.NOTES, CellText.join(notes));
            if (anchor && time.isEmpty()) {
                row.warn("Dòng " + row.line + ": không thấy thời gian thực hiện sau ô \"Công chức\"");
            }
            return row.build();
        }

        private void splitContentProduct(List<String> content, List<String> product) {
            if (before.isEmpty()) {
                return;
            }
            int split = -1;
            if (!DASH_ITEM.matcher(before.get(0)).matches()) {
                for (int k = 1; k < before.size(); k++) {
                    if (DASH_ITEM.matcher(before.get(k)).matches()) {
                        split = k;
                        break;
                    }
                }
            } else {
                List<Integer> items = new ArrayList<>();
                for (int k = 0; k < before.size(); k++) {
                    if (DASH_ITEM.matcher(before.get(k)).matches()) {
                        items.add(k);
                    }
                }
                for (int k = 1; k < items.size() && split < 0; k++) {
                    String f = VietnameseText.fold(before.get(items.get(k))).replaceFirst("^[-–•]\\s*(?:\\d+\\s+)?", "");
                    for (String w : PRODUCT_WORDS) {
                        if (f.startsWith(w)) {
                            split = items.get(k);
                            break;
                        }
                    }
                }
                if (split < 0 && items.size() >= 2) {
                    split = items.get(items.size() - 1);
                    row.warn("Dòng " + row.line + ": tách nội dung và sản phẩm theo phỏng đoán "
                            + CellText.quote(before.get(split)));
                }
            }
            if (split < 0) {
                content.addAll(before);
                if (anchor) {
                    row.warn("Dòng " + row.line + ": không tách được nội dung và sản phẩm "
                            + CellText.quote(CellText.join(before)));
                }
                return;
            }
            content.addAll(before.subList(0, split));
            product.addAll(before.subList(split, before.size()));
        }

        private static void splitTimeNotes(List<String> lines, List<String> time, List<String> notes) {
            boolean inTime = true;
            String previous = null;
            for (String line : lines) {
                if (inTime) {
                    String f = VietnameseText.fold(line);
                    boolean continuation = previous != null && !ITEM.matcher(line).matches()
                            && (previous.endsWith(":") || (REPORT_HEAD.matcher(VietnameseText.fold(previous)).matches()
                            && !DATE.matcher(previous).find() && !f.startsWith("yeu cau")));
                    if (looksLikeTime(f) || continuation) {
                        time.add(line);
                        previous = line;
                        continue;
                    }
                    inTime = false;
                }
                notes.add(line);
            }
        }

        private void splitTail(List<String> time, List<String> productTail, List<String> notesTail,
                               boolean hasNotes, boolean hasProduct) {
            int k = 0;
            while (k < tail.size() && ITEM.matcher(tail.get(k)).matches() && DATE.matcher(tail.get(k)).find()
                    && tail.get(k).length() < 40) {
                time.add(tail.get(k));
                k++;
            }
            List<List<String>> pieces = new ArrayList<>();
            List<String> piece = new ArrayList<>();
            for (; k < tail.size(); k++) {
                String line = tail.get(k);
                if (!piece.isEmpty() && !ITEM.matcher(line).matches() && endsItem(piece.get(piece.size() - 1))) {
                    pieces.add(piece);
                    piece = new ArrayList<>();
                }
                piece.add(line);
            }
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            if (pieces.isEmpty()) {
                return;
            }
            if (pieces.size() == 1) {
                if (hasNotes || !hasProduct) {
                    notesTail.addAll(pieces.get(0));
                } else {
                    productTail.addAll(pieces.get(0));
                }
                return;
            }
            productTail.addAll(pieces.get(0));
            for (int p = 1; p < pieces.size(); p++) {
                notesTail.addAll(pieces.get(p));
            }
        }

        private static boolean endsItem(String line) {
            String s = line.strip();
            return s.endsWith(".") || s.endsWith(";") || s.endsWith(")") || s.endsWith("…");
        }

        /** Time lines: a new line before each list item and after a "…:" label, a space elsewhere. */
        private static String joinTime(List<String> time) {
            StringBuilder sb = new StringBuilder();
            String previous = null;
            for (String line : time) {
                String t = CellText.tidy(line);
                if (t.isEmpty()) {
                    continue;
                }
                if (previous != null) {
                    sb.append(ITEM.matcher(t).matches() || previous.endsWith(":") ? "\n" : " ");
                }
                sb.append(t);
                previous = t;
            }
            return sb.toString();
        }
    }
}
