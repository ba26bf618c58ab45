package vn.nhacviec.directory;

/** Levenshtein distance with an upper bound, for tolerating typos and OCR slips in unit names. */
final class EditDistance {

    private EditDistance() {
    }

    /**
     * The edit distance between a and b, or {@code max + 1} as soon as it is known to exceed max.
     * Only the diagonal band of width {@code 2 * max + 1} is computed, so the cost is about
     * {@code length * (2 * max + 1)}.
     */
    static int bounded(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (max == 0) {
            return a.equals(b) ? 0 : 1;
        }
        int over = max + 1;
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - max);
            int high = Math.min(m, i + max);
            current[0] = i <= max ? i : over;
            if (low > 1) {
                current[low - 1] = over;
            }
            int rowMin = current[0];
            char ca = a.charAt(i - 1);
            for (int j = low; j <= high; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (high < m) {
                current[high + 1] = over;
            }
            if (rowMin > max) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[m], over);
    }
}
