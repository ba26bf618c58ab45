package vn.nhacviec.plan.document;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import vn.nhacviec.document.LimitExceeded;
import vn.nhacviec.document.ReadingBudget;
import vn.nhacviec.plan.document.pdf.Rule;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The straight borders drawn on a page: stroked horizontal and vertical segments, and filled
 * rectangles thin enough to be a border (Word draws borders that way, LibreOffice strokes them).
 * Coordinates are turned into the ones PDFBox gives text in: from the crop box's top left, y down.
 */
final class PdfRules extends PDFGraphicsStreamEngine {

    private final List<Rule> rules = new ArrayList<>();
    /** The current path's segments, one list per subpath: Word fills many borders as one path. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private final PDRectangle crop;
    private final int maxRules;
    private final int pageNumber;
    private int segments;
    private Point2D start;
    private Point2D current;

    private PdfRules(PDPage page, int maxRules, int pageNumber) {
        super(page);
        crop = page.getCropBox();
        this.maxRules = maxRules;
        this.pageNumber = pageNumber;
    }

    /**
     * The page's borders; none when its drawing cannot be followed (its text is still read). A page
     * drawing more straight lines than {@link ReadingBudget#maxRulesPerPage()} is refused as it is
     * followed, before the lines are kept or compared.
     */
    static List<Rule> of(PDPage page, ReadingBudget budget, int pageNumber) {
        PdfRules engine = new PdfRules(page, budget.maxRulesPerPage(), pageNumber);
        try {
            engine.processPage(page);
        } catch (LimitExceeded e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return List.copyOf(engine.rules);
    }

    /** Each straight segment drawn counts, a border or not: a hostile page draws them by the hundred thousand. */
    private void segment() {
        if (++segments > maxRules * 4) {
            throw new LimitExceeded("page " + pageNumber + " draws more than " + maxRules * 4 + " line segments",
                    "trang " + pageNumber + " vẽ hơn " + maxRules * 4 + " đoạn thẳng");
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        moveTo((float) p0.getX(), (float) p0.getY());
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void moveTo(float x, float y) {
        start = new Point2D.Float(x, y);
        current = start;
        subpaths.add(new ArrayList<>());
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D next = new Point2D.Float(x, y);
        if (current == null || subpaths.isEmpty()) {
            moveTo(x, y);
            return;
        }
        segment();
        subpaths.get(subpaths.size() - 1).add(new double[] {current.getX(), current.getY(), x, y});
        current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // Curves are not borders: keep only where the pen ends up.
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (start != null && current != null && !start.equals(current) && !subpaths.isEmpty()) {
            subpaths.get(subpaths.size() - 1).add(new double[] {current.getX(), current.getY(), start.getX(), start.getY()});
        }
        current = start;
    }

    @Override
    public void endPath() {
        reset();
    }

    @Override
    public void strokePath() {
        for (List<double[]> subpath : subpaths) {
            for (double[] s : subpath) {
                add(Rule.between(x(s[0]), y(s[1]), x(s[2]), y(s[3])));
            }
        }
        reset();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<double[]> subpath : subpaths) {
            if (subpath.isEmpty()) {
                continue;
            }
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] s : subpath) {
                minX = Math.min(minX, Math.min(x(s[0]), x(s[2])));
                maxX = Math.max(maxX, Math.max(x(s[0]), x(s[2])));
                minY = Math.min(minY, Math.min(y(s[1]), y(s[3])));
                maxY = Math.max(maxY, Math.max(y(s[1]), y(s[3])));
            }
            add(Rule.ofFilledBox(minX, minY, maxX, maxY));
        }
        reset();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // The clipping path is not drawn; the path itself ends with the next painting operator.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // Images carry no text and no borders worth reading.
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // A shading fills an area: not a border.
    }

    private void add(Rule rule) {
        if (rule != null) {
            rules.add(rule);
            if (rules.size() > maxRules) {
                throw new LimitExceeded("page " + pageNumber + " draws more than " + maxRules + " straight lines",
                        "trang " + pageNumber + " vẽ hơn " + maxRules + " đường kẻ");
            }
        }
    }

    private void reset() {
        subpaths.clear();
        start = null;
        current = null;
    }

    private double x(double pageX) {
        return pageX - crop.getLowerLeftX();
    }

    private double y(double pageY) {
        return crop.getHeight() - (pageY - crop.getLowerLeftY());
    }
}
