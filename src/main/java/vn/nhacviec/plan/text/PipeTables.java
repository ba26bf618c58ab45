package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns tables copied from web pages into the tab lines every table reader understands, line for line
 * (a row is written where it starts and the lines it used are left blank, so line numbers in warnings
 * still point into the file). Two forms arrive:
 * <ul>
 *   <li>inline rows, Markdown-like: {@code | 1 | Rà soát … | Văn phòng | Quý I/2027 |}, with or without the
 *       outer pipes, a {@code |---|---|} rule, a row whose cell goes on over the next lines before its
 *       closing pipe, and continuation rows whose number cell is empty;</li>
 *   <li>blocks, as legal-document sites copy into Markdown: every cell is a block of lines between lone
 *       {@code |} lines, and two lone pipes in a row close a row.</li>
 * </ul>
 * Only a table whose first row is a task-table header ("STT", "Nội dung", …) is converted; the site text
 * before and after it, and other pipe tables (the document's letterhead), are left as they are.
 */
final class PipeTables {

    private static final Pattern LONE_PIPE = Pattern.compile("\\s*\\|\\s*");
    /** A cell may not run on forever: past this many lines the table is over (the text after it is prose). */
    private static final int MAX_CELL_LINES = 40;

    private PipeTables() {
    }

    /** True when some line holds a pipe: only then is there anything to convert. */
    static boolean mayHoldPipeTable(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('|') >= 0) {
                return true;
            }
        }
        return false;
    }

    static List<String> toTabs(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int i = 0;
        while (i < out.size()) {
            int next = i + 1;
            if (isLonePipe(out.get(i))) {
                next = convertBlocks(out, i);
            } else if (pipeCount(out.get(i)) >= 2 && isHeader(inlineCells(out.get(i)))) {
                next = convertInline(out, i);
            }
            i = Math.max(next, i + 1);
        }
        return out;
    }

    // ---- inline rows

    private static int convertInline(List<String> lines, int headerAt) {
        int width = inlineCells(lines.get(headerAt)).size();
        // Without outer pipes on the header ("STT | Nội dung | …"), a row's leading pipe is an empty first cell.
        boolean outer = lines.get(headerAt).strip().startsWith("|");
        int i = headerAt;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (Lines.isBlank(line)) {
                i++;
                continue;
            }
            if (pipeCount(line) == 0 || (outer && !startsWithPipe(line.strip()))) {
                return i; // site text after the table ("Chia sẻ: Facebook | Zalo" too, when rows open with a pipe)
            }
            // A row whose last cell goes on over the next lines before its closing pipe.
            StringBuilder row = new StringBuilder(line.strip());
            int end = i;
            while (pipeCount(row.toString()) < width + 1 && startsWithPipe(row) && !row.toString().endsWith("|")
                    && end + 1 < lines.size() && end - i < MAX_CELL_LINES && !Lines.isBlank(lines.get(end + 1))
                    && !startsWithPipe(lines.get(end + 1).strip())) {
                end++;
                row.append(' ').append(lines.get(end).strip());
            }
            lines.set(i, String.join("\t", outer ? inlineCells(row.toString()) : cellsWithoutOuterPipes(row.toString())));
            for (int k = i + 1; k <= end; k++) {
                lines.set(k, "");
            }
            i = end + 1;
        }
        return i;
    }

    /** Cells of an inline row: outer pipes dropped, split on the inner ones ("\|" is a pipe in a cell). */
    static List<String> inlineCells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        return cellsWithoutOuterPipes(s);
    }

    private static List<String> cellsWithoutOuterPipes(String line) {
        String s = line.strip();
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else if (c == '\t') {
                cell.append(' ');
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static int pipeCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|' && (i == 0 || s.charAt(i - 1) != '\\')) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWithPipe(CharSequence s) {
        return s.length() > 0 && s.charAt(0) == '|';
    }

    // ---- blocks between lone pipes

    /** One cell: its text and the lines it spans ({@code end} is the lone pipe that closes it). */
    private record Cell(String text, int start, int end) {
    }

    private static int convertBlocks(List<String> lines, int open) {
        List<Cell> header = readRow(lines, open, Integer.MAX_VALUE);
        if (header.size() < 2 || !isHeader(texts(header))) {
            return open + 1;
        }
        int width = header.size();
        write(lines, open, header, width);
        int at = header.get(header.size() - 1).end + 1; // the lone pipe that opens the next row
        List<Cell> pending = null;
        while (at < lines.size() && isLonePipe(lines.get(at))) {
            List<Cell> row = readRow(lines, at, width);
            if (row.isEmpty()) {
                break;
            }
            int rowEnd = row.get(row.size() - 1).end;
            boolean closed = rowEnd + 1 < lines.size() && isLonePipe(lines.get(rowEnd + 1));
            if (allEmpty(row)) {
                clear(lines, at, rowEnd);
                at = rowEnd + 1;
                continue;
            }
            if (row.size() == 1 && !closed && !TabTableReader.isSectionHeading(row.get(0).text())) {
                break; // text after the table, closed by a lone pipe of the site's layout
            }
            // A row with an empty cell inside reads as two short runs: put them back together.
            if (pending != null && row.size() < width && !startsAsRow(row.get(0).text())) {
                List<Cell> merged = new ArrayList<>(pending);
                merged.add(new Cell("", row.get(0).start, row.get(0).start));
                merged.addAll(row);
                write(lines, pending.get(0).start - 1, merged, width);
                clear(lines, at, rowEnd);
                pending = null;
            } else {
                write(lines, at, row, width);
                pending = row.size() > 1 && row.size() < width ? row : null;
            }
            if (!closed) {
                return rowEnd + 1;
            }
            at = rowEnd + 1;
        }
        return at;
    }

    /**
     * Cells from the lone pipe at {@code open}: each cell is the lines up to the next lone pipe; the row ends
     * where two lone pipes follow each other (an empty cell closes it) or after {@code width} cells.
     */
    private static List<Cell> readRow(List<String> lines, int open, int width) {
        List<Cell> cells = new ArrayList<>();
        int i = open + 1;
        while (i < lines.size() && cells.size() < width) {
            int start = i;
            List<String> text = new ArrayList<>();
            while (i < lines.size() && !isLonePipe(lines.get(i))) {
                text.add(lines.get(i));
                i++;
                if (i - start > MAX_CELL_LINES) {
                    return cells;
                }
            }
            if (i >= lines.size()) {
                return cells; // no closing pipe: not a cell
            }
            if (CellText.join(text).isEmpty()) {
                if (cells.isEmpty()) {
                    // "|" "|": an empty row between rows (or the end of the table).
                    cells.add(new Cell("", start, i));
                }
                return cells;
            }
            cells.add(new Cell(CellText.join(text), start, i));
            if (i + 1 < lines.size() && isLonePipe(lines.get(i + 1))) {
                return cells; // two pipes: the row is closed
            }
            i++;
        }
        return cells;
    }

    private static void write(List<String> lines, int open, List<Cell> row, int width) {
        List<String> cells = new ArrayList<>(texts(row));
        while (cells.size() < width) {
            cells.add("");
        }
        int end = row.get(row.size() - 1).end;
        clear(lines, open, end);
        lines.set(open, String.join("\t", cells));
    }

    private static void clear(List<String> lines, int from, int to) {
        for (int k = from; k <= to && k < lines.size(); k++) {
            lines.set(k, "");
        }
    }

    private static boolean allEmpty(List<Cell> row) {
        return row.stream().allMatch(c -> c.text().isBlank());
    }

    private static boolean startsAsRow(String firstCell) {
        String t = CellText.clean(firstCell);
        return TabTableReader.isRowNumber(t) || TabTableReader.isSectionHeading(t);
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    private static boolean isLonePipe(String line) {
        return line.indexOf('|') >= 0 && LONE_PIPE.matcher(line).matches();
    }

    private static boolean isHeader(List<String> cells) {
        return ColumnFinder.isHeader(cells.stream().map(c -> c.replace("\t", " ")).toList());
    }
}
