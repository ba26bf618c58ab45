package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a table whose cells are separated by tabs, one line per row. After a page break a row goes on
 * in lines whose first cell is empty; each non-empty cell there is appended to the same column of the
 * row above. The header line may repeat after every page break, and a "----⇥---" rule may appear.
 */
final class TabTableReader {

    private static final Pattern ROW_NUMBER = Pattern.compile("(\\d{1,3})[.)]?");
    private static final Pattern HEADING = Pattern.compile("((?:[IVXL]{1,5})|[A-Z]|\\d{1,2})\\s*[.)/]\\s*\\S.*");
    /** Page debris a printout leaves between the parts of a table: "4", "- 2 -", "Trang 3/4", "3/4". */
    private static final Pattern PAGE_DEBRIS = Pattern.compile(
            "(?:-\\s*)?\\d{1,3}(?:\\s*-)?|(?:trang|page)\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3}",
            Pattern.CASE_INSENSITIVE);
    /** The row of column numbers under a Word table's header: "(1) ⇥ (2) ⇥ (3)…". */
    private static final Pattern COLUMN_NUMBER = Pattern.compile("\\(?\\d{1,2}\\)?");
    private static final Pattern RULE = Pattern.compile("[-–—=_:|\\s]*");
    private static final Pattern NUMBERED_PROSE = Pattern.compile("(\\d{1,3})[.)]?\\s+\\S.*");
    /** Nested numbering: "1.1", "1.1.1" (kept as printed), "a)" (the parent's number plus the letter), "-". */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})+)\\.?");
    private static final Pattern LETTERED = Pattern.compile("([a-zđ])\\s?[).]?");
    private static final Pattern DASH = Pattern.compile("[-+•–]");
    /** A section that is a numeral alone in the number cell, its title in the next cell: "I", "Phần A", "A". */
    private static final Pattern SECTION_CELL = Pattern.compile("(?:(?:Phần|PHẦN|Phan|PHAN)\\s+)?([IVXL]{1,5}|[A-Z])\\s*[.)]?");
    private static final Pattern PART = Pattern.compile("(?:Phần|PHẦN|Phan|PHAN)\\s+([IVXL]{1,5}|[A-Z]|\\d{1,2})\\b\\s*[.:)]?.*");

    /** True for a row number as printed in a table's number cell: "4", "04.", "1.1", "a)". */
    static boolean isRowNumber(String cell) {
        return ROW_NUMBER.matcher(cell).matches() || DOTTED.matcher(cell).matches() || LETTERED.matcher(cell).matches();
    }

    /** True for a section heading: "I. CẢI CÁCH…", "Phần A", "II", "B. …". */
    static boolean isSectionHeading(String text) {
        String t = CellText.clean(text);
        Matcher heading = HEADING.matcher(t);
        return (heading.matches() && !Character.isDigit(heading.group(1).charAt(0))) || PART.matcher(t).matches()
                || SECTION_CELL.matcher(t).matches();
    }

    private static String sectionOf(String text) {
        Matcher part = PART.matcher(text);
        if (part.matches()) {
            return part.group(1);
        }
        Matcher cell = SECTION_CELL.matcher(text);
        if (cell.matches()) {
            return cell.group(1);
        }
        Matcher heading = HEADING.matcher(text);
        return heading.matches() ? heading.group(1) : text;
    }

    /** Index of the header line, or -1. */
    static int findHeader(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0 && ColumnFinder.isHeader(split(line))) {
                return i;
            }
        }
        return -1;
    }

    List<TaskRow> read(List<String> lines, int headerAt, List<String> planWarnings) {
        List<Column> columns = new ArrayList<>(ColumnFinder.classify(split(lines.get(headerAt))));
        int subHeader = subHeaderAt(lines, headerAt, columns);
        if (subHeader > 0) {
            // "Đơn vị thực hiện" over "Chủ trì ⇥ Phối hợp": the second header row names the columns.
            List<String> sub = split(lines.get(subHeader));
            for (int c = 0; c < sub.size() && c < columns.size(); c++) {
                Column named = ColumnFinder.classify(sub.get(c));
                if (named != Column.UNKNOWN) {
                    columns.set(c, named);
                }
            }
            while (columns.size() < sub.size()) {
                columns.add(ColumnFinder.classify(sub.get(columns.size())));
            }
            headerAt = subHeader;
        }
        checkColumns(columns, headerAt, planWarnings);
        List<TaskRow> rows = new ArrayList<>();
        RowDraft current = null;
        String section = "";
        Integer lastNumber = null;
        String lastText = "";
        String parent = "";
        int dashes = 0;
        for (int i = headerAt + 1; i < lines.size(); i++) {
            String raw = lines.get(i);
            int lineNo = i + 1;
            if (Lines.isBlank(raw)) {
                continue;
            }
            if (raw.indexOf('\t') < 0) {
                String t = CellText.clean(raw);
                if (PAGE_DEBRIS.matcher(t).matches() && tableGoesOn(lines, i + 1)) {
                    continue; // a page number between two parts of the table
                }
                Matcher m = NUMBERED_PROSE.matcher(t);
                if (m.matches() && current != null && lastNumber != null
                        && Integer.parseInt(m.group(1)) == lastNumber + 1) {
                    // A row that lost its tabs: keep it, whole, as content.
                    rows.add(current.build());
                    current = new RowDraft(section, m.group(1), lineNo);
                    current.append(Column.CONTENT, t.substring(m.group(1).length()).replaceFirst("^[.)]", ""));
                    current.warn("Dòng " + lineNo + ": không tách được cột " + CellText.quote(t));
                    lastNumber = lastNumber + 1;
                    continue;
                }
                if (isSectionHeading(t) && nextRowIsNumbered(lines, i + 1)) {
                    // A section row whose empty cells left no tab (a PDF prints no trailing tab).
                    section = sectionOf(t);
                    continue;
                }
                // Prose after the table (notes, signatures): the table is over.
                break;
            }
            List<String> cells = split(raw);
            if (ColumnFinder.isHeader(cells) || isColumnNumbers(cells)) {
                continue; // header (or its row of column numbers) repeated after a page break
            }
            List<String> clean = new ArrayList<>(cells.size());
            boolean allEmpty = true;
            boolean allRule = true;
            for (String c : cells) {
                String t = CellText.clean(c);
                clean.add(t);
                allEmpty &= t.isEmpty();
                allRule &= RULE.matcher(t).matches();
            }
            if (allEmpty || allRule) {
                continue;
            }
            String first = clean.get(0);
            boolean restEmpty = true;
            for (int c = 1; c < clean.size(); c++) {
                restEmpty &= clean.get(c).isEmpty();
            }
            if (first.isEmpty()) {
                String only = onlyText(clean);
                Matcher titled = only == null ? null : HEADING.matcher(only);
                if (titled != null && titled.matches() && isSectionHeading(only)
                        && (titled.group(1).matches("[IVXL]{1,5}") || isUpperCase(only))) {
                    // A section row whose title sits in the content column ("⇥I. CẢI CÁCH THỂ CHẾ⇥⇥").
                    section = sectionOf(only);
                    parent = "";
                    continue;
                }
                if (current == null) {
                    current = new RowDraft(section, "", lineNo);
                    current.warn("Dòng " + lineNo + ": phần tiếp theo không có dòng nào ở trên để nối vào "
                            + CellText.quote(String.join(" ", clean)));
                }
                fill(current, columns, clean, lineNo);
                continue;
            }
            Matcher number = ROW_NUMBER.matcher(first);
            if (number.matches()) {
                if (current != null) {
                    rows.add(current.build());
                }
                String n = number.group(1);
                current = new RowDraft(section, n, lineNo);
                int value = Integer.parseInt(n);
                if (lastNumber != null && value != lastNumber + 1 && value != 1) {
                    current.warn("Dòng " + lineNo + ": số thứ tự " + n + " không nối tiếp số " + lastText);
                }
                lastNumber = value;
                lastText = n;
                parent = n;
                dashes = 0;
                fill(current, columns, clean, lineNo);
                continue;
            }
            Nested nested = nested(first, parent);
            if (nested != null && nested.dash && current != null && !ownsTimeOrUnit(columns, clean)) {
                // "- …" under a row, with no time or unit of its own: more of that row's text.
                List<String> item = new ArrayList<>(clean);
                int content = columns.indexOf(Column.CONTENT);
                if (content > 0 && content < item.size()) {
                    item.set(content, first + " " + item.get(content));
                }
                fill(current, columns, item, lineNo);
                continue;
            }
            if (nested != null) {
                if (current != null) {
                    rows.add(current.build());
                }
                String n = nested.dash ? parent + "-" + (++dashes) : nested.number;
                if (!nested.dash && !nested.lettered) {
                    parent = n;
                    dashes = 0;
                }
                current = new RowDraft(section, n, lineNo);
                fill(current, columns, clean, lineNo);
                continue;
            }
            if (restEmpty || (SECTION_CELL.matcher(first).matches() || PART.matcher(first).matches())
                    && !ownsTimeOrUnit(columns, clean)) {
                section = sectionOf(first);
                parent = "";
                continue;
            }
            // A row whose number cell holds something else: keep it, with a warning.
            if (current != null) {
                rows.add(current.build());
            }
            current = new RowDraft(section, first, lineNo);
            current.warn("Dòng " + lineNo + ": số thứ tự không rõ " + CellText.quote(first));
            fill(current, columns, clean, lineNo);
        }
        if (current != null) {
            rows.add(current.build());
        }
        List<TaskRow> out = new ArrayList<>(rows.size());
        for (TaskRow r : withoutHeadingRows(rows)) {
            out.add(new TaskRow(r.section(), r.number(), r.content(), r.product(), r.leadText(),
                    r.coordinatingText(), RowDraft.timeItemsOnLines(r.timeText()), r.notes(), r.warnings(), r.line()));
        }
        return out;
    }

    /** The next non-blank line when it is a second header row: empty number cell, every other cell a column name. */
    private static int subHeaderAt(List<String> lines, int headerAt, List<Column> columns) {
        for (int j = headerAt + 1; j < lines.size() && j <= headerAt + 3; j++) {
            if (Lines.isBlank(lines.get(j)) || RULE.matcher(CellText.clean(lines.get(j))).matches()) {
                continue;
            }
            List<String> cells = split(lines.get(j));
            if (lines.get(j).indexOf('\t') < 0 || !CellText.clean(cells.get(0)).isEmpty()) {
                return -1;
            }
            int named = 0;
            for (int c = 1; c < cells.size(); c++) {
                if (CellText.clean(cells.get(c)).isEmpty()) {
                    continue;
                }
                if (ColumnFinder.classify(cells.get(c)) == Column.UNKNOWN) {
                    return -1;
                }
                named++;
            }
            return named > 0 ? j : -1;
        }
        return -1;
    }

    /** The text of the one non-empty cell of a line, or null. */
    private static String onlyText(List<String> cells) {
        String only = null;
        for (String c : cells) {
            if (!c.isEmpty()) {
                if (only != null) {
                    return null;
                }
                only = c;
            }
        }
        return only;
    }

    private static boolean isUpperCase(String text) {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetter(ch)) {
                letter = true;
                if (Character.isLowerCase(ch)) {
                    return false;
                }
            }
        }
        return letter;
    }

    private record Nested(String number, boolean lettered, boolean dash) {
    }

    /** The number of a nested row ("1.1"; "4a" under row 4; a "-" row), or null when the cell is none. */
    private static Nested nested(String cell, String parent) {
        Matcher dotted = DOTTED.matcher(cell);
        if (dotted.matches()) {
            return new Nested(dotted.group(1), false, false);
        }
        Matcher letter = LETTERED.matcher(cell);
        if (letter.matches() && !parent.isEmpty()) {
            return new Nested(parent + letter.group(1), true, false);
        }
        if (DASH.matcher(cell).matches() && !parent.isEmpty()) {
            return new Nested(parent, false, true);
        }
        return null;
    }

    private static boolean ownsTimeOrUnit(List<Column> columns, List<String> cells) {
        return !cellOf(columns, cells, Column.TIME).isEmpty() || !cellOf(columns, cells, Column.LEAD).isEmpty();
    }

    private static String cellOf(List<Column> columns, List<String> cells, Column column) {
        for (int c = 1; c < cells.size() && c < columns.size(); c++) {
            if (columns.get(c) == column && !cells.get(c).isEmpty()) {
                return cells.get(c);
            }
        }
        return "";
    }

    /**
     * A numbered row that has rows nested under it ("1" over "1.1", "4" over "4a") and no time or unit of its
     * own is the heading of a group, not a task.
     */
    private static List<TaskRow> withoutHeadingRows(List<TaskRow> rows) {
        List<TaskRow> kept = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            TaskRow r = rows.get(k);
            boolean hasChild = k + 1 < rows.size() && !r.number().isEmpty()
                    && rows.get(k + 1).section().equals(r.section()) && isChildNumber(rows.get(k + 1).number(), r.number());
            if (hasChild && r.timeText().isBlank() && r.leadText().isBlank()) {
                continue;
            }
            kept.add(r);
        }
        return kept;
    }

    private static boolean isChildNumber(String child, String parent) {
        if (!child.startsWith(parent) || child.length() == parent.length()) {
            return false;
        }
        char c = child.charAt(parent.length());
        return c == '.' || c == '-' || Character.isLetter(c);
    }

    /** True for the row "(1) ⇥ (2) ⇥ (3) …" that numbers a table's columns. */
    private static boolean isColumnNumbers(List<String> cells) {
        if (cells.size() < 3) {
            return false;
        }
        int expected = 1;
        for (String c : cells) {
            String t = CellText.clean(c);
            if (t.isEmpty()) {
                continue;
            }
            if (!COLUMN_NUMBER.matcher(t).matches() || Integer.parseInt(t.replaceAll("[()]", "")) != expected) {
                return false;
            }
            expected++;
        }
        return expected > 3;
    }

    /** True when the next non-blank line is a tab line: the table goes on after the page number. */
    private static boolean tableGoesOn(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (!Lines.isBlank(lines.get(j))) {
                return lines.get(j).indexOf('\t') >= 0;
            }
        }
        return false;
    }

    /** True when the next non-blank line is a numbered tab row: the table goes on. */
    private static boolean nextRowIsNumbered(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            if (Lines.isBlank(lines.get(j))) {
                continue;
            }
            String line = lines.get(j);
            return line.indexOf('\t') > 0 && isRowNumber(CellText.clean(split(line).get(0)));
        }
        return false;
    }

    private static void fill(RowDraft row, List<Column> columns, List<String> cells, int lineNo) {
        for (int c = 1; c < cells.size(); c++) {
            String text = cells.get(c);
            if (text.isEmpty()) {
                continue;
            }
            if (c >= columns.size()) {
                row.append(Column.NOTES, text);
                row.warn("Dòng " + lineNo + ": ô thừa ngoài bảng " + CellText.quote(text));
                continue;
            }
            row.append(columns.get(c), text);
        }
    }

    private static void checkColumns(List<Column> columns, int headerAt, List<String> planWarnings) {
        if (!columns.contains(Column.CONTENT)) {
            planWarnings.add("Dòng " + (headerAt + 1) + ": không thấy cột nội dung/nhiệm vụ trong tiêu đề bảng.");
        }
        if (!columns.contains(Column.TIME)) {
            planWarnings.add("Dòng " + (headerAt + 1) + ": không thấy cột thời gian trong tiêu đề bảng.");
        }
    }

    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                cells.add(line.substring(start, i));
                start = i + 1;
            }
        }
        cells.add(line.substring(start));
        return cells;
    }
}
