package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Reads a ruled table's cells: one row of cell texts per band between two row borders, one entry
 * per grid column. A cell spanning several columns (no border between them) gives its text then
 * empty cells; a cell with no border above it continues the cell above (a vertically merged cell,
 * or the rest of a row carried over), so its text stays in the row where the cell starts and the
 * later rows get an empty cell there. This is the text a Word table gives, see {@code DocxText}.
 */
public final class TableRows {

    private TableRows() {
    }

    /** The rows of cell texts; rows with no text at all are left out. */
    public static List<List<String>> of(Table table, List<Glyph> glyphs) {
        List<Double> xs = table.xs();
        List<Double> ys = table.ys();
        int bands = ys.size() - 1;
        int columns = table.columns();
        List<Region> regions = new ArrayList<>();
        Region[][] at = new Region[bands][columns];
        for (int b = 0; b < bands; b++) {
            double y1 = ys.get(b);
            double y2 = ys.get(b + 1);
            double quarter = (y2 - y1) / 4;
            int start = 0;
            for (int k = 1; k <= columns; k++) {
                if (k < columns && !table.hasVertical(xs.get(k), y1 + quarter, y2 - quarter)) {
                    continue;
                }
                Region above = b > 0 ? at[b - 1][start] : null;
                boolean continues = above != null && above.first == start && above.last == k - 1
                        && table.horizontalCoverage(y1, xs.get(start), xs.get(k)) < 0.5;
                Region region = continues ? above : new Region(b, start, k - 1);
                if (!continues) {
                    regions.add(region);
                }
                for (int c = start; c < k; c++) {
                    at[b][c] = region;
                }
                start = k;
            }
        }
        for (Glyph g : glyphs) {
            if (table.contains(g)) {
                at[index(ys, g.middleY())][index(xs, g.middleX())].glyphs.add(g);
            }
        }
        // Whether a line's room at its end can be trusted is seen column by column (one may be justified).
        List<List<VisualLine>> byColumn = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (Region r : regions) {
            r.lines = VisualLine.of(r.glyphs);
            byColumn.get(r.first).addAll(r.lines);
        }
        boolean[] roomTells = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            roomTells[c] = CellLines.roomTells(byColumn.get(c));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            String[] cells = new String[columns];
            Arrays.fill(cells, "");
            boolean any = false;
            for (Region r : regions) {
                if (r.band == b) {
                    cells[r.first] = CellLines.text(r.lines, xs.get(r.first), xs.get(r.last + 1), roomTells[r.first]);
                    any |= !cells[r.first].isEmpty();
                }
            }
            if (any) {
                rows.add(List.of(cells));
            }
        }
        return Collections.unmodifiableList(rows);
    }

    /** The band (or column) holding {@code v}: the last border at or before it, within the table. */
    private static int index(List<Double> borders, double v) {
        int i = 0;
        while (i + 2 < borders.size() && borders.get(i + 1) <= v) {
            i++;
        }
        return i;
    }

    /** A cell as drawn: the band it starts in, the grid columns it covers, the glyphs inside it. */
    private static final class Region {
        final int band;
        final int first;
        final int last;
        final List<Glyph> glyphs = new ArrayList<>();
        List<VisualLine> lines = List.of();

        Region(int band, int first, int last) {
            this.band = band;
            this.first = first;
            this.last = last;
        }
    }
}
