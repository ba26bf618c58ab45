package vn.nhacviec.plan.document;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import vn.nhacviec.document.ReadingBudget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * An old Word document (.doc, POI HWPF) as text: paragraphs as lines, each table row one line
 * of tab-separated cells (a cell spanning several columns is followed by empty cells, the
 * continuation of a vertically merged cell is empty). In a document whose font table names a
 * legacy Vietnamese font, paragraphs are read run by run and those runs decoded ({@link LegacyFonts}).
 */
final class DocText {

    /** Twips of tolerance when comparing cell edges (a column is 300 twips or more). */
    private static final int SLACK = 40;

    private DocText() {
    }

    static String extract(byte[] bytes, LegacyFonts fonts, ReadingBudget.Meter meter) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            // only a document whose font table names a legacy font is read run by run
            LegacyFonts legacy = doc.getFontTable() != null && Arrays.stream(doc.getFontTable().getFontNames())
                    .anyMatch(f -> f != null && LegacyFonts.isLegacy(f.getMainFontName())) ? fonts : null;
            Range range = doc.getRange();
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < range.numParagraphs()) {
                meter.tick();
                Paragraph paragraph = range.getParagraph(i);
                if (paragraph.isInTable()) {
                    Table table = range.getTable(paragraph);
                    TreeSet<Integer> edges = new TreeSet<>();
                    for (int r = 0; r < table.numRows(); r++) {
                        TableRow row = table.getRow(r);
                        for (int c = 0; c < row.numCells(); c++) {
                            edges.add((int) row.getCell(c).getLeftEdge());
                        }
                    }
                    for (int r = 0; r < table.numRows(); r++) {
                        meter.tick();
                        TableRow row = table.getRow(r);
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < row.numCells(); c++) {
                            TableCell cell = row.getCell(c);
                            boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                            cells.add(continuation ? "" : cellText(cell, legacy));
                            // a cell as wide as several columns of the table (Word 97 keeps a
                            // horizontally merged cell as one wide cell) is followed by empty cells
                            int left = cell.getLeftEdge();
                            int span = edges.subSet(left + SLACK, left + cell.getWidth() - SLACK).size();
                            for (int k = 0; k < span; k++) {
                                cells.add("");
                            }
                        }
                        out.append(String.join("\t", cells)).append('\n');
                    }
                    out.append('\n');
                    i += Math.max(1, table.numParagraphs());
                } else {
                    // a paragraph keeps its tabs: a text plan saved as .doc keeps its columns
                    out.append(DocumentText.line(text(paragraph, legacy))).append('\n');
                    i++;
                }
            }
            return out.toString();
        }
    }

    private static String cellText(TableCell cell, LegacyFonts legacy) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < cell.numParagraphs(); p++) {
            String text = DocumentText.cell(text(cell.getParagraph(p), legacy));
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        return String.join(" ", parts);
    }

    /** A paragraph's text without field codes; with {@code legacy}, its runs in legacy fonts decoded. */
    private static String text(Paragraph paragraph, LegacyFonts legacy) {
        if (legacy == null) {
            return Range.stripFields(paragraph.text());
        }
        List<LegacyFonts.Run> runs = new ArrayList<>();
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            runs.add(new LegacyFonts.Run(run.text(), run.getFontName()));
        }
        return Range.stripFields(legacy.text(runs));
    }
}
