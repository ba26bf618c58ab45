package vn.nhacviec.plan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.testsupport.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole reading of a plan, on any text: it never throws and keeps every row the readers found. */
class PlanReaderPropertiesTest {

    private static final List<String> SEEDS = List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025,
            Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024);

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());
    private final PlanTextReader textReader = new PlanTextReader();

    @Provide
    Arbitrary<String> seed() {
        return Arbitraries.of(SEEDS).map(Seeds::text);
    }

    @Property(tries = 200)
    void aTruncatedSeedNeverThrowsAndKeepsEveryRowFound(@ForAll("seed") String seed,
                                                        @ForAll @IntRange(min = 0, max = 1000) int permille) {
        String truncated = seed.substring(0, seed.length() * permille / 1000);
        Plan plan = reader.read(truncated, 2024);
        assertEquals(textReader.read(truncated).rows().size(), plan.tasks().size());
        plan.tasks().forEach(task -> {
            assertFalse(task.milestones().isEmpty());
            task.dueDates().forEach(d -> assertEquals(plan.year(), d.getYear()));
        });
    }

    @Property(tries = 200)
    void garbledSeedsNeverThrow(@ForAll("seed") String seed, @ForAll @IntRange(min = 1, max = 50) int every,
                                @ForAll char noise) {
        StringBuilder garbled = new StringBuilder(seed);
        for (int i = every; i < garbled.length(); i += every * 7) {
            garbled.setCharAt(i, noise);
        }
        Plan plan = reader.read(garbled.toString(), 2024);
        assertEquals(textReader.read(garbled.toString()).rows().size(), plan.tasks().size());
    }

    @Property(tries = 300)
    void anyTextNeverThrows(@ForAll String text) {
        Plan plan = reader.read(text, 2024);
        assertTrue(plan.year() > 0);
    }
}
