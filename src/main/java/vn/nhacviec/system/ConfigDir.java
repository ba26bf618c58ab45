package vn.nhacviec.system;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the operator-editable files live: {@code ./config} unless {@code NHACVIEC_CONFIG_DIR}
 * (or the system property {@code nhacviec.config-dir}) says otherwise.
 */
public final class ConfigDir {

    public static final String ENV = "NHACVIEC_CONFIG_DIR";

    private ConfigDir() {
    }

    public static Path path() {
        String dir = System.getProperty("nhacviec.config-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(ENV);
        }
        return Path.of(dir == null || dir.isBlank() ? "config" : dir);
    }

    public static Path unitsFile() {
        return path().resolve("units.yml");
    }

    /** config/application.yml, when present, overrides the defaults built into the jar. */
    public static void useApplicationFile() {
        Path file = path().resolve("application.yml");
        if (Files.isRegularFile(file) && System.getProperty("micronaut.config.files") == null) {
            System.setProperty("micronaut.config.files", file.toAbsolutePath().toString());
        }
    }
}
