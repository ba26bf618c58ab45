package vn.nhacviec.coordination;

import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.coordination.store.PartStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinated tasks: a unit with a part in an item (a lead unit after the first, a coordinating unit)
 * reports its part done; the item stays open until its lead marks it done. The bot and the web call this.
 */
public class Parts {

    /** What reporting came to. */
    public sealed interface Reported {
        /** {@code units} newly reported; {@code parts} the item's parts afterwards. */
        record Done(List<String> units, TaskParts parts) implements Reported {
        }

        /** Every part the reporter speaks for was already in. */
        record Already(TaskParts parts) implements Reported {
        }

        record Refused(DeadlineAccess.Refusal refusal, AgendaItem item) implements Reported {
        }
    }

    private final AgendaStore agenda;
    private final PartStore store;
    private final DeadlineAccess access;

    public Parts(AgendaStore agenda, PartStore store, DeadlineAccess access) {
        this.agenda = agenda;
        this.store = store;
        this.access = access;
    }

    /**
     * The actor reports the parts of {@code item} that their units hold; {@code unit} narrows it to one of
     * them (a leader reporting for a unit names it).
     */
    public Reported report(Actor actor, AgendaItem item, Optional<String> unit, String note, String by, Instant at,
                           String auditDetail) {
        Optional<DeadlineAccess.Refusal> refusal = access.refusal(actor, DeadlineAccess.Action.REPORT_PART, item);
        if (refusal.isPresent()) {
            return new Reported.Refused(refusal.get(), item);
        }
        List<String> mine = actor.role().leadsCommune() && unit.isPresent() ? item.partUnits()
                : access.partsOf(actor.units(), item);
        List<String> chosen = unit.map(u -> mine.stream().filter(m -> m.equalsIgnoreCase(u)).toList()).orElse(mine);
        if (chosen.isEmpty()) {
            return new Reported.Refused(DeadlineAccess.Refusal.NOT_YOUR_UNIT, item);
        }
        List<String> added = new ArrayList<>();
        for (String u : chosen) {
            if (store.report(item.communeId(), new PartReport(item.deadlineId(), u, actor.officerId(), by, at, note), auditDetail)) {
                added.add(u);
            }
        }
        TaskParts parts = parts(item);
        return added.isEmpty() ? new Reported.Already(parts) : new Reported.Done(added, parts);
    }

    public TaskParts parts(AgendaItem item) {
        return TaskParts.of(item, store.of(item.deadlineId()));
    }

    /** The parts of several items at once (lists). */
    public List<TaskParts> parts(Collection<AgendaItem> items) {
        Map<Long, List<PartReport>> reports = store.of(items.stream().map(AgendaItem::deadlineId).toList());
        return items.stream().map(i -> TaskParts.of(i, reports.getOrDefault(i.deadlineId(), List.of()))).toList();
    }

    /** Open items of the commune in which the actor's units have a part (their "phối hợp" list). */
    public List<AgendaItem> coordinating(Actor actor) {
        return agenda.open(actor.communeId()).stream().filter(i -> !access.partsOf(actor.units(), i).isEmpty()).toList();
    }
}
