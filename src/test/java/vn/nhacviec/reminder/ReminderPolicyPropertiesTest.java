package vn.nhacviec.reminder;

import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.reminder.SonKy2024.*;

/**
 * Whatever the dates, the policy never throws, never plans a day off, and never forgets an overdue item. Seeded
 * generators in plain JUnit 5: each property draws its cases from its own fixed seed (the same cases every run), the
 * first cases being the ranges' edges; a failure names its case.
 */
class ReminderPolicyPropertiesTest {

    private static final WorkingCalendar CAL = WorkingCalendarTest.CAL;
    private static final ReminderPolicy POLICY = new ReminderPolicy(CAL, ReminderPolicyConfig.DEFAULTS);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 4 * 365 - 10;
    private static final List<String> UNITS = List.of("VP-TK", "TP-HT", "VH-XH", "TC-KT", "DC-XD", "MC", "CA", "QS", "ALL");

    /** Draws values in [min, max]; case 0 takes every minimum, case 1 every maximum, the rest are random. */
    private record Cases(Random random, int n) {
        int between(int min, int max) {
            return n == 0 ? min : n == 1 ? max : min + random.nextInt(max - min + 1);
        }

        LocalDate day() {
            return START.plusDays(between(0, DAYS));
        }
    }

    @Test
    void thePolicyNeverThrowsAndNeverPlansADayOff() {
        Random random = new Random(0x5CA7L);
        for (int n = 0; n < 300; n++) {
            Cases cases = new Cases(random, n);
            LocalDate due = cases.day();
            LocalDate scan = cases.day();
            int unit = cases.between(0, 8);
            int outage = cases.between(0, 20);
            int snooze = cases.between(-5, 5);
            String example = "case " + n + ": due " + due + ", scan " + scan + ", unit " + UNITS.get(unit) + ", outage "
                    + outage + ", snooze " + snooze;

            AgendaItem item = dated(500, 50, "V.01", due.toString(), UNITS.get(unit));
            ReminderHistory history = new ReminderHistory(scan.minusDays(outage), Map.of(new ReminderHistory.Snooze(500L, OFFICE), scan.plusDays(snooze)),
                    java.util.Set.of());
            DailyPlan plan = POLICY.plan(scan, List.of(item), roster(), calendars(), history);

            assertEquals(scan, plan.date(), example);
            if (!CAL.isWorkingDay(scan)) {
                assertTrue(plan.isEmpty(), "no scan on a day off: " + example);
            }
            plan.digests().forEach(dg -> {
                assertEquals(scan, dg.date(), example);
                assertTrue(dg.recipient().reachable(), example);
            });
        }
    }

    @Test
    void everyOverdueOpenItemAppearsWithinTwoWorkingDays() {
        Random random = new Random(0x0BE7D0EL);
        for (int n = 0; n < 300; n++) {
            Cases cases = new Cases(random, n);
            LocalDate due = cases.day();
            LocalDate day = cases.day();
            int unit = cases.between(0, 7);
            LocalDate scan = CAL.nextWorkingDay(day);
            if (!scan.isAfter(due)) {
                continue; // not overdue yet
            }
            AgendaItem item = dated(500, 50, "V.01", due.toString(), UNITS.get(unit));
            LocalDate next = CAL.plusWorkingDays(scan, 1);
            boolean seen = false;
            for (LocalDate d : List.of(scan, next)) {
                DailyPlan plan = POLICY.plan(d, List.of(item), roster(), calendars(), ReminderHistory.none());
                seen |= plan.digests().stream().anyMatch(dg -> dg.lines(SectionKind.OFFICER_DAILY).stream()
                        .anyMatch(l -> l.deadlineId() == 500)
                        || dg.lines(SectionKind.OFFICE_UNREACHABLE).stream().anyMatch(l -> l instanceof DigestLine.Unreachable u
                        && u.missed().stream().anyMatch(m -> m.deadlineId() == 500)));
            }
            assertTrue(seen, "case " + n + ": due " + due + ", unit " + UNITS.get(unit) + ", not reminded on " + scan
                    + " nor " + next);
        }
    }

    @Test
    void aStageIsNeverOnADayOffAndBeforeDueStagesNeverFollowTheDueDate() {
        Random random = new Random(0x57A6EL);
        StageSchedule stages = POLICY.stages();
        for (int n = 0; n < 200; n++) {
            LocalDate due = new Cases(random, n).day();
            for (StageSchedule.Dated s : stages.until(due, due.plusDays(40))) {
                assertTrue(CAL.isWorkingDay(s.date()), "case " + n + ": due " + due + ": " + s);
                if (!(s.stage() instanceof Stage.Overdue)) {
                    assertTrue(!s.date().isAfter(due), "case " + n + ": due " + due + ": " + s);
                }
            }
        }
    }
}
