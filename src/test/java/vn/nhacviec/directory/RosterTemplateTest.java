package vn.nhacviec.directory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roster form reads back as its example officers, whose units the catalog knows. */
class RosterTemplateTest {

    @Test
    void theTemplateReadsBackAsItsExamples() {
        RosterFile.Reading reading = RosterFile.read(RosterTemplate.FILE_NAME, RosterTemplate.xlsx(), null);
        assertEquals(List.of(), reading.problems());
        assertEquals(RosterTemplate.EXAMPLES, reading.lines());
        assertEquals(RosterTemplate.EXAMPLES, RosterFile.read(RosterTemplate.FILE_NAME, RosterTemplate.xlsx(), "Sơn Kỳ")
                .lines(), "the examples' commune cells agree with the default commune");
    }

    @Test
    void theExampleUnitsAreWrittenAsTheCatalogKnowsThem() {
        UnitCatalog catalog = UnitCatalog.defaults();
        for (RosterLine line : RosterTemplate.EXAMPLES) {
            assertTrue(line.units().stream().allMatch(u -> catalog.byCode(u).isPresent()), line.toString());
        }
        assertEquals(List.of("VP-TK", "MC"), RosterTemplate.EXAMPLES.get(2).units().stream()
                .map(u -> catalog.byCode(u).orElseThrow().code()).toList());
    }
}
