package vn.nhacviec.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A unit of the commune's People's Committee that can lead or coordinate a task.
 *
 * @param code    canonical code, e.g. {@code "TP-HT"}; never blank
 * @param name    display name with diacritics, e.g. {@code "Tư pháp – Hộ tịch"}; the code when not given
 * @param aliases other ways plans name the unit; the code and the name need not be repeated here
 */
public record Unit(String code, String name, List<String> aliases) {

    public Unit {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A unit needs a code");
        }
        code = code.strip();
        name = name == null || name.isBlank() ? code : name.strip();
        List<String> kept = new ArrayList<>();
        if (aliases != null) {
            aliases.stream().filter(Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty()).forEach(kept::add);
        }
        aliases = List.copyOf(kept);
    }

    /** A unit with aliases given inline. */
    public static Unit of(String code, String name, String... aliases) {
        return new Unit(code, name, List.of(aliases));
    }
}
