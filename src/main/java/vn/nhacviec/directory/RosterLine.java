package vn.nhacviec.directory;

import java.util.List;

/** One officer line of a roster file: {@code commune,name,units,role}. */
public record RosterLine(int lineNumber, String commune, String name, List<String> units, Role role) {
}
