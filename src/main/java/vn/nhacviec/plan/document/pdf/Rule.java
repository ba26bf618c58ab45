package vn.nhacviec.plan.document.pdf;

/**
 * A straight border drawn on a page (a stroked line or a thin filled rectangle), horizontal or
 * vertical, in page coordinates with y growing downwards: {@code at} is its y (horizontal) or x
 * (vertical), {@code from}–{@code to} its extent along the other axis.
 */
public record Rule(boolean horizontal, double at, double from, double to) {

    /** Lines thinner than this (points) and longer than {@link #MIN_LENGTH} are borders, not shapes. */
    static final double MAX_THICKNESS = 2.5;
    static final double MIN_LENGTH = 4;

    public Rule {
        if (from > to) {
            double t = from;
            from = to;
            to = t;
        }
    }

    /** The segment between two points if it is (nearly) horizontal or vertical, else null. */
    public static Rule between(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) <= 0.5 && Math.abs(x1 - x2) >= MIN_LENGTH) {
            return new Rule(true, (y1 + y2) / 2, x1, x2);
        }
        if (Math.abs(x1 - x2) <= 0.5 && Math.abs(y1 - y2) >= MIN_LENGTH) {
            return new Rule(false, (x1 + x2) / 2, y1, y2);
        }
        return null;
    }

    /** The centre line of a filled rectangle if it is thin enough to be a border, else null. */
    public static Rule ofFilledBox(double minX, double minY, double maxX, double maxY) {
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= MAX_THICKNESS && w >= MIN_LENGTH && w > h) {
            return new Rule(true, (minY + maxY) / 2, minX, maxX);
        }
        if (w <= MAX_THICKNESS && h >= MIN_LENGTH && h > w) {
            return new Rule(false, (minX + maxX) / 2, minY, maxY);
        }
        return null;
    }

    public double length() {
        return to - from;
    }

    /** True when this rule covers {@code [a, b]} along its length, allowing {@code slack} at each end. */
    boolean covers(double a, double b, double slack) {
        return from - slack <= a && to + slack >= b;
    }
}
