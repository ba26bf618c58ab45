package vn.nhacviec.plan.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.plan.document.pdf.Glyph;
import vn.nhacviec.plan.document.pdf.PageBlock;
import vn.nhacviec.plan.document.pdf.Table;
import vn.nhacviec.plan.document.pdf.TableFinder;
import vn.nhacviec.plan.document.pdf.TableRows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every page of a PDF once: its glyphs, its ruled tables (from the drawn borders), and its
 * text cut into blocks. Text outside tables is written by {@link PDFTextStripper} itself, with
 * its default settings, so a page without a ruled table reads exactly as before; a table's
 * glyphs are taken out of that text and read cell by cell instead ({@link TableRows}).
 */
final class PdfPages extends PDFTextStripper {

    private final List<List<Glyph>> glyphs = new ArrayList<>();
    private final List<List<PageBlock>> blocks = new ArrayList<>();
    private final StringBuilder plain = new StringBuilder();
    private final ReadingBudget.Meter meter;
    private List<Table> tables = List.of();
    private int glyphsOnPage;

    private PdfPages(ReadingBudget.Meter meter) {
        this.meter = meter;
    }

    /** Reads the pages one by one, refusing the document as soon as a page passes the budget. */
    static PdfPages read(PDDocument doc, ReadingBudget.Meter meter) throws IOException {
        PdfPages pages = new PdfPages(meter);
        pages.getText(doc);
        return pages;
    }

    /** Each page's glyphs, in the order the page draws them. */
    List<List<Glyph>> glyphs() {
        return glyphs;
    }

    /** Each page's blocks, top to bottom. */
    List<List<PageBlock>> blocks() {
        return blocks;
    }

    boolean hasTables() {
        return blocks.stream().flatMap(List::stream).anyMatch(b -> b instanceof PageBlock.Rows);
    }

    /** The whole text layer, tables included, exactly as {@link PDFTextStripper#getText} gives it. */
    String plainText() {
        return plain.toString();
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        super.startPage(page);
        meter.tick();
        glyphsOnPage = 0;
        // Rotated pages are left to the plain text stripper: their borders and text do not share axes.
        tables = page.getRotation() % 360 == 0 ? TableFinder.find(PdfRules.of(page, meter.budget(), getCurrentPageNo()))
                : List.of();
        checkTables();
    }

    /** Tables are read cell by cell, row by column: a page may hold only so many, of plan-like size. */
    private void checkTables() {
        ReadingBudget budget = meter.budget();
        int page = getCurrentPageNo();
        if (tables.size() > budget.maxTablesPerPage()) {
            throw new LimitExceeded("page " + page + " has " + tables.size() + " ruled tables (limit: "
                    + budget.maxTablesPerPage() + ")", "trang " + page + " có " + tables.size() + " bảng kẻ ô, vượt giới hạn "
                    + budget.maxTablesPerPage() + " bảng");
        }
        for (Table table : tables) {
            int rows = table.ys().size() - 1;
            if (table.columns() > budget.maxTableColumns() || rows > budget.maxTableRows()) {
                throw new LimitExceeded("page " + page + " has a ruled table of " + rows + " rows and " + table.columns()
                        + " columns (limit: " + budget.maxTableRows() + " rows, " + budget.maxTableColumns() + " columns)",
                        "trang " + page + " có bảng " + rows + " dòng, " + table.columns() + " cột, vượt giới hạn "
                                + budget.maxTableRows() + " dòng, " + budget.maxTableColumns() + " cột");
            }
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++glyphsOnPage > meter.budget().maxGlyphsPerPage()) {
            int page = getCurrentPageNo();
            throw new LimitExceeded("page " + page + " draws more than " + meter.budget().maxGlyphsPerPage() + " characters",
                    "trang " + page + " có hơn " + meter.budget().maxGlyphsPerPage() + " ký tự");
        }
        meter.glyph();
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() throws IOException {
        List<Glyph> page = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                page.add(glyph(t));
            }
        }
        glyphs.add(page);
        String text = written();
        plain.append(text);
        if (!tables.isEmpty()) {
            try {
                blocks.add(withTables());
                return;
            } catch (RuntimeException e) {
                // A safety net only: the page is then read as plain text, as if it had no table.
            }
        }
        blocks.add(List.of(new PageBlock.Text(text)));
    }

    /** The page cut into text bands and tables, top to bottom. */
    private List<PageBlock> withTables() throws IOException {
        List<PageBlock> out = new ArrayList<>();
        // Band k holds the text above table k (and beside it); the last band the text below them all.
        int bandCount = tables.size() + 1;
        List<List<List<TextPosition>>> bands = new ArrayList<>();
        List<List<Glyph>> inTable = new ArrayList<>();
        for (int k = 0; k < bandCount; k++) {
            List<List<TextPosition>> articles = new ArrayList<>();
            charactersByArticle.forEach(a -> articles.add(new ArrayList<>()));
            bands.add(articles);
            inTable.add(new ArrayList<>());
        }
        for (int a = 0; a < charactersByArticle.size(); a++) {
            for (TextPosition t : charactersByArticle.get(a)) {
                Glyph g = glyph(t);
                int table = tableOf(g);
                if (table >= 0) {
                    inTable.get(table).add(g);
                } else {
                    bands.get(bandOf(g)).get(a).add(t);
                }
            }
        }
        ArrayList<List<TextPosition>> all = new ArrayList<>(charactersByArticle);
        try {
            for (int k = 0; k < bandCount; k++) {
                charactersByArticle.clear();
                charactersByArticle.addAll(bands.get(k));
                String text = bands.get(k).stream().anyMatch(l -> !l.isEmpty()) ? written() : "";
                if (!text.isBlank()) {
                    out.add(new PageBlock.Text(text));
                }
                if (k < tables.size()) {
                    out.add(new PageBlock.Rows(tables.get(k), TableRows.of(tables.get(k), inTable.get(k))));
                }
            }
        } finally {
            charactersByArticle.clear();
            charactersByArticle.addAll(all);
        }
        return out;
    }

    /** What the default stripper writes for the current characters. */
    private String written() throws IOException {
        Writer saved = output;
        StringWriter text = new StringWriter();
        output = text;
        try {
            super.writePage();
        } finally {
            output = saved;
        }
        return text.toString();
    }

    private int tableOf(Glyph g) {
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i).contains(g)) {
                return i;
            }
        }
        return -1;
    }

    private int bandOf(Glyph g) {
        int k = 0;
        while (k < tables.size() && tables.get(k).top() <= g.middleY()) {
            k++;
        }
        return k;
    }

    private static Glyph glyph(TextPosition t) {
        float size = t.getFontSizeInPt();
        if (size <= 0) {
            size = t.getHeightDir() * 1.4f;
        }
        return new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getWidthOfSpace(), t.getUnicode());
    }
}
