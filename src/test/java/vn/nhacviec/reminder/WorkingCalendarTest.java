package vn.nhacviec.reminder;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    static final WorkingCalendar CAL = WorkingCalendar.load(Path.of("config/holidays.yml"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static void off(String... dates) {
        for (String date : dates) {
            assertFalse(CAL.isWorkingDay(d(date)), () -> date + " should be a day off");
        }
    }

    private static void working(String... dates) {
        for (String date : dates) {
            assertTrue(CAL.isWorkingDay(d(date)), () -> date + " should be a working day");
        }
    }

    @Test
    void theShippedFileLoadsWithoutWarnings() {
        assertTrue(CAL.warnings().isEmpty());
        assertTrue(CAL.holidays().size() > 40);
    }

    @Test
    void newYearsDayIsOffEveryYear() {
        off("2024-01-01", "2025-01-01", "2026-01-01", "2027-01-01");
        working("2024-01-02", "2025-01-02", "2027-01-04");
    }

    @Test
    void tetIsOffEveryYearAndTheDaysAroundItAreWorked() {
        off("2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14");
        working("2024-02-07", "2024-02-15");
        off("2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31");
        working("2025-01-24", "2025-02-03");
        off("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
        working("2026-02-13", "2026-02-23");
        off("2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10");
        working("2027-02-03", "2027-02-11");
    }

    @Test
    void hungKingsDayIsOffEveryYearAndCompensatedWhenOnASunday() {
        off("2024-04-18", "2025-04-07", "2026-04-27", "2027-04-16");
        assertEquals("Giỗ Tổ Hùng Vương", CAL.holiday(d("2024-04-18")).orElseThrow());
    }

    @Test
    void reunificationAndLabourDaysFollowTheOfficialSwaps() {
        off("2024-04-29", "2024-04-30", "2024-05-01");
        working("2024-05-02", "2024-05-04"); // Saturday 4/5/2024 worked for Monday 29/4
        off("2025-04-30", "2025-05-01", "2025-05-02");
        working("2025-04-26", "2025-04-29"); // Saturday 26/4/2025 worked for Friday 2/5
        off("2026-04-30", "2026-05-01", "2027-04-30", "2027-05-03");
    }

    @Test
    void saturdaysWorkedAreListedAndOrdinarySaturdaysAreNot() {
        assertEquals(List.of(d("2024-05-04"), d("2025-04-26"), d("2026-01-10")),
                List.copyOf(CAL.workingWeekendDays().keySet()));
        off("2024-05-11", "2025-04-27");
    }

    @Test
    void nationalDayAndItsAdjacentDayAreOff() {
        off("2024-09-02", "2024-09-03", "2025-09-01", "2025-09-02", "2026-09-01", "2026-09-02",
                "2027-09-02", "2027-09-03");
        working("2024-09-04", "2025-09-03", "2027-09-01");
    }

    @Test
    void previousAndNextWorkingDayStepOverHolidays() {
        assertEquals(d("2024-02-07"), CAL.previousWorkingDay(d("2024-02-13")));
        assertEquals(d("2024-02-15"), CAL.nextWorkingDay(d("2024-02-10")));
        assertEquals(d("2024-04-26"), CAL.previousWorkingDay(d("2024-04-29")));
        assertEquals(d("2024-05-04"), CAL.nextWorkingDay(d("2024-05-04")));
        assertEquals(d("2024-03-05"), CAL.previousWorkingDay(d("2024-03-05")));
    }

    @Test
    void plusWorkingDaysCountsOnlyWorkingDays() {
        assertEquals(d("2024-02-15"), CAL.plusWorkingDays(d("2024-02-07"), 1));
        assertEquals(d("2024-02-07"), CAL.plusWorkingDays(d("2024-02-15"), -1));
        assertEquals(d("2024-04-02"), CAL.plusWorkingDays(d("2024-03-31"), 2), "from a Sunday, Monday is +1");
        assertEquals(d("2024-05-04"), CAL.plusWorkingDays(d("2024-05-02"), 2), "a Saturday worked counts");
        assertEquals(d("2024-11-25"), CAL.plusWorkingDays(d("2024-11-30"), -5));
        assertEquals(d("2024-03-09"), CAL.plusWorkingDays(d("2024-03-09"), 0));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfPlusWorkingDays() {
        for (LocalDate a = d("2024-01-01"); a.isBefore(d("2025-01-01")); a = a.plusDays(3)) {
            for (int n = -12; n <= 12; n++) {
                LocalDate b = CAL.plusWorkingDays(a, n);
                assertEquals(n, CAL.workingDaysBetween(a, b), a + " " + n);
            }
        }
        assertEquals(3, CAL.workingDaysBetween(d("2024-02-07"), d("2024-02-19")));
    }

    /** Counting by arithmetic and listed exceptions gives what walking day by day gives, over any range (seeded). */
    @Test
    void workingDaysBetweenCountsWhatWalkingDayByDayCounts() {
        java.util.Random random = new java.util.Random(2027);
        for (int i = 0; i < 20_000; i++) {
            LocalDate a = d("2023-12-01").plusDays(random.nextInt(800));
            LocalDate b = a.plusDays(random.nextInt(401) - 200);
            int walked = 0;
            if (b.isBefore(a)) {
                for (LocalDate x = b; x.isBefore(a); x = x.plusDays(1)) {
                    walked -= CAL.isWorkingDay(x) ? 1 : 0;
                }
            } else {
                for (LocalDate x = a.plusDays(1); !x.isAfter(b); x = x.plusDays(1)) {
                    walked += CAL.isWorkingDay(x) ? 1 : 0;
                }
            }
            assertEquals(walked, CAL.workingDaysBetween(a, b), a + " → " + b);
        }
    }

    @Test
    void aMissingFileMeansWeekendsOnlyWithAWarning() {
        WorkingCalendar cal = WorkingCalendar.load(Path.of("config/no-such-holidays.yml"));
        assertTrue(cal.isWorkingDay(d("2024-09-02")));
        assertFalse(cal.isWorkingDay(d("2024-09-07")));
        assertEquals(1, cal.warnings().size());
        assertTrue(cal.warnings().get(0).contains("no-such-holidays.yml"));
    }

    @Test
    void aBrokenEntryIsAnErrorNamingTheFileAndTheEntry() {
        ConfigException bad = assertThrows(ConfigException.class, () -> WorkingCalendar.fromYaml("""
                holidays:
                  - date: 2024-01-01
                    name: Tết Dương lịch
                  - date: 2024-13-01
                    name: Sai
                """, "config/holidays.yml"));
        assertTrue(bad.getMessage().contains("config/holidays.yml: holidays[2] (Sai).date"), bad.getMessage());

        ConfigException key = assertThrows(ConfigException.class,
                () -> WorkingCalendar.fromYaml("holidays:\n  - dat: 2024-01-01\n", "h.yml"));
        assertTrue(key.getMessage().contains("unknown key 'dat'"), key.getMessage());

        ConfigException weekday = assertThrows(ConfigException.class,
                () -> WorkingCalendar.fromYaml("workingDays:\n  - date: 2024-05-03\n", "h.yml"));
        assertTrue(weekday.getMessage().contains("workingDays[1]"), weekday.getMessage());

        ConfigException range = assertThrows(ConfigException.class,
                () -> WorkingCalendar.fromYaml("holidays:\n  - from: 2024-02-14\n    to: 2024-02-08\n", "h.yml"));
        assertTrue(range.getMessage().contains("before 'from'"), range.getMessage());
    }

    @Test
    void theShippedReminderSettingsAreTheDefaults() {
        assertEquals(ReminderPolicyConfig.DEFAULTS, ReminderConfigFile.load(Path.of("config/reminders.yml")));
        assertEquals(ReminderPolicyConfig.DEFAULTS, ReminderConfigFile.load(Path.of("config/none.yml")));
    }

    @Test
    void reminderSettingsOverrideSomeKeysAndRejectTypos() {
        ReminderPolicyConfig c = ReminderConfigFile.fromYaml("""
                scanTime: 8:15
                stages:
                  daysBefore: [10, 5]
                quietHours:
                  end: 21:30
                """, "r.yml");
        assertEquals(LocalTime.of(8, 15), c.scanTime());
        assertEquals(List.of(10, 5), c.stages().daysBefore());
        assertEquals(List.of(1), c.stages().workingDaysBefore());
        assertEquals(LocalTime.of(21, 30), c.quietHours().end());

        ConfigException typo = assertThrows(ConfigException.class,
                () -> ReminderConfigFile.fromYaml("stages:\n  overdueEvery: 2\n", "config/reminders.yml"));
        assertTrue(typo.getMessage().startsWith("config/reminders.yml: stages: unknown key 'overdueEvery'"),
                typo.getMessage());
        assertThrows(ConfigException.class, () -> ReminderConfigFile.fromYaml("weekly:\n  day: THỨ HAI\n", "r.yml"));
    }

    @Test
    void quietHoursHoldMessagesUntilSevenInTheMorning() {
        QuietHours q = QuietHours.DEFAULT;
        ZoneId hcm = ZoneId.of("Asia/Ho_Chi_Minh");
        assertTrue(q.allows(LocalTime.of(7, 0)));
        assertTrue(q.allows(LocalTime.of(19, 59)));
        assertFalse(q.allows(LocalTime.of(20, 0)));
        assertFalse(q.allows(LocalTime.of(6, 59)));
        ZonedDateTime late = ZonedDateTime.of(2024, 3, 5, 21, 10, 0, 0, hcm);
        assertEquals(ZonedDateTime.of(2024, 3, 6, 7, 0, 0, 0, hcm), q.nextAllowed(late));
        ZonedDateTime early = ZonedDateTime.of(2024, 3, 5, 5, 0, 0, 0, hcm);
        assertEquals(ZonedDateTime.of(2024, 3, 5, 7, 0, 0, 0, hcm), q.nextAllowed(early));
        ZonedDateTime noon = ZonedDateTime.of(2024, 3, 5, 12, 0, 0, 0, hcm);
        assertEquals(noon, q.nextAllowed(noon));
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0));
        assertTrue(night.allows(LocalTime.of(23, 0)));
        assertFalse(night.allows(LocalTime.of(12, 0)));
    }
}
