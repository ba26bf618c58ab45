package vn.nhacviec.directory;

import java.util.List;

/** An officer of a commune as the rest of the service sees them. */
public record Officer(long id, String commune, String name, Role role, List<String> units, boolean linked) {

    public Officer {
        units = List.copyOf(units);
    }
}
