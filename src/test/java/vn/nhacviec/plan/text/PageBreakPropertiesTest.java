package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Any plan, cut by page breaks, with its pages shuffled or its header repeated, keeps all its items: what
 * a printout or a copy does to a plan must not lose a task. Seeded generators in plain JUnit; the seed and
 * try are in every failure message.
 */
class PageBreakPropertiesTest {

    private static final PlanTextReader READER = new PlanTextReader();

    private static String tabPlan(int pick) {
        return switch (pick) {
            case 0 -> Seeds.text(0);
            case 1 -> Seeds.text(1);
            default -> PlanShapesTest.resource("2026-xa-dong-tien-tab.txt");
        };
    }

    private static List<String> numbers(String text) {
        List<String> n = new ArrayList<>(READER.read(text).rows().stream().map(TaskRow::number).toList());
        Collections.sort(n);
        return n;
    }

    private static int headerAt(List<String> lines) {
        int h = TabTableReader.findHeader(lines);
        if (h < 0) {
            throw new IllegalStateException("no header");
        }
        return h;
    }

    /** Indexes of the table's numbered rows. */
    private static List<Integer> rowLines(List<String> lines) {
        List<Integer> rows = new ArrayList<>();
        for (int i = headerAt(lines) + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') > 0 && TabTableReader.isRowNumber(CellText.clean(TabTableReader.split(line).get(0)))) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static List<String> pageBreak(String header, int page) {
        return List.of("", page % 2 == 0 ? String.valueOf(page) : "- " + page + " -", "", header);
    }

    private void forAll(int tries, long seed, Function<Random, String[]> property) {
        Random random = new Random(seed);
        for (int t = 0; t < tries; t++) {
            String[] originalAndChanged = property.apply(random);
            assertEquals(numbers(originalAndChanged[0]), numbers(originalAndChanged[1]),
                    "seed " + seed + ", try " + t + ":\n" + originalAndChanged[1]);
        }
    }

    @Test
    void aTabTableWithItsHeaderRepeatedAfterPageBreaksKeepsAllItsRows() {
        forAll(100, 11, random -> {
            String text = tabPlan(random.nextInt(3));
            List<String> lines = new ArrayList<>(Lines.of(text));
            String header = lines.get(headerAt(lines));
            List<Integer> rows = rowLines(lines);
            int breaks = 1 + random.nextInt(4);
            List<Integer> at = new ArrayList<>();
            for (int b = 0; b < breaks; b++) {
                at.add(rows.get(1 + random.nextInt(rows.size() - 1)));
            }
            at.sort(Collections.reverseOrder());
            int page = 2;
            for (int i : at) {
                lines.addAll(i, pageBreak(header, page++));
            }
            return new String[] {text, String.join("\n", lines)};
        });
    }

    @Test
    void aTabTableRowCutByAPageBreakInsideACellKeepsAllItsRowsAndAllItsWords() {
        forAll(100, 12, random -> {
            String text = tabPlan(random.nextInt(3));
            List<String> lines = new ArrayList<>(Lines.of(text));
            String header = lines.get(headerAt(lines));
            List<Integer> rows = rowLines(lines);
            int i = rows.get(random.nextInt(rows.size()));
            List<String> cells = TabTableReader.split(lines.get(i));
            int c = 1 + random.nextInt(cells.size() - 1);
            String[] words = cells.get(c).strip().split(" ");
            int w = words.length < 2 ? words.length : 1 + random.nextInt(words.length - 1);
            List<String> first = new ArrayList<>(cells.subList(0, c));
            first.add(String.join(" ", Arrays.copyOfRange(words, 0, w)));
            List<String> rest = new ArrayList<>(Collections.nCopies(c, ""));
            rest.add(String.join(" ", Arrays.copyOfRange(words, w, words.length)));
            rest.addAll(cells.subList(c + 1, cells.size()));
            while (first.size() < cells.size()) {
                first.add("");
            }
            String before = rowWords(text, i + 1);
            lines.set(i, String.join("\t", first));
            List<String> after = new ArrayList<>(pageBreak(header, 3));
            after.add(String.join("\t", rest));
            lines.addAll(i + 1, after);
            String changed = String.join("\n", lines);
            assertEquals(before, rowWords(changed, i + 1), "row at line " + (i + 1));
            return new String[] {text, changed};
        });
    }

    /**
     * Every letter of the row that starts at a line, sorted: cut and joined again, none may be lost (spaces
     * are left out: a cut next to a bracket may leave one more or one less).
     */
    private static String rowWords(String text, int line) {
        TaskRow r = READER.read(text).rows().stream().filter(x -> x.line() == line).findFirst().orElseThrow();
        char[] letters = (r.content() + r.product() + r.leadText() + r.coordinatingText() + r.timeText() + r.notes())
                .replaceAll("\\s+", "").toCharArray();
        Arrays.sort(letters);
        return new String(letters);
    }

    @Test
    void aTabTableWhosePagesAreShuffledKeepsAllItsRows() {
        forAll(100, 13, random -> {
            String text = tabPlan(random.nextInt(3));
            List<String> lines = Lines.of(text);
            int h = headerAt(lines);
            List<Integer> rows = rowLines(lines);
            int end = rows.get(rows.size() - 1) + 1;
            // Pages start at a row (so a row and its continuation stay together) and carry the header.
            List<Integer> starts = new ArrayList<>();
            starts.add(h + 1);
            for (int k = 1; k < rows.size(); k++) {
                if (random.nextInt(5) == 0) {
                    starts.add(rows.get(k));
                }
            }
            starts.add(end);
            List<List<String>> pages = new ArrayList<>();
            for (int p = 0; p + 1 < starts.size(); p++) {
                pages.add(lines.subList(starts.get(p), starts.get(p + 1)));
            }
            Collections.shuffle(pages, random);
            List<String> out = new ArrayList<>(lines.subList(0, h + 1));
            int n = 2;
            for (List<String> page : pages) {
                out.addAll(page);
                out.addAll(pageBreak(lines.get(h), n++));
            }
            // The last row's continuation lines up to the end of the table come after it.
            out.addAll(lines.subList(end, lines.size()));
            String tableEnd = String.join("\n", lines.subList(0, end));
            return new String[] {tableEnd + "\n" + String.join("\n", lines.subList(end, lines.size())),
                String.join("\n", out)};
        });
    }

    @Test
    void aProsePlanWithPageNumbersAndRunningHeadersBetweenItsLinesKeepsAllItsItems() {
        String[] plans = {"2027-xa-hoa-binh-ocr.txt", "more/03_hanoi-308-nq214-dulieu.txt",
            "more/05_laichau-7360-luat-tieuchuan.txt"};
        forAll(100, 14, random -> {
            String text = PlanShapesTest.resource(plans[random.nextInt(plans.length)]);
            List<String> lines = new ArrayList<>(Lines.of(text));
            int breaks = 1 + random.nextInt(5);
            for (int b = 0; b < breaks; b++) {
                int at = 1 + random.nextInt(lines.size() - 1);
                lines.addAll(at, random.nextBoolean() ? List.of("", String.valueOf(b + 2), "")
                        : List.of("", "- " + (b + 2) + " -", ""));
            }
            return new String[] {text, String.join("\n", lines)};
        });
    }

    @Test
    void aPipeTableWithItsHeaderRepeatedOrItsRowsCutOverLinesKeepsAllItsRows() {
        forAll(100, 15, random -> {
            String text = PlanShapesTest.resource("2027-phuong-tan-an-web.txt");
            List<String> lines = new ArrayList<>(Lines.of(text));
            String header = lines.stream().filter(l -> l.startsWith("| STT")).findFirst().orElseThrow();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\| \\d+(\\.\\d+)? \\|.*\\||\\| [a-z]\\) \\|.*\\|")) {
                    rows.add(i);
                }
            }
            int i = rows.get(random.nextInt(rows.size()));
            if (random.nextBoolean()) {
                lines.add(i, header);
            } else {
                // The content cell goes on over a second line, before the cell's closing pipe.
                List<String> cells = PipeTables.inlineCells(lines.get(i));
                String content = cells.get(1);
                int cut = content.indexOf(' ', content.length() / 2);
                if (cut > 0) {
                    lines.set(i, "| " + cells.get(0) + " | " + content.substring(0, cut));
                    lines.add(i + 1, content.substring(cut + 1) + " | "
                            + String.join(" | ", cells.subList(2, cells.size())) + " |");
                }
            }
            return new String[] {text, String.join("\n", lines)};
        });
    }
}
