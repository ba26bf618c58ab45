package vn.nhacviec.plan.document;

import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.plan.text.TaskRow;
import vn.nhacviec.testsupport.Seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the HTML from which LibreOffice makes the multi-page table fixtures of
 * src/test/resources/plans/tables/ (README.md there says how): a plan's prose as paragraphs,
 * then its task table as a plan's author types it in Word: the header row in {@code <thead>}
 * (LibreOffice makes it a "repeat heading" row, printed at the top of every page), each section
 * row one cell spanning every column ({@code colspan}, Word's gridSpan), numbers centred, the
 * other cells justified, Times New Roman 13 pt on A4, rows allowed to break over pages.
 *
 * <p>{@code java … TableFixtureGenerator OUT_DIR} writes {@code 000.html}, {@code 000-footer.html}
 * (the same with a long running footer on every page), {@code 001.html}, {@code 004.html} and
 * {@code 617.html} (plans-more 01, Đồng Tháp KH 617, copied into src/test/resources/plans/more/),
 * and {@code 617.txt}: that plan's table as tab-separated text, the answer its documents are
 * compared with. Rows come from the seeds' tab tables (000, 001: the pieces the text export
 * carried over a page break joined back into their row), from seed 004 as the importer reads it
 * (its text is a PDF text layer, not a table), and from 617's pipe-separated cells.
 */
public final class TableFixtureGenerator {

    private static final String FOOTER = "Phụ lục kèm theo Kế hoạch số 26/KH-UBND ngày 16/02/2024 của Ủy ban nhân dân xã Sơn Kỳ"
            + " về cải cách hành chính nhà nước năm 2024";

    private TableFixtureGenerator() {
    }

    /** A plan as a document holds it: paragraphs, then one table, then paragraphs. */
    public record Document(List<String> before, List<String> header, List<List<String>> rows, List<String> after, int[] widths) {

        /** A section row: text in the first cell only, not a number. */
        public static boolean isSection(List<String> row) {
            return !row.get(0).isEmpty() && !row.get(0).matches("\\d+[.)]?")
                    && row.subList(1, row.size()).stream().allMatch(String::isEmpty);
        }

