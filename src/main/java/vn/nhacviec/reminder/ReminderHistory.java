package vn.nhacviec.reminder;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.coordination.PartReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The little state a scan needs besides the agenda.
 *
 * @param previousScan  the date of the last scan that ran before this one (null: never, or unknown).
 *                      Everything whose stage fell after it is due now: this is how a scan after an
 *                      outage catches up, once, without replaying the missed days. A value on or
 *                      after the scan date is ignored, so re-running a date gives the same plan.
 * @param snoozedUntil  (deadline, officer) → the date before which that officer is not reminded of it
 *                      ("⏰ Nhắc lại sau"); on that date they are reminded again even when no stage falls
 *                      on it. A snooze is one officer's: it never silences anyone else.
 * @param newlyLinked   officers who linked Telegram since the previous scan: they get all their
 *                      items that are already being reminded, not only those with a stage today
 * @param unexplained   explanations asked on overdue items and still unanswered past the follow-up's
 *                      limit: they go to the chairman's (and the asker's) digest until answered
 * @param partReports   deadline id → the parts of it units already reported ("xong phần của …"): a unit
 *                      whose part is in is not reminded of that part again
 */
public record ReminderHistory(LocalDate previousScan, Map<Snooze, LocalDate> snoozedUntil, Set<Long> newlyLinked,
                              List<Unexplained> unexplained, Map<Long, List<PartReport>> partReports) {

    /** An explanation {@code askedByOfficerId} asked on {@code askedOn}, unanswered {@code workingDays} working days on. */
    public record Unexplained(AgendaItem item, long askedByOfficerId, String askedBy, LocalDate askedOn, int workingDays) {
    }

    public ReminderHistory(LocalDate previousScan, Map<Snooze, LocalDate> snoozedUntil, Set<Long> newlyLinked) {
        this(previousScan, snoozedUntil, newlyLinked, List.of(), Map.of());
    }

    public ReminderHistory withUnexplained(List<Unexplained> waiting) {
        return new ReminderHistory(previousScan, snoozedUntil, newlyLinked, waiting, partReports);
    }

    public ReminderHistory withPartReports(Map<Long, List<PartReport>> reports) {
        return new ReminderHistory(previousScan, snoozedUntil, newlyLinked, unexplained, reports);
    }

    /** The parts of the deadline already reported. */
    public List<PartReport> partReports(long deadlineId) {
        return partReports.getOrDefault(deadlineId, List.of());
    }

    /** One officer's snooze of one deadline. */
    public record Snooze(long deadlineId, long officerId) {
    }

    public ReminderHistory {
        snoozedUntil = Map.copyOf(snoozedUntil);
        newlyLinked = Set.copyOf(newlyLinked);
        unexplained = unexplained == null ? List.of() : List.copyOf(unexplained);
        partReports = partReports == null ? Map.of() : Map.copyOf(partReports);
    }

    /** No previous scan known, nothing snoozed: the plan of a day as if the day before had its scan. */
    public static ReminderHistory none() {
        return new ReminderHistory(null, Map.of(), Set.of());
    }

    public static ReminderHistory after(LocalDate previousScan) {
        return new ReminderHistory(previousScan, Map.of(), Set.of());
    }

    public ReminderHistory withSnoozes(Map<Snooze, LocalDate> snoozes) {
        return new ReminderHistory(previousScan, snoozes, newlyLinked, unexplained, partReports);
    }

    public ReminderHistory withNewlyLinked(Set<Long> officers) {
        return new ReminderHistory(previousScan, snoozedUntil, officers, unexplained, partReports);
    }

    /** The date before which {@code officerId} is not reminded of the deadline, or null. */
    public LocalDate snoozedUntil(long deadlineId, long officerId) {
        return snoozedUntil.get(new Snooze(deadlineId, officerId));
    }
}
