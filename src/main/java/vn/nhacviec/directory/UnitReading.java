package vn.nhacviec.directory;

import java.util.List;

/**
 * What a lead or coordinating cell names.
 *
 * @param codes   canonical unit codes in order of first appearance, without repeats
 * @param unknown names that look like units but match none, as written in the cell (trimmed); callers warn
 */
public record UnitReading(List<String> codes, List<String> unknown) {

    static final UnitReading NOTHING = new UnitReading(List.of(), List.of());

    public UnitReading {
        codes = codes == null ? List.of() : List.copyOf(codes);
        unknown = unknown == null ? List.of() : List.copyOf(unknown);
    }

    /** True when the cell named nothing at all. */
    public boolean isEmpty() {
        return codes.isEmpty() && unknown.isEmpty();
    }
}
