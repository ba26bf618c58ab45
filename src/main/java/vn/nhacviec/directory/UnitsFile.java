package vn.nhacviec.directory;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return UnitCatalog.defaults().withUnits(units(root, file));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read unit list " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Unit> units(Object root, Path file) {
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("units") instanceof List<?> entries)) {
            throw new IllegalArgumentException("expected a list under 'units:'");
        }
        List<Unit> units = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> unit) || unit.get("code") == null) {
                throw new IllegalArgumentException("every unit needs a 'code' (in " + file + ")");
            }
            String code = String.valueOf(unit.get("code")).strip();
            String name = unit.get("name") == null ? code : String.valueOf(unit.get("name")).strip();
            List<String> aliases = unit.get("aliases") instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            units.add(new Unit(code, name, aliases));
        }
        return units;
    }
}