        /** As tab-separated text, the shape the importer reads from a Word table. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            before.forEach(p -> sb.append(p).append('\n'));
            sb.append(String.join("\t", header)).append('\n');
            rows.forEach(r -> sb.append(String.join("\t", r)).append('\n'));
            sb.append('\n');
            after.forEach(p -> sb.append(p).append('\n'));
            return sb.toString();
        }

        String html(String footer, boolean ruled) {
            StringBuilder sb = new StringBuilder("""
                    <!DOCTYPE html>
                    <html><head><meta charset="utf-8"><style>
                    @page { size: 21cm 29.7cm; margin: 2cm 1.5cm 2cm 2cm }
                    body, td, th { font-family: 'Times New Roman'; font-size: 13pt }
                    table { border-collapse: collapse }
                    td, th { vertical-align: top }
                    td { text-align: justify }
                    th, td.n { text-align: center }
                    </style></head><body>
                    """);
            if (footer != null) {
                sb.append("<div title=\"footer\"><p>").append(escape(footer)).append("</p></div>\n");
            }
            before.forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
            // LibreOffice draws cell borders from the border attribute (it ignores them in the style sheet).
            sb.append("<table width=\"100%\" border=\"").append(ruled ? 1 : 0).append("\" cellspacing=\"0\" cellpadding=\"3\">\n");
            for (int width : widths) {
                sb.append("<col width=\"").append(width).append("*\">");
            }
            sb.append("\n<thead><tr>");
            header.forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
            sb.append("</tr></thead>\n<tbody>\n");
            for (List<String> row : rows) {
                sb.append("<tr>");
                if (isSection(row)) {
                    sb.append("<td colspan=\"").append(header.size()).append("\"><b>").append(escape(row.get(0))).append("</b></td>");
                } else {
                    sb.append("<td class=\"n\">").append(escape(row.get(0))).append("</td>");
                    row.subList(1, row.size()).forEach(c -> sb.append("<td>").append(escape(c)).append("</td>"));
                }
                sb.append("</tr>\n");
            }
            sb.append("</tbody></table>\n");
            after.forEach(p -> sb.append("<p>").append(escape(p)).append("</p>\n"));
            return sb.append("</body></html>\n").toString();
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "src/test/resources/plans/tables");
        Files.createDirectories(out);
        Document sonKy = fromTabSeed(Seeds.text(Seeds.SON_KY_2024), new int[] {6, 30, 13, 13, 17, 12, 9});
        write(out.resolve("000.html"), sonKy.html(null, true));
        write(out.resolve("000-footer.html"), sonKy.html(FOOTER, true));
        write(out.resolve("001.html"), fromTabSeed(Seeds.text(Seeds.SON_HA_2025), new int[] {6, 30, 13, 13, 17, 12, 9}).html(null, true));
        Document anhSon = fromAnhSon(Seeds.text(Seeds.ANH_SON_2024));
        write(out.resolve("004.html"), anhSon.html(null, true));
        write(out.resolve("004-unruled.html"), anhSon.html(null, false));
        Document dongThap = fromPipeTable(Seeds.text("more/01_dongthap-617-cds-doanhnghiep.txt"));
        write(out.resolve("617.html"), dongThap.html(null, true));
        write(out.resolve("617.txt"), dongThap.text());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    /** Seeds 000 and 001: the first tab line is the header; later copies of it and the "----" rule are dropped. */
    public static Document fromTabSeed(String text, int[] widths) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') >= 0) {
                List<String> cells = Arrays.stream(line.split("\t", -1))
                        .map(c -> c.replaceAll("<[^>]+>", "").strip()).toList();
                if (cells.stream().allMatch(c -> c.matches("-*"))) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    continue;
                }
                List<String> row = new ArrayList<>(cells.subList(0, Math.min(cells.size(), header.size())));
                while (row.size() < header.size()) {
                    row.add("");
                }
                if (row.equals(header)) {
                    continue; // the header again, after a page break of the text export
                }
                if (row.get(0).isEmpty() && !rows.isEmpty()) {
                    List<String> previous = rows.get(rows.size() - 1);
                    for (int c = 1; c < row.size(); c++) {
                        previous.set(c, (previous.get(c) + " " + row.get(c)).strip());
                    }
                    continue;
                }
                rows.add(row);
            } else if (!line.isBlank()) {
                String paragraph = line.replace("**", "").replaceFirst("^#+ ", "").strip();
                (header == null ? before : after).add(paragraph);
            }
        }
        return new Document(before, header, rows, after, widths);
    }

    private static final Pattern ROMAN_HEADING = Pattern.compile("^\\s*([IVX]+)\\.\\s+(.+?)\\s*$");

    /** Seed 004 is a PDF's text layer: its rows as the importer reads them, its section titles as printed. */
    static Document fromAnhSon(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int appendix = 0;
        while (!lines.get(appendix).strip().equals("Phụ lục")) {
            appendix++;
        }
        List<String> before = lines.subList(0, appendix + 4).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> titles = new ArrayList<>();
        for (String line : lines.subList(appendix, lines.size())) {
            Matcher m = ROMAN_HEADING.matcher(line);
            if (m.matches()) {
                titles.add(m.group(1) + ". " + m.group(2));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        String section = null;
        for (TaskRow row : new PlanTextReader().read(text).rows()) {
            if (!row.section().equals(section)) {
                section = row.section();
                String prefix = section + ". ";
                rows.add(padded(titles.stream().filter(t -> t.startsWith(prefix)).findFirst().orElse(prefix), 6));
            }
            rows.add(List.of(row.number(), row.content(), row.product(), row.leadText(),
                    row.timeText().replace("\n", " "), row.notes()));
        }
        List<String> header = List.of("STT", "Nhiệm vụ thực hiện", "Sản phẩm", "Công chức chủ trì tham mưu thực hiện",
                "Thời gian", "Ghi chú");
        return new Document(before, header, rows, List.of(), new int[] {6, 30, 20, 17, 15, 12});
    }

    private static List<String> padded(String first, int size) {
        List<String> row = new ArrayList<>(List.of(first));
        while (row.size() < size) {
            row.add("");
        }
        return row;
    }

    /**
     * A plan copied from the web: after "PHỤ LỤC", table cells are blocks of lines between lone
     * "|" lines and a row ends with an empty block; a block with one cell is a section row.
     */
    static Document fromPipeTable(String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int appendix = 0;
        while (!lines.get(appendix).strip().equals("**PHỤ LỤC**")) {
            appendix++;
        }
        // The letterhead as printed (the web copy breaks it over table cells); the body is left out.
        List<String> before = new ArrayList<>();
        before.add("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP");
        before.add("Số: 617/KH-UBND");
        before.add("Đồng Tháp, ngày 01 tháng 12 năm 2025");
        before.add("KẾ HOẠCH");
        before.add("CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP, NHẤT LÀ DOANH NGHIỆP NHỎ VÀ VỪA, HỢP TÁC XÃ, HỘ KINH DOANH");
        int first = appendix;
        while (!lines.get(first).strip().equals("|")) {
            String l = clean(lines.get(first));
            if (!l.isEmpty()) {
                before.add(l);
            }
            first++;
        }
        List<List<String>> blocks = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = null;
        for (String line : lines.subList(first, lines.size())) {
            if (line.strip().equals("|")) {
                if (cell == null) {
                    if (!row.isEmpty()) {
                        blocks.add(row);
                        row = new ArrayList<>();
                    }
                } else {
                    row.add(clean(cell.toString()));
                }
                cell = null;
                continue;
            }
            cell = cell == null ? new StringBuilder(line) : cell.append(' ').append(line);
        }
        if (!row.isEmpty()) {
            blocks.add(row);
        }
        List<String> header = blocks.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> b : blocks.subList(1, blocks.size())) {
            rows.add(b.size() == 1 ? padded(b.get(0), header.size()) : b);
        }
        return new Document(before, header, rows, List.of(), new int[] {6, 40, 14, 25, 15});
    }

    private static String clean(String s) {
        return s.replace("**", "").replace("*", "").replaceAll("\\s+", " ").strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
