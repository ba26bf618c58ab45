package vn.nhacviec.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The five real plans, kept in src/test/resources/plans. */
public final class Seeds {

    public static final String SON_KY_2024 = "000_cdce05b82f3b33d6.txt";
    public static final String SON_HA_2025 = "001_10d187350348b8f0.txt";
    public static final String TAY_THUAN_2025 = "002_ee5f5bd4ae60f5af.txt";
    public static final String SON_KY_OCR_2024 = "003_da2f02d1f4770a79.txt";
    public static final String ANH_SON_2024 = "004_06b0c52941d9efd6.txt";

    private Seeds() {
    }

    public static byte[] bytes(String seed) {
        try (InputStream in = Seeds.class.getResourceAsStream("/plans/" + seed)) {
            if (in == null) {
                throw new IllegalArgumentException("no seed " + seed);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String seed) {
        return new String(bytes(seed), StandardCharsets.UTF_8);
    }
}
