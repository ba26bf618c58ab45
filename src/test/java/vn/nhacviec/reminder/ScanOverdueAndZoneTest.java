package vn.nhacviec.reminder;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanOverdueAndZoneTest {

    private static final ReminderPolicy POLICY = new ReminderPolicy(WorkingCalendarTest.CAL, ReminderPolicyConfig.DEFAULTS);

    @Test
    void aMissingScanIsOverdueOnAWorkingDayOnceItsTimeHasPassed() {
        assertTrue(POLICY.scanOverdue(LocalDateTime.of(2024, 4, 8, 7, 30), false), "Monday at the scan time");
        assertTrue(POLICY.scanOverdue(LocalDateTime.of(2024, 4, 8, 15, 0), false), "Monday afternoon, after an outage");
        assertFalse(POLICY.scanOverdue(LocalDateTime.of(2024, 4, 8, 7, 29), false), "before the scan time");
        assertFalse(POLICY.scanOverdue(LocalDateTime.of(2024, 4, 8, 9, 0), true), "it ran already");
        assertFalse(POLICY.scanOverdue(LocalDateTime.of(2024, 4, 6, 9, 0), false), "a Saturday");
        assertFalse(POLICY.scanOverdue(LocalDateTime.of(2024, 9, 2, 9, 0), false), "Quốc khánh");
    }

    @Test
    void thePolicyIsInTheServicesZoneAndReminderFileMayOnlyRepeatIt() {
        ZoneId bangkok = ZoneId.of("Asia/Bangkok");
        assertEquals(bangkok, ReminderConfigFile.fromYaml("scanTime: \"07:30\"\n", "r.yml", bangkok).zone());
        assertEquals(bangkok, ReminderConfigFile.fromYaml("zone: Asia/Bangkok\n", "r.yml", bangkok).zone());
        ConfigException other = assertThrows(ConfigException.class,
                () -> ReminderConfigFile.fromYaml("zone: Asia/Ho_Chi_Minh\n", "r.yml", bangkok));
        assertTrue(other.getMessage().contains("r.yml") && other.getMessage().contains("nhacviec.zone"), other.getMessage());
    }
}
