package vn.nhacviec.followup;

import vn.nhacviec.reminder.WorkingCalendar;

import java.time.LocalDate;

/**
 * When an unanswered explanation request goes to the chairman's daily digest: once {@code afterWorkingDays}
 * working days (the reminder engine's calendar) have passed since it was asked, and every working day
 * after until it is answered. Asked on a Monday with the default 2: from Wednesday on.
 */
public record ChaseRule(WorkingCalendar calendar, int afterWorkingDays) {

    public static final int DEFAULT_WORKING_DAYS = 2;

    public ChaseRule {
        if (afterWorkingDays < 1) {
            throw new IllegalArgumentException("an explanation is chased after at least 1 working day: " + afterWorkingDays);
        }
    }

    /** Working days after {@code askedOn} up to and including {@code today}. */
    public int workingDaysWaiting(LocalDate askedOn, LocalDate today) {
        int days = 0;
        for (LocalDate d = askedOn.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    public boolean chase(Explanation explanation, LocalDate today) {
        return !explanation.isAnswered() && workingDaysWaiting(explanation.askedOn(), today) >= afterWorkingDays;
    }
}
