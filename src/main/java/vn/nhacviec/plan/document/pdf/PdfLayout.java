package vn.nhacviec.plan.document.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a document's pages back together as text: text blocks as they are, each table as one
 * line of tab-separated cells per row and a blank line after it. A table that runs over a page
 * break (the last thing on one page and the first on the next, with the same columns) is one
 * table: the page furniture between its parts (page numbers, running headers) is put after it,
 * so the table's rows stay together for the tab-table reader. Page furniture is short text, or
 * text printed on several pages (a running header or footer, however long).
 */
public final class PdfLayout {

    private PdfLayout() {
    }

    public static String text(List<List<PageBlock>> pages) {
        Set<String> running = runningLines(pages);
        StringBuilder out = new StringBuilder();
        Run run = null;
        for (List<PageBlock> blocks : pages) {
            int start = 0;
            if (run != null) {
                int first = firstRows(blocks);
                if (first >= 0 && run.table.sameColumns(((PageBlock.Rows) blocks.get(first)).table())
                        && allFurniture(blocks.subList(0, first), running)) {
                    run.defer(blocks.subList(0, first));
                    run.add((PageBlock.Rows) blocks.get(first));
                    start = first + 1;
                    List<PageBlock> rest = blocks.subList(start, blocks.size());
                    if (allFurniture(rest, running)) {
                        // The table fills this page too and may go on over the next one.
                        run.defer(rest);
                        continue;
                    }
                } else {
                    run.writeTo(out);
                    run = null;
                }
            }
            for (int j = start; j < blocks.size(); j++) {
                PageBlock block = blocks.get(j);
                if (block instanceof PageBlock.Text text) {
                    if (run != null) {
                        run.writeTo(out);
                        run = null;
                    }
                    append(out, text.text());
                    continue;
                }
                if (run != null) {
                    run.writeTo(out);
                }
                run = new Run((PageBlock.Rows) block);
                List<PageBlock> rest = blocks.subList(j + 1, blocks.size());
                if (!allFurniture(rest, running)) {
                    continue;
                }
                // The table may go on over the page: hold what follows it on this page.
                run.defer(rest);
                break;
            }
        }
        if (run != null) {
            run.writeTo(out);
        }
        return out.toString();
    }

    private static int firstRows(List<PageBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof PageBlock.Rows) {
                return i;
            }
        }
        return -1;
    }

    private static boolean allFurniture(List<PageBlock> blocks, Set<String> running) {
        return blocks.stream().allMatch(b -> b instanceof PageBlock.Text t && (t.isFurniture() || isRunning(t, running)));
    }

    /**
     * Lines printed on more than one page (digits aside: "Trang 2/5"): a running header or
     * footer, however long, is page furniture, not text that ends a table.
     */
    static Set<String> runningLines(List<List<PageBlock>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PageBlock> blocks : pages) {
            Set<String> seen = new HashSet<>();
            for (PageBlock b : blocks) {
                if (b instanceof PageBlock.Text t) {
                    t.text().lines().filter(l -> !l.isBlank()).map(PdfLayout::shape).forEach(seen::add);
                }
            }
            seen.forEach(line -> pagesWith.merge(line, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        pagesWith.forEach((line, count) -> {
            if (count >= 2) {
                running.add(line);
            }
        });
        return running;
    }

    private static boolean isRunning(PageBlock.Text text, Set<String> running) {
        List<String> lines = text.text().lines().filter(l -> !l.isBlank()).toList();
        return !lines.isEmpty() && lines.stream().allMatch(l -> running.contains(shape(l)));
    }

    private static String shape(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    private static void append(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        out.append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
    }

    /** A table being put together over one or more pages. */
    private static final class Run {
        Table table;
        final List<List<String>> rows = new ArrayList<>();
        final List<String> deferred = new ArrayList<>();

        Run(PageBlock.Rows first) {
            add(first);
        }

        void add(PageBlock.Rows part) {
            table = part.table();
            List<List<String>> more = part.rows();
            if (!rows.isEmpty()) {
                // The header rows a word processor repeats at the top of every page (the column
                // titles, and the "(1) (2) …" row under them) are the table's first rows again:
                // left out, the table reads as typed.
                int k = 0;
                while (k < more.size() && k < rows.size() - 1 && more.get(k).equals(rows.get(k))) {
                    k++;
                }
                more = new ArrayList<>(more.subList(k, more.size()));
                // A row broken by the page break goes on there, its number cell empty: its cells
                // are joined back here, where a word or a date cut at the break ("10/12/2" +
                // "024") can still be told from two words.
                List<String> last = rows.get(rows.size() - 1);
                if (!more.isEmpty() && rows.size() > 1 && isRest(more.get(0), last)) {
                    rows.set(rows.size() - 1, CellLines.joined(last, more.get(0)));
                    more.remove(0);
                }
            }
            rows.addAll(more);
        }

        private static boolean isRest(List<String> row, List<String> previous) {
            return row.size() == previous.size() && row.get(0).isBlank() && row.stream().anyMatch(c -> !c.isBlank());
        }

        void defer(List<PageBlock> furniture) {
            for (PageBlock b : furniture) {
                deferred.add(((PageBlock.Text) b).text());
            }
        }

        void writeTo(StringBuilder out) {
            for (List<String> row : rows) {
                out.append(String.join("\t", row)).append('\n');
            }
            out.append('\n');
            deferred.forEach(text -> append(out, text));
        }
    }
}
