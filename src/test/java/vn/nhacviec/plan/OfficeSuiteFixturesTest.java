package vn.nhacviec.plan;

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
 * The seed plans as LibreOffice saved and printed them (src/test/resources/plans/README.md says
 * how each file was made) read like the text seeds they come from: every row present (same
 * section and number, in order), the plan's header and reporting calendar the same, and tasks
 * equal on content, product, lead and coordinating units, deadline text, due dates and notes.
 * The number of equal tasks is asserted exactly, so a regression fails even above 95 %.
 *
 * <p>Fields are compared exactly, white space included: no normalising is needed, a PDF line
 * broken inside a word ("24/3/202" + "2") is joined back without a space, and one joined wrongly
 * counts as a difference.
 */
class OfficeSuiteFixturesTest {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    static Stream<Arguments> fixtures() {
        return Stream.of(
                // soffice --convert-to docx of the text seed: paragraphs with tabs
                Arguments.of("office/000_cdce05b82f3b33d6.docx", Seeds.SON_KY_2024, 37),
                Arguments.of("office/001_10d187350348b8f0.docx", Seeds.SON_HA_2025, 38),
                Arguments.of("office/002_ee5f5bd4ae60f5af.docx", Seeds.TAY_THUAN_2025, 0),
                Arguments.of("office/003_da2f02d1f4770a79.docx", Seeds.SON_KY_OCR_2024, 16),
                Arguments.of("office/004_06b0c52941d9efd6.docx", Seeds.ANH_SON_2024, 35),
                Arguments.of("office/000_cdce05b82f3b33d6.doc", Seeds.SON_KY_2024, 37),
                Arguments.of("office/001_10d187350348b8f0.doc", Seeds.SON_HA_2025, 38),
                // soffice --convert-to pdf of the text seed: a monospaced printout with tab stops
                Arguments.of("office/000_cdce05b82f3b33d6.pdf", Seeds.SON_KY_2024, 37),
                // one row carried over a page break loses an empty cell: how many tabs wrapped is not printed
                Arguments.of("office/001_10d187350348b8f0.pdf", Seeds.SON_HA_2025, 37),
                Arguments.of("office/002_ee5f5bd4ae60f5af.pdf", Seeds.TAY_THUAN_2025, 0),
                Arguments.of("office/003_da2f02d1f4770a79.pdf", Seeds.SON_KY_OCR_2024, 16),
                Arguments.of("office/004_06b0c52941d9efd6.pdf", Seeds.ANH_SON_2024, 35),
                // soffice --convert-to pdf of Word tables: ruled tables, rows split over pages
                Arguments.of("office/000.pdf", Seeds.SON_KY_2024, 37),
                Arguments.of("001-table.docx", Seeds.SON_HA_2025, 38),
                // justified cells print no space where a line wraps: the seed's "2023 -2025" reads "2023 - 2025"
                Arguments.of("office/001-table.pdf", Seeds.SON_HA_2025, 37));
    }

    @ParameterizedTest(name = "{0} reads like {1}")
    @MethodSource("fixtures")
    void anOfficeSuiteCopyReadsLikeItsTextSeed(String fixture, String seed, int expectedExact) {
        Plan expected = reader.read(Seeds.text(seed), 2026);
        Plan actual = reader.read(PlanFile.fromBytes(fixture, Seeds.bytes(fixture)).text(), 2026);

        assertEquals(expected.commune(), actual.commune());
        assertEquals(expected.year(), actual.year());
        assertEquals(expected.number(), actual.number());
        assertEquals(expected.calendar().dates(), actual.calendar().dates());
        assertEquals(expected.hasTaskTable(), actual.hasTaskTable());
        assertEquals(keys(expected), keys(actual), "every row present, in order");

        List<String> differences = new ArrayList<>();
        int exact = 0;
        for (int i = 0; i < expected.tasks().size(); i++) {
            String difference = difference(expected.tasks().get(i), actual.tasks().get(i));
            if (difference.isEmpty()) {
                exact++;
            } else {
                differences.add(difference);
            }
        }
        int total = expected.tasks().size();
        assertTrue(total == 0 || exact * 100 >= total * 95, exact + "/" + total + " equal:\n" + String.join("\n", differences));
        assertEquals(expectedExact, exact, "tasks equal to the text seed's; differences:\n" + String.join("\n", differences));
    }

    private static List<String> keys(Plan plan) {
        return plan.tasks().stream().map(t -> t.section() + "." + t.number()).toList();
    }

    private static String difference(Task expected, Task actual) {
        List<String> fields = new ArrayList<>();
        compare(fields, "content", expected.content(), actual.content());
        compare(fields, "product", expected.product(), actual.product());
        compare(fields, "lead", expected.lead(), actual.lead());
        compare(fields, "coordinating", expected.coordinating(), actual.coordinating());
        compare(fields, "deadlineText", expected.deadlineText(), actual.deadlineText());
        compare(fields, "dueDates", expected.dueDates(), actual.dueDates());
        compare(fields, "notes", expected.notes(), actual.notes());
        return fields.isEmpty() ? "" : expected.numbering() + ": " + String.join("; ", fields);
    }

    private static void compare(List<String> fields, String name, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            fields.add(name + " expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
