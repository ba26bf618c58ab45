package vn.nhacviec.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.testsupport.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans typed as one Word table over many pages (header row repeated on every page, section rows
 * merged across all columns, rows broken by page breaks, justified cells), saved and printed by
 * LibreOffice (src/test/resources/plans/tables/README.md), read like the table they were made
 * from: every row present, in order, and section, number, lead units and due dates equal on the
 * number of rows asserted here (at least 90 %). What was made from a seed is compared with the
 * seed's own reading; plans-more 01 with its table as tab-separated text ({@code 617.txt}).
 */
class MultiPageTablesTest {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("tables/000.docx", Seeds.SON_KY_2024, 37),
                Arguments.of("tables/000.doc", Seeds.SON_KY_2024, 37),
                Arguments.of("tables/000.pdf", Seeds.SON_KY_2024, 37),
                // a running footer too long to pass for a page number: it used to end the table after 2 tasks
                Arguments.of("tables/000-footer.pdf", Seeds.SON_KY_2024, 37),
                Arguments.of("tables/001.docx", Seeds.SON_HA_2025, 38),
                Arguments.of("tables/001.pdf", Seeds.SON_HA_2025, 38),
                Arguments.of("tables/004.docx", Seeds.ANH_SON_2024, 35),
                Arguments.of("tables/004.pdf", Seeds.ANH_SON_2024, 35),
                Arguments.of("tables/004-unruled.docx", Seeds.ANH_SON_2024, 35),
                Arguments.of("tables/617.docx", "tables/617.txt", 11),
                Arguments.of("tables/617.pdf", "tables/617.txt", 11));
    }

    @ParameterizedTest(name = "{0} reads like {1}")
    @MethodSource("fixtures")
    void aMultiPageTableReadsCompletely(String fixture, String answer, int expectedExact) {
        Plan expected = reader.read(Seeds.text(answer), 2026);
        Plan actual = reader.read(PlanFile.fromBytes(fixture, Seeds.bytes(fixture)), 2026);

        assertEquals(keys(expected), keys(actual), "every row present, in order");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < expected.tasks().size(); i++) {
            String difference = difference(expected.tasks().get(i), actual.tasks().get(i));
            if (!difference.isEmpty()) {
                differences.add(difference);
            }
        }
        int total = expected.tasks().size();
        int exact = total - differences.size();
        assertTrue(exact * 100 >= total * 90, exact + "/" + total + " exact:\n" + String.join("\n", differences));
        assertEquals(expectedExact, exact, "rows equal on section, number, lead and due dates; differences:\n"
                + String.join("\n", differences));
        assertTrue(actual.warnings().stream().noneMatch(w -> w.contains("không đọc được:")),
                "a complete reading names nothing as missing: " + actual.warnings());
    }

    @Test
    void aTableWithoutBordersThatCannotBeReadNamesEveryItemItLost() {
        // The table printed without borders: its text layer has no columns to find. The plan
        // used to come out with no task and only "no task table found".
        Plan plan = reader.read(PlanFile.fromBytes("004-unruled.pdf", Seeds.bytes("tables/004-unruled.pdf")), 2026);
        Plan seed = reader.read(Seeds.text(Seeds.ANH_SON_2024), 2026);

        List<String> unread = seed.tasks().stream().filter(t -> plan.tasks().stream()
                .noneMatch(read -> read.numbering().equals(t.numbering()))).map(Task::numbering).toList();
        assertEquals(35, unread.size() + plan.tasks().size());
        assertEquals(1, plan.warnings().stream().filter(w -> w.contains("mục không đọc được")).count(), plan.warnings().toString());
        String warning = plan.warnings().stream().filter(w -> w.contains("mục không đọc được")).findFirst().orElseThrow();
        assertTrue(warning.startsWith("Tệp có 35 mục đánh số trong bảng nhiệm vụ nhưng " + unread.size() + " mục không đọc được: "
                + String.join(", ", unread) + "."), warning);
    }

    private static List<String> keys(Plan plan) {
        return plan.tasks().stream().map(t -> t.section() + "." + t.number()).toList();
    }

    private static String difference(Task expected, Task actual) {
        List<String> fields = new ArrayList<>();
        if (!expected.lead().equals(actual.lead())) {
            fields.add("lead expected <" + expected.lead() + "> but was <" + actual.lead() + ">");
        }
        if (!expected.dueDates().equals(actual.dueDates())) {
            fields.add("dueDates expected <" + expected.dueDates() + "> but was <" + actual.dueDates() + ">");
        }
        return fields.isEmpty() ? "" : expected.numbering() + ": " + String.join("; ", fields);
    }
}
