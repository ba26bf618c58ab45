package vn.nhacviec.directory;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
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
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return UnitCatalog.defaults().withUnits(UnitCatalog.unitsFrom(tree));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read unit list " + file + ": " + e.getMessage(), e);
        }
    }
}
