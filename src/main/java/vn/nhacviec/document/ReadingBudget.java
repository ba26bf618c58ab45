package vn.nhacviec.document;

import java.time.Duration;

/**
 * How much reading one received document (a plan or a roster) may cost. A hostile file of a few
 * kilobytes can declare a million rows, inflate to gigabytes or nest tables thousands deep, so
 * every reader counts what it actually meets (used cells, not a sheet's declared dimension) and
 * refuses the file with one line naming the limit ({@link LimitExceeded}) as soon as a count
 * passes it. The defaults are far above any plan or roster a commune sends (the largest seed is
 * 45 KB of text, 25 pages, 500 KB of document XML) and far below what a 512 MB heap can hold.
 *
 * @param maxFileBytes     the file as received
 * @param maxPartBytes     one part once inflated: a ZIP entry of a .docx/.xlsx, or a PDF stream
 * @param maxInflatedBytes all parts of one file together, once inflated
 * @param maxParts         entries in a .docx/.xlsx
 * @param maxNesting       XML element depth in a .docx/.xlsx part (a table in a table adds three)
 * @param maxPages         pages of a PDF
 * @param maxGlyphsPerPage characters drawn on one PDF page
 * @param maxGlyphs        characters drawn on all pages of a PDF
 * @param maxRulesPerPage  straight lines (table borders) drawn on one PDF page
 * @param maxTablesPerPage ruled tables found on one PDF page
 * @param maxTableColumns  columns of one ruled PDF table (a plan's has 6–9)
 * @param maxTableRows     rows of one ruled PDF table on one page
 * @param maxCells         non-empty cells in all sheets of a workbook or CSV file
 * @param maxRows          rows of a sheet up to its last used one
 * @param maxColumns       columns of a sheet up to its last used one
 * @param maxMergedRegions merged regions in all sheets of a workbook
 * @param maxChars         characters of text taken out of a document
 * @param maxLineChars     characters of one line of the text (a paragraph, or a table row with its cells)
 * @param maxTime          wall time to read one document
 */
public record ReadingBudget(long maxFileBytes, long maxPartBytes, long maxInflatedBytes, int maxParts, int maxNesting,
                            int maxPages, int maxGlyphsPerPage, int maxGlyphs, int maxRulesPerPage, int maxTablesPerPage,
                            int maxTableColumns, int maxTableRows,
                            int maxCells, int maxRows, int maxColumns, int maxMergedRegions, int maxChars,
                            int maxLineChars,
                            Duration maxTime) {

    /** Real plans are 10–60 KB of text (a Word file with pictures a few MB); anything this large is not a plan. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** The budget every document is read with. */
    public static final ReadingBudget DEFAULT = new ReadingBudget(
            MAX_FILE_BYTES,
            16L * 1024 * 1024,     // a plan's document.xml is under 0.5 MB
            64L * 1024 * 1024,
            1_000,                 // POI's own default; a plan's .docx has about 15 parts
            64,                    // body/tbl/tr/tc/p/r/t is 8 deep; each nested table adds 3
            200,                   // plans are 5–40 pages
            30_000,                // a dense A4 page in a small font draws about 10 000
            500_000,               // a 40-page plan draws about 120 000
            3_000,                 // a ruled page of a plan draws a few hundred borders
            50,
            60,
            500,
            200_000,
            20_000,
            256,
            20_000,
            2_000_000,             // as much as the plan text reader reads
            200_000,               // a task of 40 000 characters is already absurd
            Duration.ofSeconds(30));

    /**
     * Checks the text taken out of a document, line by line, before the plan text reader sees it:
     * a table row of tens of thousands of cells, or a line of megabytes, costs that reader minutes.
     */
    public void checkLines(String text) {
        int start = 0;
        int line = 1;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > maxLineChars) {
                throw new LimitExceeded("line " + line + " is " + (end - start) + " characters long (limit: " + maxLineChars + ")",
                        "dòng " + line + " của tệp dài " + (end - start) + " ký tự, vượt giới hạn " + maxLineChars + " ký tự");
            }
            int cells = 1;
            for (int i = start; i < end; i++) {
                if (text.charAt(i) == '\t' && ++cells > maxColumns) {
                    throw new LimitExceeded("line " + line + " has more than " + maxColumns + " tab-separated columns",
                            "dòng " + line + " của tệp có hơn " + maxColumns + " cột");
                }
            }
            start = end + 1;
            line++;
        }
    }

    /** A meter for reading one document under this budget, its clock started now. */
    public Meter start() {
        return new Meter(this);
    }

    /** The cost of reading one document so far; not thread-safe (one document is read by one thread). */
    public static final class Meter {

        private final ReadingBudget budget;
        private final long deadline;
        private long inflated;
        private int cells;
        private int glyphs;

        private Meter(ReadingBudget budget) {
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.maxTime().toNanos();
        }

        public ReadingBudget budget() {
            return budget;
        }

        /** Refuses the document once its time is up or its reader was told to stop (interrupted). */
        public void tick() {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
                throw new LimitExceeded("reading it takes longer than " + budget.maxTime().toSeconds() + " s",
                        "đọc tệp mất quá " + budget.maxTime().toSeconds() + " giây");
            }
        }

        /** Counts bytes inflated from one part of the file. */
        public void inflated(long bytes) {
            inflated += bytes;
            if (inflated > budget.maxInflatedBytes()) {
                throw new LimitExceeded("its parts inflate to more than " + megabytes(budget.maxInflatedBytes()),
                        "tệp giải nén ra hơn " + megabytes(budget.maxInflatedBytes()));
            }
        }

        /** Counts one non-empty cell of a sheet or CSV file. */
        public void cell() {
            if (++cells > budget.maxCells()) {
                throw new LimitExceeded("it has more than " + budget.maxCells() + " filled cells",
                        "tệp có hơn " + budget.maxCells() + " ô có chữ");
            }
            if ((cells & 1023) == 0) {
                tick();
            }
        }

        /** Counts one character drawn on a PDF page. */
        public void glyph() {
            if (++glyphs > budget.maxGlyphs()) {
                throw new LimitExceeded("its pages draw more than " + budget.maxGlyphs() + " characters",
                        "các trang của tệp có hơn " + budget.maxGlyphs() + " ký tự");
            }
            if ((glyphs & 4095) == 0) {
                tick();
            }
        }

        /** Checks a sheet's used size: rows and columns up to its last filled cell. */
        public void sheetSize(String sheet, int rows, int columns) {
            if (rows > budget.maxRows()) {
                throw new LimitExceeded("sheet \"" + sheet + "\" uses " + rows + " rows (limit: " + budget.maxRows() + ")",
                        "trang tính \"" + sheet + "\" dùng tới " + rows + " dòng, vượt giới hạn " + budget.maxRows() + " dòng");
            }
            if (columns > budget.maxColumns()) {
                throw new LimitExceeded("sheet \"" + sheet + "\" uses " + columns + " columns (limit: " + budget.maxColumns() + ")",
                        "trang tính \"" + sheet + "\" dùng tới " + columns + " cột, vượt giới hạn " + budget.maxColumns() + " cột");
            }
        }

        static String megabytes(long bytes) {
            return bytes / (1024 * 1024) + " MB";
        }
    }
}
