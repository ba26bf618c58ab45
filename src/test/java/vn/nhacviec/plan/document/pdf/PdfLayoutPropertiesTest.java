package vn.nhacviec.plan.document.pdf;

import org.junit.jupiter.api.Test;
import vn.nhacviec.plan.document.ItemCensus;
import vn.nhacviec.plan.document.TableFixtureGenerator;
import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.plan.text.TaskRow;
import vn.nhacviec.testsupport.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property (seeded generator): a plan's table printed over pages however they fall — cut
 * between any rows, rows broken inside by the page break, the header row repeated on every
 * page, page numbers or a long running footer between the parts — is put back together with
 * every row whole: the tab-table reader reads the same rows from it as from the table itself,
 * and the plain text shows every item.
 */
class PdfLayoutPropertiesTest {

    private static final Table GRID = new Table(List.of(50.0, 80.0, 240.0, 300.0, 360.0, 420.0, 480.0, 540.0),
            List.of(60.0, 780.0), List.of(), List.of());

    @Test
    void aTablePrintedOverAnyPageBreaksKeepsAllItsRows() {
        for (String seed : List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025)) {
            TableFixtureGenerator.Document table = TableFixtureGenerator.fromTabSeed(Seeds.text(seed), new int[0]);
            List<TaskRow> expected = rows(table.text());
            Random random = new Random(seed.hashCode() * 31L + 2026);
            for (int run = 0; run < 60; run++) {
                String printed = printed(table, random);
                List<TaskRow> actual = rows(printed);
                assertEquals(summary(expected), summary(actual), seed + " run " + run + ":\n" + printed);
                assertEquals(expected.size(), ItemCensus.ofCells(printed).size(), seed + " run " + run + " " + ItemCensus.ofCells(printed).items());
            }
        }
    }

    /** The table cut into pages at random, as {@link PdfLayout} gets it from a PDF's pages. */
    private static String printed(TableFixtureGenerator.Document table, Random random) {
        String footer = random.nextBoolean() ? "" : "Phụ lục kèm theo Kế hoạch cải cách hành chính của Ủy ban nhân dân xã, "
                + "bản in để theo dõi tiến độ thực hiện - trang %d\n";
        List<List<PageBlock>> pages = new ArrayList<>();
        List<List<String>> part = new ArrayList<>();
        part.add(table.header());
        List<PageBlock> first = new ArrayList<>();
        first.add(new PageBlock.Text(String.join("\n", table.before()) + "\n"));
        pages.add(first);
        for (List<String> row : table.rows()) {
            if (part.size() > 1 && random.nextInt(6) == 0) {
                boolean split = !TableFixtureGenerator.Document.isSection(row) && random.nextBoolean();
                List<String> rest = new ArrayList<>();
                List<String> head = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    int space = split && c > 0 ? cell.indexOf(' ', random.nextInt(cell.length() + 1)) : -1;
                    head.add(space < 0 ? cell : cell.substring(0, space));
                    rest.add(space < 0 ? "" : cell.substring(space + 1));
                }
                boolean broken = rest.stream().anyMatch(c -> !c.isEmpty());
                part.add(broken ? head : row);
                endPage(pages, part, footer, random);
                part = new ArrayList<>();
                part.add(table.header());
                if (broken) {
                    part.add(rest);
                }
                continue;
            }
            part.add(row);
        }
        endPage(pages, part, footer, random);
        pages.get(pages.size() - 1).add(new PageBlock.Text(String.join("\n", table.after()) + "\n"));
        return PdfLayout.text(pages);
    }

    private static void endPage(List<List<PageBlock>> pages, List<List<String>> part, String footer, Random random) {
        List<PageBlock> page = pages.get(pages.size() - 1);
        page.add(new PageBlock.Rows(GRID, part));
        int number = pages.size();
        page.add(new PageBlock.Text(footer.isEmpty() ? (random.nextBoolean() ? number + "\n" : "- " + number + " -\n")
                : footer.formatted(number)));
        pages.add(new ArrayList<>());
    }

    private static List<TaskRow> rows(String text) {
        return new PlanTextReader().read(text).rows();
    }

    private static List<String> summary(List<TaskRow> rows) {
        return rows.stream().map(r -> String.join(" | ", r.section(), r.number(), r.content(), r.product(), r.leadText(),
                r.coordinatingText(), r.timeText(), r.notes())).toList();
    }
}
