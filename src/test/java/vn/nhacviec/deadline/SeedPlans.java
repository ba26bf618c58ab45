package vn.nhacviec.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed plans, read from the test classpath ({@code src/test/resources/plans}). */
final class SeedPlans {

    static final String SON_KY_2024 = "/plans/000_cdce05b82f3b33d6.txt";
    static final String SEED_001_2025 = "/plans/001_10d187350348b8f0.txt";
    static final String TAY_THUAN_2025 = "/plans/002_ee5f5bd4ae60f5af.txt";
    static final String SON_KY_OCR_2024 = "/plans/003_da2f02d1f4770a79.txt";
    static final String ANH_SON_2024 = "/plans/004_06b0c52941d9efd6.txt";

    private SeedPlans() {
    }

    static String text(String resource) {
        try (InputStream in = SeedPlans.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calendar of seed 000 (2024) or 001 (2025). */
    static ReportingCalendar calendar(int year) {
        return new ReportingCalendarParser().parse(text(year == 2025 ? SEED_001_2025 : SON_KY_2024), year);
    }
}
