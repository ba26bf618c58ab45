package vn.nhacviec.plan;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.testsupport.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

/** The whole reading of a plan, on any text: it never throws and keeps every row the readers found. */
class PlanReaderPropertiesTest {

    private static final List<String> SEEDS = List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025,
            Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024);

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());
    private final PlanTextReader textReader = new PlanTextReader();

    private static Gen<String> seed() {
        return Generate.pick(SEEDS).map(Seeds::text);
    }

    @Test
    void aTruncatedSeedNeverThrowsAndKeepsEveryRowFound() {
        qt().withExamples(200).withShrinkCycles(20)
                .forAll(seed(), SourceDSL.integers().between(0, 1000))
                .checkAssert((seed, permille) -> {
                    String truncated = seed.substring(0, seed.length() * permille / 1000);
                    Plan plan = reader.read(truncated, 2024);
                    assertEquals(textReader.read(truncated).rows().size(), plan.tasks().size());
                    plan.tasks().forEach(task -> {
                        assertFalse(task.milestones().isEmpty());
                        task.dueDates().forEach(d -> assertEquals(plan.year(), d.getYear()));
                    });
                });
    }

    @Test
    void garbledSeedsNeverThrow() {
        qt().withExamples(200).withShrinkCycles(20)
                .forAll(seed(), SourceDSL.integers().between(1, 50), SourceDSL.characters().ascii()
                        .mix(SourceDSL.characters().basicMultilingualPlane(), 70))
                .checkAssert((seed, every, noise) -> {
                    StringBuilder garbled = new StringBuilder(seed);
                    for (int i = every; i < garbled.length(); i += every * 7) {
                        garbled.setCharAt(i, noise);
                    }
                    Plan plan = reader.read(garbled.toString(), 2024);
                    assertEquals(textReader.read(garbled.toString()).rows().size(), plan.tasks().size());
                });
    }

    @Test
    void anyTextNeverThrows() {
        qt().withExamples(300).withShrinkCycles(20)
                .forAll(SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 255))
                .checkAssert(text -> {
                    Plan plan = reader.read(text, 2024);
                    assertTrue(plan.year() > 0);
                });
    }
}
