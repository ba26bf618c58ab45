package vn.nhacviec.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void typosInUnitNamesAreCountedOnePerSlip() {
        assertEquals(1, EditDistance.bounded("turphaphotich", "tuphaphotich", 2));
        assertEquals(1, EditDistance.bounded("vhxx", "vhxh", 1));
        assertEquals(3, EditDistance.bounded("cacbdphenchuyenmen", "cacbophanchuyenmon", 3));
        assertEquals(3, EditDistance.bounded("taichinh", "diachinh", 3), "Tài chính is never read as Địa chính");
    }

    @Test
    void theBandedDistanceAgreesWithTheFullOneUpToTheBound() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            int max = random.nextInt(4);
            assertEquals(Math.min(full(a, b), max + 1), EditDistance.bounded(a, b, max), a + " / " + b + " / " + max);
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append("abcd".charAt(random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int k = random.nextInt(4); k > 0; k--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, 'a');
                case 1 -> { if (!out.isEmpty()) { out.deleteCharAt(at); } }
                default -> { if (!out.isEmpty()) { out.setCharAt(at, 'b'); } }
            }
        }
        return out.toString();
    }
}
