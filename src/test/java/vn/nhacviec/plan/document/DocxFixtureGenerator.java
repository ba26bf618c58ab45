package vn.nhacviec.plan.document;

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
 */
public final class DocxFixtureGenerator {

    private DocxFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/test/resources/plans/000.docx");
        try (OutputStream out = Files.newOutputStream(target)) {
            out.write(docx(Seeds.text(Seeds.SON_KY_2024)));
        }
        System.out.println("wrote " + target);
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
