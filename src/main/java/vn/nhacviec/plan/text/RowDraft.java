package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A row being assembled, cell by cell; pieces of a cell continued after a page break are joined with a space. */
final class RowDraft {

    private static final Pattern LIST_ITEM = Pattern.compile("\\s+(?=[-+]\\s)");

    final String section;
    final String number;
    final int line;
    private final Map<Column, String> cells = new EnumMap<>(Column.class);
    final List<String> warnings = new ArrayList<>();

    RowDraft(String section, String number, int line) {
        this.section = section;
        this.number = number;
        this.line = line;
    }

    void append(Column column, String text) {
        if (column == Column.NUMBER || column == Column.UNKNOWN) {
            column = Column.NOTES;
        }
        cells.merge(column, CellText.tidy(text), CellText::append);
    }

    /** Sets a cell whose pieces were already joined by the caller (the time cell keeps its line breaks). */
    void set(Column column, String text) {
        cells.put(column, text == null ? "" : text.strip());
    }

    String get(Column column) {
        return cells.getOrDefault(column, "");
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    TaskRow build() {
        return new TaskRow(section, number, get(Column.CONTENT), get(Column.PRODUCT), get(Column.LEAD),
                get(Column.COORDINATING), get(Column.TIME), get(Column.NOTES), warnings, line);
    }

    /**
     * A time cell written as a list ("- Quý I năm 2025 ban hành Kế hoạch; - Định kỳ báo cáo…") gets one
     * item per line, so the deadline parser can tell the deadlines apart.
     */
    static String timeItemsOnLines(String time) {
        String t = CellText.tidy(time);
        if (t.startsWith("- ") || t.startsWith("+ ")) {
            return LIST_ITEM.matcher(t).replaceAll("\n");
        }
        return t;
    }
}
