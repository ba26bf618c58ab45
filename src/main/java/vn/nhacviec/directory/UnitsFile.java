package vn.nhacviec.directory;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the operator-editable unit list ({@code config/units.yml}) on top of the built-in units.
 * A missing file means the built-in units only; a broken file is an error that names the file.
 */
public final class UnitsFile {

    private UnitsFile() {
    }

    public static UnitCatalog load(Path file) {
        if (!Files.exists(file)) {
            return UnitCatalog.defaults();
        }
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read unit list " + file + ": " + e.getMessage(), e);
        }
    }

    /** The units in YAML text; {@code source} names it in errors (a file, or the jar's defaults). */
    public static UnitCatalog fromYaml(String yaml, String source) {
        try {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            return UnitCatalog.defaults().withUnits(UnitCatalog.unitsFrom(tree));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read unit list " + source + ": " + e.getMessage(), e);
        }
    }
}
