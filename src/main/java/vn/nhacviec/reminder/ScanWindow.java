package vn.nhacviec.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a scan answers for: {@code (after, date]}. Normally the days since the previous working
 * day; after an outage, every day since the last scan that ran, so whatever fell in the gap is sent
 * once, in this scan.
 */
public record ScanWindow(LocalDate after, LocalDate date) {

    public static ScanWindow of(LocalDate date, LocalDate previousScan, WorkingCalendar calendar) {
        LocalDate usual = calendar.previousWorkingDay(date.minusDays(1));
        LocalDate after = previousScan != null && previousScan.isBefore(usual) ? previousScan : usual;
        return new ScanWindow(after, date);
    }

    public boolean contains(LocalDate day) {
        return day.isAfter(after) && !day.isAfter(date);
    }

    /**
     * True when a weekly day lies in the window: the first working day on or after {@code weekday}
     * in its Monday–Sunday week (a week whose days from {@code weekday} on are all off has none).
     */
    public boolean containsWeeklyDay(DayOfWeek weekday, WorkingCalendar calendar) {
        LocalDate monday = after.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (; !monday.isAfter(date); monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            for (LocalDate d = monday.with(TemporalAdjusters.nextOrSame(weekday)); !d.isAfter(sunday); d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    if (contains(d)) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }
}
