package vn.nhacviec.sheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A blank form to fill in, as an .xlsx workbook: a title row, an empty row, the header row (bold,
 * frozen, repeated on every printed page), example rows, a few empty bordered rows to write in,
 * and a second sheet of instructions. Landscape A4, one page wide, page numbers in the footer,
 * Times New Roman as Vietnamese offices print. The readers take the first sheet with a header,
 * so the instructions never count.
 *
 * @param widths column widths in characters, one per header
 */
public record FormSheet(String sheetName, String title, List<String> headers, List<Integer> widths, List<Line> lines,
                        List<String> instructions) {

    /** Empty rows after the examples: enough to see the grid, few enough to print on one page. */
    static final int EMPTY_ROWS = 8;
    /** One printed line of 12-point text, with its spacing. */
    private static final float LINE_POINTS = 16;
    /** The header is the third row (title, blank, header): the readers look for it by its words. */
    public static final int HEADER_ROW = 2;
    public static final String INSTRUCTIONS_SHEET = "Hướng dẫn";

    /** A row of the form: cells in header order, or a section title spanning the whole row. */
    public record Line(List<String> cells, boolean section) {

        public static Line of(String... cells) {
            return new Line(List.of(cells), false);
        }

        public static Line section(String title) {
            return new Line(List.of(title), true);
        }
    }

    public FormSheet {
        if (widths.size() != headers.size()) {
            throw new IllegalArgumentException("one width per header: " + headers.size() + " headers, " + widths.size() + " widths");
        }
        headers = List.copyOf(headers);
        widths = List.copyOf(widths);
        lines = List.copyOf(lines);
        instructions = List.copyOf(instructions);
    }

    public byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            Styles styles = new Styles(workbook);
            writeForm(workbook.createSheet(sheetName), styles);
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeForm(Sheet sheet, Styles styles) {
        int last = headers.size() - 1;
        Row titleRow = sheet.createRow(0);
        titleRow.setHeightInPoints(30);
        titleRow.createCell(0).setCellValue(title);
        titleRow.getCell(0).setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= last; c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        int r = HEADER_ROW + 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r);
            for (int c = 0; c <= last; c++) {
                String value = c < line.cells().size() ? line.cells().get(c) : "";
                row.createCell(c).setCellValue(value);
                row.getCell(c).setCellStyle(line.section() ? styles.section : c == 0 ? styles.centered : styles.text);
            }
            if (line.section()) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            } else {
                row.setHeightInPoints(LINE_POINTS * lines(line));
            }
            r++;
        }
        for (int i = 0; i < EMPTY_ROWS; i++, r++) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(LINE_POINTS * 3 / 2); // room to write by hand on the printed form
            for (int c = 0; c <= last; c++) {
                row.createCell(c).setCellStyle(c == 0 ? styles.centered : styles.text);
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, last));
        printOnA4(sheet);
    }

    /**
     * How many printed lines a row's longest cell takes. POI does not fit row heights to wrapped
     * text and LibreOffice keeps the stored height, so the examples would overlap their neighbours.
     */
    private int lines(Line line) {
        int most = 1;
        for (int c = 0; c < line.cells().size() && c < widths.size(); c++) {
            int perLine = Math.max(1, widths.get(c) * 5 / 4); // Times New Roman fits about 5 letters in 4 widths
            most = Math.max(most, (line.cells().get(c).length() + perLine - 1) / perLine);
        }
        return most;
    }

    private void writeInstructions(Sheet sheet, Styles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        Row first = sheet.createRow(0);
        first.createCell(0).setCellValue(INSTRUCTIONS_SHEET + ": " + title);
        first.getCell(0).setCellStyle(styles.bold);
        for (int i = 0; i < instructions.size(); i++) {
            Row row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue(instructions.get(i));
            row.getCell(0).setCellStyle(styles.wrapped);
        }
        printOnA4(sheet);
    }

    private static void printOnA4(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("Trang &P/&N"); // Excel header codes: page number, page count
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle section;
        final CellStyle text;
        final CellStyle centered;
        final CellStyle bold;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font normal = font(workbook, 12, false);
            Font boldFont = font(workbook, 12, true);
            Font titleFont = font(workbook, 14, true);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            section = bordered(workbook);
            section.setFont(boldFont);
            text = bordered(workbook);
            text.setFont(normal);
            centered = bordered(workbook);
            centered.setFont(normal);
            centered.setAlignment(HorizontalAlignment.CENTER);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            wrapped = workbook.createCellStyle();
            wrapped.setFont(normal);
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        /** Thin borders, wrapped text, top-aligned: how a printed table reads. */
        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = CellStyles.bordered(workbook);
            style.setWrapText(true);
            return style;
        }
    }
}
