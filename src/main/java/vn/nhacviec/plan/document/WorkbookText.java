package vn.nhacviec.plan.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.nhacviec.plan.PlanFileException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Excel task list (.xlsx or .xls, POI): the first sheet with a header row (STT, Nội dung…)
 * as plan text ({@link TaskSheet}). Date cells are written dd/MM/yyyy; a merged region's text
 * is in its first cell only.
 */
final class WorkbookText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WorkbookText() {
    }

    static String extract(byte[] bytes) throws IOException {
        return extract(bytes, new LegacyFonts());
    }

    /** {@code fonts} learns when a sheet's cells were typed in TCVN3 or VNI (its header then reads "Néi dung"). */
    static String extract(byte[] bytes, LegacyFonts fonts) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : workbook) {
                List<List<String>> rows = rows(sheet, formatter);
                if (TaskSheet.headerRow(rows) < 0) {
                    rows = decoded(rows, fonts);
                }
                if (TaskSheet.headerRow(rows) >= 0) {
                    return TaskSheet.toText("sheet \"" + sheet.getSheetName() + "\"", rows);
                }
            }
            throw new PlanFileException("the workbook has no sheet with a task table "
                    + "(a header row with \"STT\" and \"Nội dung\"/\"Nhiệm vụ\")", TaskSheet.NO_TASK_TABLE);
        }
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

    private static List<List<String>> rows(Sheet sheet, DataFormatter formatter) {
        List<List<String>> rows = new ArrayList<>();
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(row == null ? "" : text(row.getCell(c), formatter));
            }
            rows.add(cells);
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            for (int r = merged.getFirstRow(); r <= merged.getLastRow() && r < rows.size(); r++) {
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn() && c < width; c++) {
                    if (r != merged.getFirstRow() || c != merged.getFirstColumn()) {
                        rows.get(r).set(c, "");
                    }
                }
            }
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().format(DAY)
                    : cell.getCellType() == CellType.FORMULA ? number(cell.getNumericCellValue()) : formatter.formatCellValue(cell);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
