package vn.nhacviec.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations in nanoseconds, summarised as the benchmark prints them (milliseconds). */
final class Timings {

    private final long[] sorted;

    Timings(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms", sorted.length,
                percentile(50), percentile(90), percentile(99), percentile(100));
    }
}
