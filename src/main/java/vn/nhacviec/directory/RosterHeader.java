package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a roster's columns are, found by their header words in English or Vietnamese, with or
 * without diacritics, in any order. Other columns (STT, điện thoại, ghi chú…) are ignored.
 * A column index is -1 when the column is absent.
 *
 * @param row the header's index among the rows (0-based)
 */
record RosterHeader(int row, int commune, int name, int units, int role) {

    /** Offices put a title or two above the table; a header further down is not a roster's. */
    static final int ROWS_SEARCHED = 20;

    private enum Field { COMMUNE, NAME, UNITS, ROLE }

    // Folded words; a header cell matches a key exactly or starts with it ("bộ phận công tác").
    // A bare "tên" is not enough: it is also "tên xã", "tên bộ phận".
    private static final Map<String, Field> WORDS = Map.ofEntries(
            Map.entry("commune", Field.COMMUNE), Map.entry("xa", Field.COMMUNE), Map.entry("ten xa", Field.COMMUNE),
            Map.entry("name", Field.NAME), Map.entry("full name", Field.NAME), Map.entry("ho va ten", Field.NAME),
            Map.entry("ho ten", Field.NAME), Map.entry("ten can bo", Field.NAME),
            Map.entry("units", Field.UNITS), Map.entry("unit", Field.UNITS), Map.entry("bo phan", Field.UNITS),
            Map.entry("don vi", Field.UNITS), Map.entry("ten bo phan", Field.UNITS), Map.entry("ma bo phan", Field.UNITS),
            Map.entry("role", Field.ROLE), Map.entry("vai tro", Field.ROLE), Map.entry("chuc vu", Field.ROLE),
            Map.entry("chuc danh", Field.ROLE));

    static Optional<RosterHeader> find(List<List<String>> rows) {
        for (int r = 0; r < Math.min(rows.size(), ROWS_SEARCHED); r++) {
            Optional<RosterHeader> header = of(r, rows.get(r));
            if (header.isPresent()) {
                return header;
            }
        }
        return Optional.empty();
    }

    /** A header needs the name column and at least one other roster column. */
    static Optional<RosterHeader> of(int row, List<String> cells) {
        int[] at = {-1, -1, -1, -1};
        for (int c = 0; c < cells.size(); c++) {
            Field field = field(cells.get(c));
            if (field != null && at[field.ordinal()] < 0) {
                at[field.ordinal()] = c;
            }
        }
        boolean named = at[Field.NAME.ordinal()] >= 0;
        boolean more = at[Field.COMMUNE.ordinal()] >= 0 || at[Field.UNITS.ordinal()] >= 0 || at[Field.ROLE.ordinal()] >= 0;
        return named && more ? Optional.of(new RosterHeader(row, at[0], at[1], at[2], at[3])) : Optional.empty();
    }

    /** How many roster columns this header has: the better of two readings of a CSV file has more. */
    int columns() {
        return (commune >= 0 ? 1 : 0) + 1 + (units >= 0 ? 1 : 0) + (role >= 0 ? 1 : 0);
    }

    private static Field field(String cell) {
        String words = VietnameseText.fold(cell).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", " ").strip();
        String best = null;
        for (String key : WORDS.keySet()) {
            if ((words.equals(key) || words.startsWith(key + " ")) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? null : WORDS.get(best);
    }
}
