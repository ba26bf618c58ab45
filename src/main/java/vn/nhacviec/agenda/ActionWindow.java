package vn.nhacviec.agenda;

import java.time.LocalDate;

/**
 * What "sắp đến hạn" (due soon) means, in one place: due today or within {@code days} days. Lists show
 * what needs action now — overdue obligations and those due soon — and count the rest.
 */
public record ActionWindow(int days) {

    /** The window when nothing is configured: a month ahead, enough to prepare a quarterly report. */
    public static final int DEFAULT_DAYS = 30;

    public static final ActionWindow DEFAULT = new ActionWindow(DEFAULT_DAYS);

    public ActionWindow {
        if (days < 0 || days > 366) {
            throw new IllegalArgumentException("the due-soon window is 0 to 366 days, not " + days);
        }
    }

    /** Due today or within the window (not overdue). */
    public boolean isSoon(LocalDate due, LocalDate today) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(days));
    }

    public LocalDate lastDay(LocalDate today) {
        return today.plusDays(days);
    }
}
