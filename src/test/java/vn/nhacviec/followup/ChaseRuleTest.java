package vn.nhacviec.followup;

import org.junit.jupiter.api.Test;
import vn.nhacviec.reminder.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChaseRuleTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 4, 8);
    private final ChaseRule rule = new ChaseRule(WorkingCalendar.weekendsOnly(), ChaseRule.DEFAULT_WORKING_DAYS);

    @Test
    void askedOnMondayIsChasedFromWednesday() {
        Explanation asked = asked(MONDAY, null);
        assertFalse(rule.chase(asked, MONDAY));
        assertFalse(rule.chase(asked, MONDAY.plusDays(1)));
        assertTrue(rule.chase(asked, MONDAY.plusDays(2)));
        assertTrue(rule.chase(asked, MONDAY.plusDays(3)), "every working day until answered");
    }

    @Test
    void weekendsDoNotCount() {
        LocalDate friday = LocalDate.of(2024, 4, 12);
        assertEquals(0, rule.workingDaysWaiting(friday, friday.plusDays(2)));
        assertEquals(1, rule.workingDaysWaiting(friday, friday.plusDays(3)));
        assertFalse(rule.chase(asked(friday, null), friday.plusDays(3)));
        assertTrue(rule.chase(asked(friday, null), friday.plusDays(4)));
    }

    @Test
    void holidaysOfTheReminderCalendarDoNotCount() {
        WorkingCalendar holidays = WorkingCalendar.fromYaml("holidays:\n  - from: 2024-04-09\n    to: 2024-04-10\n", "test");
        ChaseRule withHolidays = new ChaseRule(holidays, 2);
        assertFalse(withHolidays.chase(asked(MONDAY, null), MONDAY.plusDays(3)));
        assertTrue(withHolidays.chase(asked(MONDAY, null), MONDAY.plusDays(4)));
    }

    @Test
    void anAnsweredRequestIsNeverChasedAndTheLimitIsConfigurable() {
        assertFalse(rule.chase(asked(MONDAY, Instant.parse("2024-04-09T03:00:00Z")), MONDAY.plusDays(5)));
        assertTrue(new ChaseRule(WorkingCalendar.weekendsOnly(), 1).chase(asked(MONDAY, null), MONDAY.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> new ChaseRule(WorkingCalendar.weekendsOnly(), 0));
    }

    private static Explanation asked(LocalDate on, Instant answeredAt) {
        return new Explanation(1, 2, 3, 4, "telegram:1 Đinh Văn Chủ", on, Instant.parse("2024-04-08T02:00:00Z"),
                answeredAt == null ? null : "thiếu hồ sơ", null, answeredAt == null ? null : "x", answeredAt);
    }
}
