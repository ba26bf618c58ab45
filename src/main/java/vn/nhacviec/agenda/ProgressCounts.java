package vn.nhacviec.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The four figures the province asks for: done on time, done late, open within the deadline, open and
 * overdue. Only deadlines with a due date count; cancelled ones never do.
 */
public record ProgressCounts(int doneOnTime, int doneLate, int openInTime, int openOverdue) {

    public static final ProgressCounts ZERO = new ProgressCounts(0, 0, 0, 0);

    public ProgressCounts {
        if (doneOnTime < 0 || doneLate < 0 || openInTime < 0 || openOverdue < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public int done() {
        return doneOnTime + doneLate;
    }

    public int total() {
        return doneOnTime + doneLate + openInTime + openOverdue;
    }

    /** Done (on time or late) over all, in whole percent rounded down (so 100 only when all are done); 0 when there is nothing. */
    public int completionPercent() {
        int total = total();
        return total == 0 ? 0 : (int) (100L * done() / total);
    }

    public ProgressCounts plus(ProgressCounts other) {
        return new ProgressCounts(doneOnTime + other.doneOnTime, doneLate + other.doneLate,
                openInTime + other.openInTime, openOverdue + other.openOverdue);
    }

    /**
     * The figures of these items on {@code today}: DONE on or before the due date (the date of
     * {@code doneAt} in the communes' {@code zone}, the configured {@code nhacviec.zone}; a DONE item without {@code doneAt} counts as on time), DONE after
     * it, OPEN with the due date today or later, OPEN with the due date before today.
     */
    public static ProgressCounts of(Collection<AgendaItem> items, LocalDate today, ZoneId zone) {
        int onTime = 0;
        int late = 0;
        int inTime = 0;
        int overdue = 0;
        for (AgendaItem item : items) {
            if (item == null || item.due() == null) {
                continue;
            }
            if (item.status() == DeadlineStatus.DONE) {
                boolean isLate = item.doneAt() != null && item.doneAt().atZone(zone).toLocalDate().isAfter(item.due());
                if (isLate) {
                    late++;
                } else {
                    onTime++;
                }
            } else if (item.status() == DeadlineStatus.OPEN) {
                if (item.due().isBefore(today)) {
                    overdue++;
                } else {
                    inTime++;
                }
            }
        }
        return new ProgressCounts(onTime, late, inTime, overdue);
    }
}
