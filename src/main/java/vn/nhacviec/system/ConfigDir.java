package vn.nhacviec.system;

import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.UnitsFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the operator-editable files live, whatever the working directory: {@code NHACVIEC_CONFIG_DIR}
 * (or the system property {@code nhacviec.config-dir}) when set, else {@code ./config} when it
 * exists, else {@code config} beside the jar. A file missing there is read from the defaults
 * shipped inside the jar ({@code /defaults/}), so a service started elsewhere still knows the
 * units, the public holidays and the reminder policy.
 */
public final class ConfigDir {

    public static final String ENV = "NHACVIEC_CONFIG_DIR";
    static final String DEFAULTS = "/defaults/";

    /** A configuration file's text and where it came from (for messages). */
    public record ConfigText(String source, String text) {
    }

    private ConfigDir() {
    }

    public static Path path() {
        String dir = System.getProperty("nhacviec.config-dir");
        if (dir == null || dir.isBlank()) {
            dir = System.getenv(ENV);
        }
        return resolve(dir, Path.of("").toAbsolutePath(), jarDirectory());
    }

    /** The lookup itself: explicit setting, then the working directory, then beside the jar. */
    static Path resolve(String configured, Path workingDirectory, Optional<Path> jarDirectory) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path here = workingDirectory.resolve("config");
        if (Files.isDirectory(here)) {
            return here;
        }
        return jarDirectory.map(d -> d.resolve("config")).filter(Files::isDirectory).orElse(here);
    }

    /** The operator's file {@code name} in the configuration directory, else the copy shipped in the jar. */
    public static Optional<ConfigText> read(String name) {
        return read(path(), name);
    }

    static Optional<ConfigText> read(Path dir, String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Optional.of(new ConfigText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            try (InputStream in = ConfigDir.class.getResourceAsStream(DEFAULTS + name)) {
                return in == null ? Optional.empty()
                        : Optional.of(new ConfigText("built-in " + name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The unit list: {@code units.yml} on top of the built-in units. */
    public static UnitCatalog units() {
        return read("units.yml").map(t -> UnitsFile.fromYaml(t.text(), t.source())).orElseGet(UnitCatalog::defaults);
    }

    /** config/application.yml, when present, overrides the defaults built into the jar. */
    public static void useApplicationFile() {
        Path file = path().resolve("application.yml");
        if (Files.isRegularFile(file) && System.getProperty("micronaut.config.files") == null) {
            System.setProperty("micronaut.config.files", file.toAbsolutePath().toString());
        }
    }

    private static Optional<Path> jarDirectory() {
        try {
            var source = ConfigDir.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.ofNullable(location.getParent()) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
