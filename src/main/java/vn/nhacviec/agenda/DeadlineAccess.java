package vn.nhacviec.agenda;

import vn.nhacviec.directory.Role;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may do what with one deadline: the one rule the bot, the reminders and the web pages apply.
 * <ul>
 *   <li>Nobody sees or touches another commune's deadline (and is told nothing about it).</li>
 *   <li>An item's lead units answer for it; a lead of the configured "every unit" code (ALL)
 *       concerns every officer who has a unit.</li>
 *   <li>Complete, undo, snooze and ask for an extension: the officers who lead it, and the
 *       chairman and vice-chairmen of its commune. An extension is asked only while it is open.</li>
 *   <li>Decide an extension: the chairman and vice-chairmen of its commune, while it is open,
 *       never on their own request.</li>
 *   <li>Report a part ("xong phần của …"): officers of a unit that has a part in the item (a lead unit
 *       after the first, or a coordinating unit), and the leaders, while it is open.</li>
 *   <li>Ask why it is late ("❓ Yêu cầu giải trình"): the chairman and vice-chairmen, on an overdue item.
 *       Answer (EXPLAIN): whoever may complete it.</li>
 *   <li>Approve a handover of someone's work (leave, training): the chairman or the office of the same
 *       commune, never on their own request.</li>
 *   <li>Review a completion (accept it, or return it with a reason): the office and the chairman
 *       and vice-chairmen of its commune, while it is done.</li>
 * </ul>
 * An officer covering for a colleague on leave acts with the colleague's units too: the caller
 * builds the {@link Actor} with the units of the day (see the delegation package).
 */
public final class DeadlineAccess {

    public enum Action { SEE, COMPLETE, UNDO, SNOOZE, ASK_EXTENSION, REPORT_PART, EXPLAIN, REVIEW }

    public enum Refusal { OTHER_COMMUNE, NOT_YOUR_UNIT, LEADERS_ONLY, OWN_REQUEST, CLOSED, NOT_OVERDUE, NOT_A_PART,
        CHAIRMAN_OR_OFFICE, NOT_DONE }

    /** The default lead-unit code meaning "every specialised unit". */
    public static final String DEFAULT_ALL_UNITS = "ALL";

    private final String allUnits;

    /** @param allUnits the configured lead-unit code meaning "every unit" (reminders.yml {@code units.all}) */
    public DeadlineAccess(String allUnits) {
        if (allUnits == null || allUnits.isBlank()) {
            throw new IllegalArgumentException("the 'every unit' code is empty");
        }
        this.allUnits = allUnits.strip().toUpperCase(Locale.ROOT);
    }

    public static DeadlineAccess withDefaults() {
        return new DeadlineAccess(DEFAULT_ALL_UNITS);
    }

    /** Whether officers of these units answer for the item (officers without a unit lead nothing). */
    public boolean leads(Collection<String> units, AgendaItem item) {
        if (units.isEmpty()) {
            return false;
        }
        // plain loops: the daily scan asks this for every open item and every officer of the country
        for (String lead : item.leadUnits()) {
            if (lead.equalsIgnoreCase(allUnits) || containsIgnoringCase(units, lead)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoringCase(Collection<String> units, String unit) {
        for (String own : units) {
            if (own.equalsIgnoreCase(unit)) {
                return true;
            }
        }
        return false;
    }

    /** Empty when {@code actor} may do {@code action} on {@code item}; else why not. */
    public Optional<Refusal> refusal(Actor actor, Action action, AgendaItem item) {
        if (actor.communeId() != item.communeId()) {
            return Optional.of(Refusal.OTHER_COMMUNE);
        }
        if (action == Action.SEE) {
            return Optional.empty();
        }
        if (action == Action.REPORT_PART) {
            if (item.partUnits().isEmpty()) {
                return Optional.of(Refusal.NOT_A_PART);
            }
            if (!actor.role().leadsCommune() && partsOf(actor.units(), item).isEmpty()) {
                return Optional.of(Refusal.NOT_YOUR_UNIT);
            }
            return item.isOpen() ? Optional.empty() : Optional.of(Refusal.CLOSED);
        }
        if (action == Action.REVIEW) {
            if (!actor.role().leadsCommune() && actor.role() != vn.nhacviec.directory.Role.OFFICE) {
                return Optional.of(Refusal.LEADERS_ONLY);
            }
            return item.status() == DeadlineStatus.DONE ? Optional.empty() : Optional.of(Refusal.NOT_DONE);
        }
        if (!actor.role().leadsCommune() && !leads(actor.units(), item)) {
            return Optional.of(Refusal.NOT_YOUR_UNIT);
        }
        if ((action == Action.ASK_EXTENSION || action == Action.EXPLAIN) && !item.isOpen()) {
            return Optional.of(Refusal.CLOSED);
        }
        return Optional.empty();
    }

    public boolean may(Actor actor, Action action, AgendaItem item) {
        return refusal(actor, action, item).isEmpty();
    }

    /** Empty when {@code actor} may approve or refuse the extension {@code requesterOfficerId} asked for. */
    public Optional<Refusal> refusalToDecide(Actor actor, AgendaItem item, long requesterOfficerId) {
        if (actor.communeId() != item.communeId()) {
            return Optional.of(Refusal.OTHER_COMMUNE);
        }
        if (!actor.role().leadsCommune()) {
            return Optional.of(Refusal.LEADERS_ONLY);
        }
        if (actor.officerId() == requesterOfficerId) {
            return Optional.of(Refusal.OWN_REQUEST);
        }
        if (!item.isOpen()) {
            return Optional.of(Refusal.CLOSED);
        }
        return Optional.empty();
    }

    /** The item's part units that officers of {@code units} report for (a unit that also leads it reports none). */
    public List<String> partsOf(Collection<String> units, AgendaItem item) {
        if (!item.mayHaveParts() || units.isEmpty()
                || leads(units, item) && containsIgnoringCase(units, item.leadUnits().get(0))) {
            return List.of();
        }
        return item.partUnits().stream().filter(p -> containsIgnoringCase(units, p)).toList();
    }

    /** Empty when {@code actor} may ask why the item is late on {@code today}. */
    public Optional<Refusal> refusalToAskWhy(Actor actor, AgendaItem item, LocalDate today) {
        if (actor.communeId() != item.communeId()) {
            return Optional.of(Refusal.OTHER_COMMUNE);
        }
        if (!actor.role().leadsCommune()) {
            return Optional.of(Refusal.LEADERS_ONLY);
        }
        if (!item.isOpen()) {
            return Optional.of(Refusal.CLOSED);
        }
        return item.isOverdue(today) ? Optional.empty() : Optional.of(Refusal.NOT_OVERDUE);
    }

    /** Empty when {@code actor} may approve or refuse the handover {@code requesterOfficerId} asked for in {@code communeId}. */
    public Optional<Refusal> refusalToApproveHandover(Actor actor, long communeId, long requesterOfficerId) {
        if (actor.communeId() != communeId) {
            return Optional.of(Refusal.OTHER_COMMUNE);
        }
        if (actor.role() != Role.CHAIRMAN && actor.role() != Role.OFFICE) {
            return Optional.of(Refusal.CHAIRMAN_OR_OFFICE);
        }
        return actor.officerId() == requesterOfficerId ? Optional.of(Refusal.OWN_REQUEST) : Optional.empty();
    }
}
