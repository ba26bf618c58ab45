package vn.nhacviec.plan.document;

import vn.nhacviec.plan.PlanFileException;

import java.text.Normalizer;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A task list kept as a sheet (Excel or CSV) as plan text: the rows above the header row as
 * prose lines, the header row and every row after it as tab-separated lines. A sheet has no
 * plan title, so when no row above the header names a year, a title line
 * "Kế hoạch cải cách hành chính năm YYYY" is put first, YYYY being the year most often written
 * in the time column (else in any cell), else the current year.
 */
final class TaskSheet {

    static final String NO_TASK_TABLE = "bảng tính không có bảng nhiệm vụ: cần một dòng tiêu đề có cột STT và Nội dung (hoặc Nhiệm vụ).";

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?i)năm\\s+20\\d\\d");

    private TaskSheet() {
    }

    /** The index of the header row (STT and Nội dung/Nhiệm vụ), or -1. */
    static int headerRow(List<List<String>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            boolean stt = false;
            boolean content = false;
            for (String cell : rows.get(i)) {
                String folded = fold(cell);
                stt |= folded.equals("stt") || folded.startsWith("stt ") || folded.equals("tt");
                content |= folded.contains("noi dung") || folded.contains("nhiem vu");
            }
            if (stt && content) {
                return i;
            }
        }
        return -1;
    }

    static String toText(String what, List<List<String>> rows) {
        int header = headerRow(rows);
        if (header < 0) {
            throw new PlanFileException(what + " has no task table: no header row with \"STT\" and \"Nội dung\"/\"Nhiệm vụ\"",
                    NO_TASK_TABLE);
        }
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < header; i++) {
            String line = String.join(" ", rows.get(i).stream().map(DocumentText::cell).filter(c -> !c.isEmpty()).toList());
            if (!line.isEmpty()) {
                prose.append(line).append('\n');
            }
        }
        StringBuilder table = new StringBuilder();
        int timeColumn = -1;
        List<String> headerCells = rows.get(header);
        for (int c = 0; c < headerCells.size(); c++) {
            if (fold(headerCells.get(c)).contains("thoi gian")) {
                timeColumn = c;
            }
        }
        Map<String, Integer> yearsInTime = new HashMap<>();
        Map<String, Integer> yearsAnywhere = new HashMap<>();
        for (int i = header; i < rows.size(); i++) {
            List<String> cells = rows.get(i).stream().map(DocumentText::cell).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            table.append(String.join("\t", cells)).append('\n');
            for (int c = 0; c < cells.size() && i > header; c++) {
                Matcher m = YEAR.matcher(cells.get(c));
                while (m.find()) {
                    yearsAnywhere.merge(m.group(1), 1, Integer::sum);
                    if (c == timeColumn) {
                        yearsInTime.merge(m.group(1), 1, Integer::sum);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        if (!TITLE_YEAR.matcher(prose).find()) {
            String year = mostFrequent(yearsInTime.isEmpty() ? yearsAnywhere : yearsInTime);
            out.append("Kế hoạch cải cách hành chính năm ")
                    .append(year == null ? String.valueOf(Year.now().getValue()) : year).append("\n\n");
        }
        return out.append(prose).append('\n').append(table).toString();
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
