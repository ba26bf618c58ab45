package vn.nhacviec.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The reminder policy's settings, from {@code config/reminders.yml} (see that file and
 * docs/reminders.md for each key). {@link #DEFAULTS} are the values the issue agreed on.
 *
 * @param zone                 the communes' time zone: scan time, quiet hours, "done this week"
 * @param scanTime             when the daily scan runs on working days (for the scheduler)
 * @param stages               when a dated deadline is reminded
 * @param progressWorkingDaysBefore CONTINUOUS tasks: lead units are asked this many working days before each report date
 * @param escalateAfterWorkingDays  an open deadline this many working days overdue goes to the leaders' daily digest
 * @param weeklyDay            the chairman's summary and the office's list of undated items: this weekday, or
 *                             the first working day after it in the same week
 * @param officeUnit           the unit that answers for the plan's report dates (VP-TK)
 * @param allUnits             the lead-unit code meaning "every unit" (ALL)
 * @param quietHours           when the dispatcher may send
 * @param rateLimits           how fast the dispatcher may send
 */
public record ReminderPolicyConfig(ZoneId zone,
                                   LocalTime scanTime,
                                   Stages stages,
                                   int progressWorkingDaysBefore,
                                   int escalateAfterWorkingDays,
                                   DayOfWeek weeklyDay,
                                   String officeUnit,
                                   String allUnits,
                                   QuietHours quietHours,
                                   RateLimits rateLimits) {

    /**
     * @param daysBefore              calendar days before the due date (7, 3); on a day off, the working day before
     * @param workingDaysBefore       working days before the due date (1)
     * @param onDueDay                remind on the due date (the working day before it when it is a day off)
     * @param overdueEveryWorkingDays while overdue, every this many working days after the due date (2)
     */
    public record Stages(List<Integer> daysBefore, List<Integer> workingDaysBefore, boolean onDueDay,
                         int overdueEveryWorkingDays) {
        public Stages {
            daysBefore = List.copyOf(daysBefore);
            workingDaysBefore = List.copyOf(workingDaysBefore);
            if (overdueEveryWorkingDays < 1) {
                throw new IllegalArgumentException("overdueEveryWorkingDays must be at least 1");
            }
        }
    }

    /** Carried for the dispatcher: messages per second for the whole bot, and per chat. */
    public record RateLimits(int perSecond, int perChatPerSecond) {
        public RateLimits {
            if (perSecond < 1 || perChatPerSecond < 1) {
                throw new IllegalArgumentException("rate limits must be at least 1 per second");
            }
        }
    }

    /**
     * The communes' time zone when {@code nhacviec.zone} is not set: the one place it is written
     * (the setting's default in {@code NhacViecProperties} refers here).
     */
    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    public static final ReminderPolicyConfig DEFAULTS = new ReminderPolicyConfig(
            ZoneId.of(DEFAULT_ZONE),
            LocalTime.of(7, 30),
            new Stages(List.of(7, 3), List.of(1), true, 2),
            5,
            3,
            DayOfWeek.MONDAY,
            "VP-TK",
            "ALL",
            QuietHours.DEFAULT,
            new RateLimits(30, 1));

    public ReminderPolicyConfig {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(scanTime, "scanTime");
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(weeklyDay, "weeklyDay");
        Objects.requireNonNull(officeUnit, "officeUnit");
        Objects.requireNonNull(allUnits, "allUnits");
        Objects.requireNonNull(quietHours, "quietHours");
        Objects.requireNonNull(rateLimits, "rateLimits");
        if (progressWorkingDaysBefore < 0 || escalateAfterWorkingDays < 1) {
            throw new IllegalArgumentException("progressWorkingDaysBefore >= 0 and escalateAfterWorkingDays >= 1");
        }
    }

    /** The same settings in another time zone (the service's configured one). */
    public ReminderPolicyConfig inZone(ZoneId other) {
        return new ReminderPolicyConfig(other, scanTime, stages, progressWorkingDaysBefore, escalateAfterWorkingDays, weeklyDay,
                officeUnit, allUnits, quietHours, rateLimits);
    }
}
