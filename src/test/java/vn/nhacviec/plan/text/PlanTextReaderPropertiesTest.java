package vn.nhacviec.plan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the text reader on generated input: seeded generators in plain JUnit (the seed is in
 * every failure message, so a failure can be replayed), the same properties and tries as before.
 */
class PlanTextReaderPropertiesTest {

    private static final PlanTextReader READER = new PlanTextReader();
    private static final long SEED = 0x9A1E5L;

    private static PlanText readSafely(String text) {
        PlanText plan = READER.read(text);
        assertNotNull(plan);
        for (String w : plan.warnings()) {
            assertTrue(!w.startsWith("Lỗi nội bộ"), w);
        }
        return plan;
    }

    /** Any UTF-16 text: letters of every script, controls, lone surrogates, line ends. */
    static String anyString(Random random, int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> sb.append((char) random.nextInt(0x80));
                case 1 -> sb.append("\t\n\r |.)-:/".charAt(random.nextInt(10)));
                case 2 -> sb.append((char) (0x00C0 + random.nextInt(0x1F00 - 0x00C0)));
                case 3 -> sb.append((char) (0x1EA0 + random.nextInt(0x5A)));
                case 4 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
                default -> sb.append((char) random.nextInt(0x10000));
            }
        }
        return sb.toString();
    }

    @Test
    void random_text_never_throws() {
        Random random = new Random(SEED);
        for (int t = 0; t < 300; t++) {
            readSafely(anyString(random, 3000));
        }
    }

    private static final String[] PIECES = {"STT", "\t", "\n", "\r\n", " ", "Công chức", "Văn phòng - TK", "1", "2",
        "05", "I. CẢI CÁCH", "II.", "- Báo cáo quý I:", "15/3/2024", "Quý I năm 2024", "<p>", "</p>", "&amp;",
        "&#99999999;", "a)", "Tiêu chí thành phần:", "- Thời gian thực hiện:", "- Bộ phận thực hiện:",
        "chủ trì", "phối hợp với", "Phụ lục", "KẾ HOẠCH", "Số: /KH-UBND", "ngày", ",", "https://x", "\u0000",
        "Nội dung", "Thời gian", "Sản phẩm", "Ghi chú", "----", "1Quyết", "I1. NHIEM VU", "\uD800",
        "|", "\n|\n", "| 1 |", "1.1.", "Phần A", "- Đơn vị chủ trì:", "Thoi han:", "- 2 -", "(1)"};

    static String tableish(Random random) {
        int n = random.nextInt(401);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void random_text_built_from_table_like_pieces_never_throws() {
        Random random = new Random(SEED + 1);
        for (int t = 0; t < 300; t++) {
            readSafely(tableish(random));
        }
    }

    @Test
    void truncated_seeds_never_throw() {
        Random random = new Random(SEED + 2);
        for (int t = 0; t < 200; t++) {
            String text = Seeds.text(random.nextInt(5));
            int cut = (int) ((long) text.length() * random.nextInt(1_000_001) / 1_000_000);
            readSafely(text.substring(0, cut));
        }
    }

    @Test
    void seeds_with_shuffled_or_dropped_lines_never_throw() {
        Random seeds = new Random(SEED + 3);
        for (int t = 0; t < 100; t++) {
            List<String> lines = new ArrayList<>(Lines.of(Seeds.text(seeds.nextInt(5))));
            Random random = new Random(seeds.nextLong());
            if (random.nextBoolean()) {
                Collections.shuffle(lines, random);
            } else {
                lines.removeIf(l -> random.nextInt(4) == 0);
            }
            readSafely(String.join("\n", lines));
        }
    }

    @Test
    void truncating_a_seed_after_a_complete_row_never_loses_that_row() {
        int[] tableSeeds = {0, 1, 3, 4};
        Random random = new Random(SEED + 4);
        for (int t = 0; t < 150; t++) {
            int seed = tableSeeds[random.nextInt(tableSeeds.length)];
            String text = Seeds.text(seed);
            List<TaskRow> rows = READER.read(text).rows();
            int k = random.nextInt(1001) % (rows.size() - 1);
            TaskRow complete = rows.get(k);
            int nextLine = rows.get(k + 1).line();
            List<String> lines = Lines.of(text);
            String truncated = String.join("\n", lines.subList(0, nextLine - 1));
            List<TaskRow> kept = readSafely(truncated).rows();
            assertTrue(kept.size() > k, "seed " + seed + ": row " + complete.section() + "." + complete.number() + " lost");
            assertEquals(complete, kept.get(k));
        }
    }

    @Test
    void reading_time_grows_linearly_with_repeated_seeds() {
        Random random = new Random(SEED + 5);
        for (int t = 0; t < 20; t++) {
            String text = Seeds.text(random.nextInt(5)).repeat(20);
            long start = System.nanoTime();
            readSafely(text);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < 5_000, "took " + millis + " ms");
        }
    }
}
