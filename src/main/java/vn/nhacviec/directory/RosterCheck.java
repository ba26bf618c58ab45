package vn.nhacviec.directory;

import vn.nhacviec.deadline.VietnameseText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What adding a roster line would do, decided before anything is stored, so the office sees it in
 * the preview: add the officer, skip one already on the roster (sending the same file twice adds
 * nobody twice), or refuse the line with a Vietnamese reason. The same rules as {@code RosterStore.add}:
 * units by code or alias, and a unit for everyone but the chairman and vice-chairmen.
 */
public final class RosterCheck {

    public sealed interface Verdict {
        RosterLine line();
    }

    /** To be added, with the units as canonical codes. */
    public record Add(RosterLine line, List<String> unitCodes) implements Verdict {
        public Add {
            unitCodes = List.copyOf(unitCodes);
        }
    }

    /** An active officer of that name is already on the commune's roster. */
    public record AlreadyListed(RosterLine line) implements Verdict {
    }

    public record Refused(RosterLine line, String reason) implements Verdict {
    }

    private final UnitCatalog units;

    public RosterCheck(UnitCatalog units) {
        this.units = units;
    }

    /** Every line's verdict, in file order; a name repeated within the file is added once. */
    public List<Verdict> check(List<RosterLine> lines, Collection<String> namesOnRoster) {
        Set<String> known = new LinkedHashSet<>();
        namesOnRoster.forEach(n -> known.add(key(n)));
        List<Verdict> verdicts = new ArrayList<>();
        for (RosterLine line : lines) {
            Verdict verdict = check(line, known);
            if (verdict instanceof Add) {
                known.add(key(line.name()));
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }

    /** Names differ by their marks ("Tú" and "Tư" are two people): compared as written, ignoring case and spacing. */
    private static String key(String name) {
        return VietnameseText.tidy(name).toLowerCase(Locale.ROOT);
    }

    private Verdict check(RosterLine line, Set<String> known) {
        if (known.contains(key(line.name()))) {
            return new AlreadyListed(line);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String name : line.units()) {
            var unit = units.byCode(name);
            if (unit.isEmpty()) {
                return new Refused(line, "không nhận ra bộ phận \"" + name + "\" (dùng mã như TP-HT, VP-TK hoặc tên bộ phận)");
            }
            codes.add(unit.get().code());
        }
        if (codes.isEmpty() && !line.role().leadsCommune()) {
            return new Refused(line, "chưa ghi bộ phận của " + line.name());
        }
        return new Add(line, List.copyOf(codes));
    }
}
