package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds ruled tables among a page's borders: horizontal and vertical rules that touch one another
 * form one table; its column and row borders are where its rules lie. A lone box or an underline
 * is not a table: a table needs two columns and one row at least.
 */
public final class TableFinder {

    /** Rules this close (points) are taken to meet: producers stop a border short of the one it meets. */
    private static final double TOUCH = 2.0;

    private TableFinder() {
    }

    public static List<Table> find(List<Rule> rules) {
        List<Rule> horizontals = merge(rules.stream().filter(Rule::horizontal).toList());
        List<Rule> verticals = merge(rules.stream().filter(r -> !r.horizontal()).toList());
        int n = horizontals.size() + verticals.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // Verticals sorted by x: a horizontal is compared only with the verticals between its ends,
        // not with every vertical of the page (a page of many short rules made this quadratic).
        Integer[] byX = new Integer[verticals.size()];
        double[] xs = new double[verticals.size()];
        for (int v = 0; v < byX.length; v++) {
            byX[v] = v;
        }
        Arrays.sort(byX, Comparator.comparingDouble(v -> verticals.get(v).at()));
        for (int k = 0; k < byX.length; k++) {
            xs[k] = verticals.get(byX[k]).at();
        }
        for (int h = 0; h < horizontals.size(); h++) {
            Rule horizontal = horizontals.get(h);
            for (int k = firstAtOrAfter(xs, horizontal.from() - TOUCH); k < xs.length && xs[k] <= horizontal.to() + TOUCH; k++) {
                if (touch(horizontal, verticals.get(byX[k]))) {
                    union(parent, h, horizontals.size() + byX[k]);
                }
            }
        }
        // One pass groups the rules by their root (in order of first appearance, as before).
        Map<Integer, List<Rule>> hsByRoot = new LinkedHashMap<>();
        Map<Integer, List<Rule>> vsByRoot = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            hsByRoot.computeIfAbsent(root, r -> new ArrayList<>());
            if (i < horizontals.size()) {
                hsByRoot.get(root).add(horizontals.get(i));
            } else {
                vsByRoot.computeIfAbsent(root, r -> new ArrayList<>()).add(verticals.get(i - horizontals.size()));
            }
        }
        List<Integer> roots = new ArrayList<>(hsByRoot.keySet());
        roots.sort(Integer::compare);
        List<Table> tables = new ArrayList<>();
        for (int root : roots) {
            List<Rule> hs = hsByRoot.get(root);
            List<Rule> vs = vsByRoot.getOrDefault(root, List.of());
            if (hs.isEmpty() || vs.size() < 3) {
                continue;
            }
            List<Double> columns = cluster(vs.stream().map(Rule::at).toList());
            List<Double> rows = cluster(hs.stream().map(Rule::at).toList());
            if (columns.size() >= 3 && rows.size() >= 2) {
                tables.add(new Table(columns, rows, hs, vs));
            }
        }
        tables.sort(Comparator.comparingDouble(Table::top));
        return tables;
    }

    /** The index of the first value at or after {@code x} in sorted {@code values}. */
    private static int firstAtOrAfter(double[] values, double x) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean touch(Rule h, Rule v) {
        return v.at() >= h.from() - TOUCH && v.at() <= h.to() + TOUCH
                && h.at() >= v.from() - TOUCH && h.at() <= v.to() + TOUCH;
    }

    /** Joins pieces of one border: a producer draws a row's bottom border cell by cell. */
    static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
        List<Rule> merged = new ArrayList<>();
        List<Rule> line = new ArrayList<>();
        for (Rule r : sorted) {
            if (!line.isEmpty() && r.at() - line.get(0).at() > 1.0) {
                merged.addAll(joinAlong(line));
                line.clear();
            }
            line.add(r);
        }
        merged.addAll(joinAlong(line));
        return merged;
    }

    private static List<Rule> joinAlong(List<Rule> sameLine) {
        List<Rule> byStart = new ArrayList<>(sameLine);
        byStart.sort(Comparator.comparingDouble(Rule::from));
        List<Rule> out = new ArrayList<>();
        Rule current = null;
        for (Rule r : byStart) {
            if (current != null && r.from() <= current.to() + TOUCH) {
                current = new Rule(current.horizontal(), current.at(), current.from(), Math.max(current.to(), r.to()));
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = r;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** Positions closer than {@link Table#SAME} are one border; each cluster gives its mean. */
    static List<Double> cluster(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        double sum = 0;
        int count = 0;
        double last = Double.NaN;
        for (double v : sorted) {
            if (count > 0 && v - last > Table.SAME) {
                out.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += v;
            count++;
            last = v;
        }
        if (count > 0) {
            out.add(sum / count);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}
