package vn.nhacviec.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.nhacviec.deadline.VietnameseText;

/**
 * The units of a commune and the many ways plans name them. {@link #read(String)} turns a whole lead
 * or coordinating cell ("Tư pháp- HT, VHXH, ĐCXĐ", "Công chức\nVăn phòng - TK", OCR text such as
 * "Vian phong- thong ké xa chu tri…") into canonical codes plus the unit-like names it could not place.
 * Immutable and thread-safe; reading never throws.
 */
public final class UnitCatalog {

    /** Cells longer than this with no unit in them are reported shortened. */
    static final int SHORT_TEXT = 60;

    /*
     * The old commune units and, since 1 July 2025, the bodies of the merged communes and wards
     * (deadlines.md, "Communes from 1 July 2025"): a new body shares the code of the old unit it
     * continues, and the Economy office is the new KT.
     */
    private static final List<Unit> DEFAULTS = List.of(
            Unit.of("VP-TK", "Văn phòng – Thống kê",
                    "Văn phòng", "VP-TK", "VPTK", "Văn phòng thống kê", "Văn phòng - TK", "Bộ phận Văn phòng - Thống kê",
                    "Văn phòng HĐND và UBND", "Văn phòng HĐND và UBND xã", "Văn phòng HĐND và UBND phường",
                    "Văn phòng HĐND&UBND", "Văn phòng HĐND - UBND", "VP HĐND-UBND", "VP HĐND và UBND", "VP HĐND&UBND",
                    "VP HĐND UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "VP UBND", "Văn phòng UBND"),
            Unit.of("TP-HT", "Tư pháp – Hộ tịch",
                    "Tư pháp", "TP-HT", "TPHT", "Tư pháp - HT", "Tư pháp hộ tịch", "Tư pháp xã"),
            Unit.of("TC-KT", "Tài chính – Kế toán",
                    "Tài chính", "TC-KT", "TCKT", "Tài chính - KT", "Tài chính kế toán", "Kế toán"),
            Unit.of("VH-XH", "Văn hóa – Xã hội",
                    "Văn hóa", "VH-XH", "VHXH", "Văn hóa - XH", "Văn hóa xã hội",
                    "Phòng Văn hóa - Xã hội", "Phòng VH-XH", "Phòng VHXH", "Phòng Văn hóa và Xã hội", "P. VH-XH"),
            Unit.of("DC-XD", "Địa chính – Xây dựng",
                    "Địa chính", "DC-XD", "ĐCXD", "Địa chính - XD", "Địa chính xây dựng"),
            Unit.of("KT", "Phòng Kinh tế",
                    "Kinh tế", "Phòng Kinh tế", "P. Kinh tế", "Phòng KT", "P. KT",
                    "Phòng Kinh tế, Hạ tầng và Đô thị", "Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế - Hạ tầng - Đô thị",
                    "Phòng Kinh tế, Hạ tầng, Đô thị", "Phòng KT, HT&ĐT", "Phòng KT-HT&ĐT", "Phòng KT-HT-ĐT", "KT, HT&ĐT",
                    "KT-HT&ĐT", "KTHTĐT"),
            Unit.of("MC", "Bộ phận Một cửa",
                    "Một cửa", "Bộ phận Một cửa", "Bộ phận MC", "Bộ phận Tiếp nhận và Trả kết quả",
                    "Tiếp nhận và Trả kết quả", "TN&TKQ", "Bộ phận TN&TKQ",
                    "Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công xã",
                    "Trung tâm Phục vụ hành chính công phường", "Trung tâm PVHCC", "Trung tâm phục vụ HCC", "TT PVHCC",
                    "TTPVHCC", "TT Phục vụ hành chính công", "TT Phục vụ HCC"),
            Unit.of("QS", "Chỉ huy trưởng Quân sự",
                    "Quân sự", "Chỉ huy trưởng Quân sự", "Ban Chỉ huy Quân sự", "CHT Quân sự", "CHTQS", "BCHQS",
                    "Ban CHQS", "Ban Chỉ huy quân sự xã", "Ban Chỉ huy quân sự phường", "BCH Quân sự", "Ban CH Quân sự"),
            Unit.of("CA", "Công an xã",
                    "Công an", "Công an xã", "Trưởng Công an xã", "Công an phường", "Trưởng Công an phường"),
            Unit.of("ALL", "Các bộ phận chuyên môn",
                    "Các bộ phận CM có liên quan", "Các bộ phận chuyên môn", "Bộ phận chuyên môn", "Các bộ phận CM",
                    "Bộ phận CM", "Các bộ phận", "CM có liên quan", "Các bộ phận chuyên môn thuộc UBND xã",
                    "Các công chức chuyên môn",
                    "Các phòng, ban, đơn vị", "Các phòng, ban, đơn vị thuộc UBND xã", "Các phòng, ban, đơn vị thuộc UBND phường",
                    "Các phòng, ban, đơn vị có liên quan", "Các phòng, ban chuyên môn", "Các phòng, ban",
                    "Các phòng chuyên môn", "Phòng chuyên môn", "Các phòng chuyên môn thuộc UBND xã",
                    "Các phòng, đơn vị", "Các phòng, ban, ngành"));

    private static final UnitCatalog DEFAULT_CATALOG = new UnitCatalog(DEFAULTS);

    private final List<Unit> units;
    private final Map<String, Unit> byCode;
    private final AliasIndex index;

    private UnitCatalog(List<Unit> units) {
        this.units = List.copyOf(units);
        Map<String, Unit> codes = new LinkedHashMap<>();
        for (Unit unit : this.units) {
            codes.put(AliasIndex.compact(unit.code()), unit);
        }
        this.byCode = codes;
        this.index = new AliasIndex(this.units);
    }

    /** The ten units of the contract (deadlines.md, "Units" and "Communes from 1 July 2025") with their usual aliases. */
    public static UnitCatalog defaults() {
        return DEFAULT_CATALOG;
    }

    /**
     * A catalog with a commune's own units added. A unit whose code is already known (compared
     * without case, dashes or diacritics) has its aliases merged in; a different name replaces the
     * display name and the old name stays an alias. Null entries are skipped.
     */
    public UnitCatalog withUnits(Collection<Unit> extra) {
        if (extra == null || extra.isEmpty()) {
            return this;
        }
        Map<String, Unit> merged = new LinkedHashMap<>();
        for (Unit unit : units) {
            merged.put(AliasIndex.compact(unit.code()), unit);
        }
        for (Unit unit : extra) {
            if (unit == null) {
                continue;
            }
            String key = AliasIndex.compact(unit.code());
            Unit known = merged.get(key);
            merged.put(key, known == null ? unit : merge(known, unit));
        }
        return new UnitCatalog(new ArrayList<>(merged.values()));
    }

    private static Unit merge(Unit known, Unit extra) {
        List<String> aliases = new ArrayList<>(known.aliases());
        Set<String> seen = new LinkedHashSet<>();
        aliases.forEach(a -> seen.add(VietnameseText.fold(a)));
        List<String> more = new ArrayList<>(extra.aliases());
        boolean renamed = !extra.name().equals(extra.code()) && !extra.name().equals(known.name());
        if (renamed) {
            more.add(known.name());
        }
        for (String alias : more) {
            if (seen.add(VietnameseText.fold(alias))) {
                aliases.add(alias);
            }
        }
        return new Unit(known.code(), renamed ? extra.name() : known.name(), aliases);
    }

    /**
     * The units of a parsed configuration tree: either a map with a {@code units} list (the shape of
     * config/units.yml as SnakeYAML loads it) or that list itself. Each entry is a map with
     * {@code code}, optional {@code name} and optional {@code aliases} (a list or one string).
     *
     * @throws IllegalArgumentException naming the entry when the tree has another shape or an entry has no code
     */
    public static List<Unit> unitsFrom(Object tree) {
        Object list = tree instanceof Map<?, ?> map ? map.get("units") : tree;
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof List<?> entries)) {
            throw new IllegalArgumentException("units: expected a list of units");
        }
        List<Unit> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException("units[" + i + "]: expected code, name and aliases");
            }
            Object code = entry.get("code");
            if (code == null || code.toString().isBlank()) {
                throw new IllegalArgumentException("units[" + i + "]: code is missing");
            }
            Object name = entry.get("name");
            Object aliases = entry.get("aliases");
            List<String> names = new ArrayList<>();
            if (aliases instanceof Collection<?> many) {
                many.stream().filter(a -> a != null).map(Object::toString).forEach(names::add);
            } else if (aliases != null) {
                names.add(aliases.toString());
            }
            result.add(new Unit(code.toString(), name == null ? null : name.toString(), names));
        }
        return result;
    }

    /** All units, defaults first, in a stable order. */
    public List<Unit> units() {
        return units;
    }

    /**
     * The unit with this code ("tp-ht", "TPHT") or exact alias ("Tư pháp - HT", "VHXH"), without
     * regard to case, dashes or diacritics. No typo tolerance here.
     */
    public Optional<Unit> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Unit unit = byCode.get(AliasIndex.compact(code));
        if (unit == null) {
            String aliased = index.exactCode(code);
            unit = aliased == null ? null : byCode.get(AliasIndex.compact(aliased));
        }
        return Optional.ofNullable(unit);
    }

    /**
     * The units a whole lead or coordinating cell names. Never throws; an unreadable cell comes back
     * as one unknown name (shortened when long).
     */
    public UnitReading read(String cellText) {
        if (cellText == null || cellText.isBlank()) {
            return UnitReading.NOTHING;
        }
        try {
            return new CellReading(index, CellTokens.of(cellText)).read();
        } catch (RuntimeException e) {
            return new UnitReading(List.of(), List.of(shorten(CellTokens.clean(cellText))));
        }
    }

    /** The text tidied, without bullets or closing punctuation, cut at a word to about 60 characters. */
    static String shorten(String text) {
        String tidy = VietnameseText.tidy(text);
        tidy = tidy.replaceAll("^[\\s\\-–—+•*.,;:]+", "").replaceAll("[\\s\\-–—+•*.,;:]+$", "");
        if (tidy.length() <= SHORT_TEXT) {
            return tidy;
        }
        int cut = tidy.lastIndexOf(' ', SHORT_TEXT);
        return tidy.substring(0, cut > SHORT_TEXT / 2 ? cut : SHORT_TEXT).strip() + "…";
    }

    @Override
    public String toString() {
        return "UnitCatalog" + units.stream().map(Unit::code).toList();
    }
}
