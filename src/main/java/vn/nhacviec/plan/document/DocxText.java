package vn.nhacviec.plan.document;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.nhacviec.document.ReadingBudget;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A .docx as text (POI XWPF): each body paragraph one line; each table row one line of
 * tab-separated cells (a cell spanning n grid columns is followed by n−1 empty cells, the
 * continuation of a vertically merged cell is empty). Runs set in legacy Vietnamese fonts are
 * decoded as they are read ({@link DocxRuns}).
 */
final class DocxText {

    private DocxText() {
    }

    /** The parts were checked first ({@code ZipParts}): nesting is bounded, so is the recursion into nested tables. */
    static String extract(byte[] bytes, LegacyFonts fonts, ReadingBudget.Meter meter) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxRuns runs = new DocxRuns(doc, fonts);
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                meter.tick();
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(DocumentText.line(runs.text(paragraph))).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, runs, out);
                }
            }
            return out.toString();
        }
    }

    private static void table(XWPFTable table, DocxRuns runs, StringBuilder out) {
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean continuation = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continuation ? "" : cellText(cell, runs));
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? pr.getGridSpan().getVal().intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        out.append('\n');
    }

    private static String cellText(XWPFTableCell cell, DocxRuns runs) {
        List<String> parts = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                parts.add(DocumentText.cell(runs.text(paragraph)));
            } else if (element instanceof XWPFTable nested) {
                for (XWPFTableRow row : nested.getRows()) {
                    row.getTableCells().forEach(c -> parts.add(cellText(c, runs)));
                }
            }
        }
        return DocumentText.cell(String.join(" ", parts.stream().filter(p -> !p.isEmpty()).toList()));
    }
}
