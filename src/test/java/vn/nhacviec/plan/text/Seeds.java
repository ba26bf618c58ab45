package vn.nhacviec.plan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The five real plans kept as test resources. */
final class Seeds {

    static final String[] FILES = {
        "000_cdce05b82f3b33d6.txt",
        "001_10d187350348b8f0.txt",
        "002_ee5f5bd4ae60f5af.txt",
        "003_da2f02d1f4770a79.txt",
        "004_06b0c52941d9efd6.txt",
    };

    private Seeds() {
    }

    static String text(int seed) {
        try (InputStream in = Seeds.class.getResourceAsStream("/plans/" + FILES[seed])) {
            if (in == null) {
                throw new IllegalStateException("missing seed " + FILES[seed]);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PlanText read(int seed) {
        return new PlanTextReader().read(text(seed));
    }

    /** "I.01", "II.04"… one entry per row, in order. */
    static List<String> keys(PlanText plan) {
        List<String> keys = new ArrayList<>();
        for (TaskRow r : plan.rows()) {
            keys.add(r.section() + "." + r.number());
        }
        return keys;
    }

    /** Keys for a run of numbers in a section, zero-padded to width when width > 0. */
    static List<String> run(String section, int from, int to, int width) {
        List<String> keys = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            String number = width > 0 ? String.format("%0" + width + "d", n) : String.valueOf(n);
            keys.add(section + "." + number);
        }
        return keys;
    }
}
