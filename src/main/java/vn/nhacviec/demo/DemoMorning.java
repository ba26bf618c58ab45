package vn.nhacviec.demo;

import vn.nhacviec.reminder.WorkingCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Where the demo's clock starts: a working Monday inside the plan's year, at 08:00 — after the
 * morning scan (07:30) and inside the hours reminders are sent, so the day's digests arrive at once.
 * The second Monday of April: the first quarter is over, so its undone items are overdue, and the
 * second quarter's are coming up; a holiday moves it a week on.
 */
public final class DemoMorning {

    static final LocalTime START = LocalTime.of(8, 0);

    private DemoMorning() {
    }

    public static LocalDate monday(int planYear, WorkingCalendar calendar) {
        LocalDate day = LocalDate.of(planYear, 4, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        while (!calendar.isWorkingDay(day)) {
            day = day.plusWeeks(1);
        }
        return day;
    }

    public static ZonedDateTime start(int planYear, WorkingCalendar calendar, ZoneId zone) {
        return monday(planYear, calendar).atTime(START).atZone(zone);
    }
}
