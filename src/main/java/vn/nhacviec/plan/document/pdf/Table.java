package vn.nhacviec.plan.document.pdf;

import java.util.List;

/**
 * A ruled table found on a page: the x of its column borders and the y of its row borders
 * (sorted, page coordinates with y growing downwards), and the borders themselves, which say
 * where cells are merged (a border missing between two grid cells).
 */
public record Table(List<Double> xs, List<Double> ys, List<Rule> horizontals, List<Rule> verticals) {

    /** How far apart two borders may be and still be the same border (points). */
    static final double SAME = 1.5;

    public Table {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        horizontals = List.copyOf(horizontals);
        verticals = List.copyOf(verticals);
    }

    public int columns() {
        return xs.size() - 1;
    }

    public double left() {
        return xs.get(0);
    }

    public double right() {
        return xs.get(xs.size() - 1);
    }

    public double top() {
        return ys.get(0);
    }

    public double bottom() {
        return ys.get(ys.size() - 1);
    }

    /** True when the glyph is drawn inside the table's outer border. */
    public boolean contains(Glyph g) {
        return g.middleX() >= left() - SAME && g.middleX() <= right() + SAME
                && g.middleY() >= top() - SAME && g.middleY() <= bottom() + SAME;
    }

    /** True when the two tables have the same columns: one table going on over a page break. */
    public boolean sameColumns(Table other) {
        if (other.xs.size() != xs.size()) {
            return false;
        }
        for (int i = 0; i < xs.size(); i++) {
            if (Math.abs(xs.get(i) - other.xs.get(i)) > 3) {
                return false;
            }
        }
        return true;
    }

    /** True when a vertical border at {@code x} runs through the whole of {@code y1}–{@code y2}. */
    boolean hasVertical(double x, double y1, double y2) {
        for (Rule v : verticals) {
            if (Math.abs(v.at() - x) <= SAME && v.covers(y1, y2, SAME)) {
                return true;
            }
        }
        return false;
    }

    /** Which share of {@code x1}–{@code x2} a horizontal border at {@code y} covers (0 to 1). */
    double horizontalCoverage(double y, double x1, double x2) {
        double covered = 0;
        for (Rule h : horizontals) {
            if (Math.abs(h.at() - y) <= SAME) {
                covered += Math.max(0, Math.min(h.to(), x2) - Math.max(h.from(), x1));
            }
        }
        return x2 > x1 ? Math.min(1, covered / (x2 - x1)) : 0;
    }
}
