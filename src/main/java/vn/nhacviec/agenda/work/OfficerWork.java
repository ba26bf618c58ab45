package vn.nhacviec.agenda.work;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.bot.store.ExtensionRequestStore;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.reminder.scan.ScanStore;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an officer does with their items, whether they press a button in Telegram or on the web page:
 * list them, mark one done or undo it, quiet its reminders, ask for a new date. One home for these
 * operations, so that the bot and the web change the same rows in the same way. Who may act on an
 * item is {@link DeadlineAccess}'s rule; callers check it first ({@link #allowed}).
 */
@Singleton
public class OfficerWork {

    /** How long after marking done an officer may take it back. */
    public static final Duration UNDO_WINDOW = Duration.ofHours(24);

    /** The outcome of asking for a new due date. */
    public sealed interface ExtensionAsk {
        /** The date is not after today and after the current due date. */
        record BadDate() implements ExtensionAsk {
        }

        /** Another request for this deadline is still waiting for a decision. */
        record Waiting() implements ExtensionAsk {
        }

        record Filed(long requestId, LocalDate requested) implements ExtensionAsk {
        }
    }

    /** The outcome of an undo. */
    public enum Undo { UNDONE, NOT_DONE, TOO_LATE }

    private final AgendaStore agenda;
    private final DeadlineAccess access;
    private final ScanStore records;
    private final WorkingCalendar workingDays;
    private final ExtensionRequestStore requests;
    private final AuditStore audit;

    public OfficerWork(AgendaStore agenda, DeadlineAccess access, ScanStore records, WorkingCalendar workingDays,
                       ExtensionRequestStore requests, AuditStore audit) {
        this.agenda = agenda;
        this.access = access;
        this.records = records;
        this.workingDays = workingDays;
        this.requests = requests;
        this.audit = audit;
    }

    /**
     * The commune's report dates of this year and the last (an obligation overdue since December still
     * names its period), which name the periods of recurring obligations ("báo cáo quý I").
     */
    public ReportingCalendar calendar(long communeId, LocalDate today) {
        List<ReportDate> reports = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            // this commune only: reading every commune's calendar cost a country-wide query per message
            ReportingCalendar one = records.calendars(year, communeId, communeId).get(communeId);
            if (one != null) {
                reports.addAll(one.reports());
            }
        }
        return new ReportingCalendar(reports);
    }

    /** Open deadlines of the officer's units, as /viec lists them (leaders without units: none). */
    public List<AgendaItem> ownOpen(Actor actor) {
        return agenda.open(actor.communeId()).stream().filter(i -> access.leads(actor.units(), i)).toList();
    }

    /** What the officer sees: the commune for leaders, their units for everyone else. */
    public List<AgendaItem> visibleOpen(Actor actor) {
        return actor.role().leadsCommune() ? agenda.open(actor.communeId()) : ownOpen(actor);
    }

    /** Every deadline (open or done) the officer sees. */
    public List<AgendaItem> visibleAll(Actor actor) {
        List<AgendaItem> all = agenda.all(actor.communeId());
        return actor.role().leadsCommune() ? all : all.stream().filter(i -> access.leads(actor.units(), i)).toList();
    }

    /** The deadline, when it exists and {@code actor} may do {@code action} with it; else empty (say "not found"). */
    public Optional<AgendaItem> allowed(Actor actor, long deadlineId, DeadlineAccess.Action action) {
        return agenda.item(deadlineId).filter(item -> access.may(actor, action, item));
    }

    /** Marks the item done; false when it was not open any more (someone was faster). */
    public boolean complete(AgendaItem item, String note, String who, String source, Instant at) {
        return item.isOpen() && agenda.complete(item, who, note, at, source);
    }

    /** Takes a completion back, within {@link #UNDO_WINDOW}. */
    public Undo undo(AgendaItem item, String who, String source, Instant at) {
        if (item.doneAt() == null || item.isOpen()) {
            return Undo.NOT_DONE;
        }
        if (Duration.between(item.doneAt(), at).compareTo(UNDO_WINDOW) > 0) {
            return Undo.TOO_LATE;
        }
        return agenda.undo(item.deadlineId(), who, at, source) ? Undo.UNDONE : Undo.NOT_DONE;
    }

    /**
     * "⏰": no reminder of this task for this officer before the next working day. A digest has one ⏰
     * per task, so it quiets every open obligation of the task. Returns the day reminders resume.
     */
    public LocalDate snooze(Actor actor, AgendaItem item, LocalDate today, String who, String source) {
        LocalDate until = workingDays.plusWorkingDays(today, 1);
        List<Long> quiet = agenda.openOfTask(item.communeId(), item.taskCode()).stream().map(AgendaItem::deadlineId).toList();
        (quiet.isEmpty() ? List.of(item.deadlineId()) : quiet).forEach(id -> records.snooze(id, actor.officerId(), until));
        audit.record(who, item.communeId(), "DEADLINE_SNOOZED", "deadline:" + item.deadlineId(),
                item.code() + " until " + until + "; " + source);
        return until;
    }

    /** Files a request for a new due date (after today and after the current one); leaders decide it. */
    public ExtensionAsk askExtension(Actor actor, AgendaItem item, LocalDate requested, LocalDate today, Instant at) {
        if (requested == null || !requested.isAfter(today) || (item.due() != null && !requested.isAfter(item.due()))) {
            return new ExtensionAsk.BadDate();
        }
        return requests.create(item.deadlineId(), item.communeId(), actor.officerId(), requested, at)
                .<ExtensionAsk>map(id -> new ExtensionAsk.Filed(id, requested))
                .orElseGet(ExtensionAsk.Waiting::new);
    }
}
