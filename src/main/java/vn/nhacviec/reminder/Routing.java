package vn.nhacviec.reminder;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.directory.Role;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Who answers for what in one commune's roster. */
final class Routing {

    private final List<Recipient> people;
    private final String officeUnit;
    private final DeadlineAccess access;

    Routing(List<Recipient> communeRoster, ReminderPolicyConfig config) {
        this.people = communeRoster.stream().sorted(Comparator.comparingLong(Recipient::officerId)).toList();
        this.officeUnit = config.officeUnit();
        this.access = new DeadlineAccess(config.allUnits());
    }

    /** Officers who lead the item, by the one rule of {@link DeadlineAccess}. */
    List<Recipient> leads(AgendaItem item) {
        return select(r -> access.leads(r.units(), item));
    }

    /**
     * Each of {@code openParts} of the item with the officers who hold it, in {@code openParts}' order (a
     * part nobody holds is left out), by the rule coordination reports parts by ({@link DeadlineAccess#partsOf}):
     * whoever may press "xong phần" for a part is reminded of it.
     */
    Map<String, List<Recipient>> partHolders(AgendaItem item, List<String> openParts) {
        Map<String, List<Recipient>> holders = new LinkedHashMap<>();
        openParts.forEach(part -> holders.put(part, new java.util.ArrayList<>()));
        for (Recipient r : people) {
            List<String> held = access.partsOf(r.units(), item);
            holders.forEach((part, holding) -> {
                if (held.stream().anyMatch(part::equalsIgnoreCase)) {
                    holding.add(r);
                }
            });
        }
        holders.values().removeIf(List::isEmpty);
        return holders;
    }

    /** Who prepares the plan's reports: officers of the office unit, and anyone with the OFFICE role. */
    List<Recipient> office() {
        return select(r -> r.role() == Role.OFFICE || r.hasUnit(officeUnit));
    }

    /** Chairman and vice-chairmen. */
    List<Recipient> leaders() {
        return select(r -> r.role().leadsCommune());
    }

    List<Recipient> chairmen() {
        return select(r -> r.role() == Role.CHAIRMAN);
    }

    /**
     * Who reads the office's sections (undated items, who cannot be reached): the reachable officers
     * with the OFFICE role, else the reachable officers of the office unit, else the reachable
     * chairman — somebody must hear that an officer misses reminders. Empty only when none of them
     * can be reached.
     */
    List<Recipient> officeDesk() {
        for (Predicate<Recipient> who : List.<Predicate<Recipient>>of(
                r -> r.role() == Role.OFFICE, r -> r.hasUnit(officeUnit), r -> r.role() == Role.CHAIRMAN)) {
            List<Recipient> found = select(who.and(Recipient::reachable));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Recipient> select(Predicate<Recipient> who) {
        return people.stream().filter(who).toList();
    }
}
