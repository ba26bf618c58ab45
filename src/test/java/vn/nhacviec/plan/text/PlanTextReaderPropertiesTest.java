package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class PlanTextReaderPropertiesTest {

    private static final PlanTextReader READER = new PlanTextReader();

    private static PlanText readSafely(String text) {
        PlanText plan = READER.read(text);
        assertNotNull(plan);
        for (String w : plan.warnings()) {
            assertTrue(!w.startsWith("Lỗi nội bộ"), w);
        }
        return plan;
    }

    @Property(tries = 300)
    void random_text_never_throws(@ForAll @StringLength(max = 3000) String text) {
        readSafely(text);
    }

    @Property(tries = 300)
    void random_text_built_from_table_like_pieces_never_throws(@ForAll("tableish") String text) {
        readSafely(text);
    }

    @Provide
    Arbitrary<String> tableish() {
        Arbitrary<String> piece = Arbitraries.of("STT", "\t", "\n", "\r\n", " ", "Công chức", "Văn phòng - TK", "1", "2",
                "05", "I. CẢI CÁCH", "II.", "- Báo cáo quý I:", "15/3/2024", "Quý I năm 2024", "<p>", "</p>", "&amp;",
                "&#99999999;", "a)", "Tiêu chí thành phần:", "- Thời gian thực hiện:", "- Bộ phận thực hiện:",
                "chủ trì", "phối hợp với", "Phụ lục", "KẾ HOẠCH", "Số: /KH-UBND", "ngày", ",", "https://x", "\u0000",
                "Nội dung", "Thời gian", "Sản phẩm", "Ghi chú", "----", "1Quyết", "I1. NHIEM VU", "\uD800");
        return piece.list().ofMaxSize(400).map(l -> String.join("", l));
    }

    @Property(tries = 200)
    void truncated_seeds_never_throw(@ForAll @IntRange(min = 0, max = 4) int seed,
                                     @ForAll @IntRange(min = 0, max = 1_000_000) int cutPerMillion) {
        String text = Seeds.text(seed);
        int cut = (int) ((long) text.length() * cutPerMillion / 1_000_000);
        readSafely(text.substring(0, cut));
    }

    @Property(tries = 100)
    void seeds_with_shuffled_or_dropped_lines_never_throw(@ForAll @IntRange(min = 0, max = 4) int seed,
                                                          @ForAll long randomSeed) {
        List<String> lines = new ArrayList<>(Lines.of(Seeds.text(seed)));
        Random random = new Random(randomSeed);
        if (random.nextBoolean()) {
            Collections.shuffle(lines, random);
        } else {
            lines.removeIf(l -> random.nextInt(4) == 0);
        }
        readSafely(String.join("\n", lines));
    }

    @Property(tries = 150)
    void truncating_a_seed_after_a_complete_row_never_loses_that_row(
            @ForAll("tableSeeds") int seed, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        String text = Seeds.text(seed);
        List<TaskRow> rows = READER.read(text).rows();
        int k = pick % (rows.size() - 1);
        TaskRow complete = rows.get(k);
        int nextLine = rows.get(k + 1).line();
        List<String> lines = Lines.of(text);
        String truncated = String.join("\n", lines.subList(0, nextLine - 1));
        List<TaskRow> kept = readSafely(truncated).rows();
        assertTrue(kept.size() > k, "row " + complete.section() + "." + complete.number() + " lost");
        assertEquals(complete, kept.get(k));
    }

    @Provide
    Arbitrary<Integer> tableSeeds() {
        return Arbitraries.of(0, 1, 3, 4);
    }

    @Property(tries = 20)
    void reading_time_grows_linearly_with_repeated_seeds(@ForAll @IntRange(min = 0, max = 4) int seed) {
        String text = Seeds.text(seed).repeat(20);
        long start = System.nanoTime();
        readSafely(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}
