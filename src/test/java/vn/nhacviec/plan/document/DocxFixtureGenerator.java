package vn.nhacviec.plan.document;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.nhacviec.testsupport.Seeds;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes src/test/resources/plans/000.docx from seed 000's text, the way Word holds such a
 * plan: prose lines as paragraphs (without the seed's ** and # marks), the tab lines as one
 * table; a section row ("I. …") is one cell spanning every column, a row continued after a page
 * break has its STT cell vertically merged with the row above; HTML tags and the "----" rule
 * line of the seed are left out. Run once: {@code java … DocxFixtureGenerator [target]}.
 *
 * <p>{@code java … DocxFixtureGenerator 001 [target]} writes 001-table.docx from seed 001 the
 * way its author's Word file most likely was: one table row per task (the pieces the text
 * export carried over a page break joined back into their row, cell by cell, with a space), the
 * header row once, marked to repeat on every page, columns as wide as their content needs (the
 * text export repeated the header after every page break), the numbers and the header centred
 * and the other cells justified.
 */
public final class DocxFixtureGenerator {

    private DocxFixtureGenerator() {
    }

    /** Column widths of seed 001's table, in twentieths of a point (17.3 cm in all). */
    private static final int[] SON_HA_WIDTHS = {600, 3000, 1300, 1300, 1700, 1200, 700};

    public static void main(String[] args) throws IOException {
        boolean sonHa = args.length > 0 && args[0].equals("001");
        String[] rest = sonHa ? Arrays.copyOfRange(args, 1, args.length) : args;
        Path target = Path.of(rest.length > 0 ? rest[0]
                : sonHa ? "src/test/resources/plans/001-table.docx" : "src/test/resources/plans/000.docx");
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(sonHa ? docxOneRowPerTask(Seeds.text(Seeds.SON_HA_2025), SON_HA_WIDTHS)
                    : docx(Seeds.text(Seeds.SON_KY_2024)));
        }
        System.out.println("wrote " + target);
    }

    /** One table row per task, the header row once (repeated on each page by Word), given column widths. */
    static byte[] docxOneRowPerTask(String seedText, int[] widths) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : seedText.split("\n", -1)) {
                if (line.indexOf('\t') >= 0) {
                    String[] cells = Arrays.stream(line.split("\t", -1))
                            .map(c -> c.replaceAll("<[^>]+>", "").strip()).toArray(String[]::new);
                    if (Arrays.stream(cells).allMatch(c -> c.matches("-*"))) {
                        continue;
                    }
                    if (!rows.isEmpty() && Arrays.equals(cells, rows.get(0))) {
                        continue; // the header again, after a page break
                    }
                    if (!rows.isEmpty() && cells[0].isEmpty()) {
                        String[] previous = rows.get(rows.size() - 1);
                        for (int c = 1; c < Math.min(cells.length, previous.length); c++) {
                            previous[c] = (previous[c] + " " + cells[c]).strip();
                        }
                        continue;
                    }
                    rows.add(cells);
                } else if (!rows.isEmpty() && line.isBlank()) {
                    continue;
                } else {
                    if (!rows.isEmpty()) {
                        table(doc, rows, widths);
                        rows.clear();
                    }
                    String text = line.replace("**", "").replaceFirst("^#+ ", "").strip();
                    doc.createParagraph().createRun().setText(text);
                }
            }
            if (!rows.isEmpty()) {
                table(doc, rows, widths);
            }
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows, int[] widths) {
        table(doc, rows, (paragraph, text) -> paragraph.createRun().setText(text));
        XWPFTable table = doc.getTables().get(doc.getTables().size() - 1);
        table.getCTTbl().getTblPr().addNewTblLayout()
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = pr(cell).isSetGridSpan() ? pr(cell).getGridSpan().getVal().intValue() : 1;
                int width = 0;
                for (int c = column; c < column + span && c < widths.length; c++) {
                    width += widths[c];
                }
                cell.setWidth(String.valueOf(width));
                column += span;
            }
        }
        table.getRow(0).setRepeatHeader(true);
        // As such plans are typed: numbers and the header centred, the other cells justified.
        for (int r = 0; r < table.getRows().size(); r++) {
            List<XWPFTableCell> cells = table.getRow(r).getTableCells();
            for (int c = 0; c < cells.size(); c++) {
                ParagraphAlignment alignment = r == 0 || c == 0 && cells.size() > 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH;
                cells.get(c).getParagraphs().forEach(p -> p.setAlignment(alignment));
            }
        }
    }

    static byte[] docx(String seedText) throws IOException {
        return docx(seedText, doc -> { }, (paragraph, text) -> paragraph.createRun().setText(text));
    }

    /**
     * As {@link #docx(String)}, with the document's styles set by {@code styles} and every
     * paragraph's and cell's text written by {@code writer} (the legacy-font fixtures write it in
     * runs of their own fonts and encodings).
     */
    static byte[] docx(String seedText, Consumer<XWPFDocument> styles,
                       BiConsumer<XWPFParagraph, String> writer) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
            styles.accept(doc);
            List<String[]> rows = new ArrayList<>();
            for (String line : seedText.split("\n", -1)) {
                if (line.indexOf('\t') >= 0) {
                    String[] cells = Arrays.stream(line.split("\t", -1))
                            .map(c -> c.replaceAll("<[^>]+>", "").strip()).toArray(String[]::new);
                    if (Arrays.stream(cells).allMatch(c -> c.matches("-*"))) {
                        continue;
                    }
                    rows.add(cells);
                } else if (!rows.isEmpty() && line.isBlank()) {
                    continue;
                } else {
                    if (!rows.isEmpty()) {
                        table(doc, rows, writer);
                        rows.clear();
                    }
                    String text = line.replace("**", "").replaceFirst("^#+ ", "").strip();
                    writer.accept(doc.createParagraph(), text);
                }
            }
            if (!rows.isEmpty()) {
                table(doc, rows, writer);
            }
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows,
                              BiConsumer<XWPFParagraph, String> writer) {
        int columns = rows.get(0).length;
        XWPFTable table = doc.createTable(1, columns);
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = Arrays.copyOf(rows.get(r), columns);
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            boolean section = !cells[0].isEmpty() && !cells[0].matches("\\d+")
                    && Arrays.stream(cells, 1, columns).allMatch(c -> c == null || c.isEmpty());
            if (section) {
                for (int c = columns - 1; c > 0; c--) {
                    row.removeCell(c);
                }
                pr(row.getCell(0)).addNewGridSpan().setVal(BigInteger.valueOf(columns));
                writer.accept(row.getCell(0).getParagraphArray(0), cells[0]);
                continue;
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                String text = cells[c] == null ? "" : cells[c];
                if (c == 0 && text.isEmpty() && r > 0) {
                    pr(cell).addNewVMerge();
                    CTTcPr above = pr(table.getRow(r - 1).getCell(0));
                    if (!above.isSetVMerge()) {
                        above.addNewVMerge().setVal(STMerge.RESTART);
                    }
                } else if (!text.isEmpty()) {
                    writer.accept(cell.getParagraphArray(0), text);
                }
            }
        }
    }

    private static CTTcPr pr(XWPFTableCell cell) {
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }
}
