package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.List;

/** Glyphs and borders drawn by hand for the geometry tests: 10 pt text, every character 5 pt wide, a space 2.5 pt. */
final class Ink {

    static final double SIZE = 10;
    static final double WIDTH = 5;

    private Ink() {
    }

    /** A word (or several, with drawn spaces) starting at x on a baseline. */
    static List<Glyph> text(double x, double baseline, String text) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(x + i * WIDTH, baseline, WIDTH, SIZE, WIDTH / 2, String.valueOf(text.charAt(i))));
        }
        return glyphs;
    }

    /** The borders of a grid: every cell closed. */
    static List<Rule> grid(double[] xs, double[] ys) {
        List<Rule> rules = new ArrayList<>();
        for (double y : ys) {
            rules.add(new Rule(true, y, xs[0], xs[xs.length - 1]));
        }
        for (double x : xs) {
            rules.add(new Rule(false, x, ys[0], ys[ys.length - 1]));
        }
        return rules;
    }
}
