package vn.nhacviec.plan.document;

import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.document.SheetCells;
import vn.nhacviec.plan.PlanFileException;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * An Excel task list (.xlsx or .xls, POI): the first sheet with a header row (STT, Nội dung…)
 * as plan text ({@link TaskSheet}). Date cells are written dd/MM/yyyy; a merged region's text
 * is in its first cell only. Cells are read under the reading budget ({@link SheetCells}): a
 * sheet is as large as its filled cells reach, not as its declared dimension.
 */
final class WorkbookText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WorkbookText() {
    }

    /** {@code fonts} learns when a sheet's cells were typed in TCVN3 or VNI (its header then reads "Néi dung"). */
    static String extract(byte[] bytes, LegacyFonts fonts, ReadingBudget.Meter meter) throws IOException {
        Optional<String> text = SheetCells.first(bytes, meter, sheet -> {
            List<List<String>> rows = rows(sheet);
            if (TaskSheet.headerRow(rows) < 0) {
                rows = decoded(rows, fonts);
            }
            return TaskSheet.headerRow(rows) >= 0
                    ? Optional.of(TaskSheet.toText("sheet \"" + sheet.name() + "\"", rows)) : Optional.empty();
        });
        return text.orElseThrow(() -> new PlanFileException("the workbook has no sheet with a task table "
                + "(a header row with \"STT\" and \"Nội dung\"/\"Nhiệm vụ\")", TaskSheet.NO_TASK_TABLE));
    }

    /** The cells decoded when the sheet as a whole is clearly TCVN3 or VNI, else as they are. */
    private static List<List<String>> decoded(List<List<String>> rows, LegacyFonts fonts) {
        String all = String.join("\n", rows.stream().map(r -> String.join("\t", r)).toList());
        Optional<LegacyEncoding> encoding = LegacyDetector.detect(all);
        if (encoding.isEmpty()) {
            return rows;
        }
        fonts.met(encoding.get());
        return rows.stream().map(r -> r.stream().map(c -> LegacyText.convert(c, encoding.get())).toList()).toList();
    }

    /** The used rows; a merged region's text stays in its first cell (clipped to the used size). */
    private static List<List<String>> rows(SheetCells.SheetData sheet) {
        List<List<String>> rows = sheet.grid(WorkbookText::text);
        for (SheetCells.Merged merged : sheet.merged()) {
            for (int r = merged.firstRow(); r <= merged.lastRow() && r < sheet.rows(); r++) {
                for (int c = merged.firstColumn(); c <= merged.lastColumn() && c < sheet.columns(); c++) {
                    if (r != merged.firstRow() || c != merged.firstColumn()) {
                        rows.get(r).set(c, "");
                    }
                }
            }
        }
        return rows;
    }

    private static String text(SheetCells.Value value) {
        if (value instanceof SheetCells.Number n) {
            return n.day() != null ? n.day().format(DAY) : n.formula() ? number(n.value()) : n.formatted();
        }
        if (value instanceof SheetCells.Text t) {
            return t.text();
        }
        return String.valueOf(((SheetCells.Bool) value).value());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
