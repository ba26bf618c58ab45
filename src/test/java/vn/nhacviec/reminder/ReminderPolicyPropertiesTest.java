package vn.nhacviec.reminder;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.nhacviec.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.reminder.SonKy2024.*;

/** Whatever the dates, the policy never throws, never plans a day off, and never forgets an overdue item. */
class ReminderPolicyPropertiesTest {

    private static final WorkingCalendar CAL = WorkingCalendarTest.CAL;
    private static final ReminderPolicy POLICY = new ReminderPolicy(CAL, ReminderPolicyConfig.DEFAULTS);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final List<String> UNITS = List.of("VP-TK", "TP-HT", "VH-XH", "TC-KT", "DC-XD", "MC", "CA", "QS", "ALL");

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 4 * 365 - 10).map(START::plusDays);
    }

    @Property(tries = 300)
    void thePolicyNeverThrowsAndNeverPlansADayOff(@ForAll("days") LocalDate due, @ForAll("days") LocalDate scan,
                                                  @ForAll @IntRange(min = 0, max = 8) int unit,
                                                  @ForAll @IntRange(min = 0, max = 20) int outage,
                                                  @ForAll @IntRange(min = -5, max = 5) int snooze) {
        AgendaItem item = dated(500, 50, "V.01", due.toString(), UNITS.get(unit));
        ReminderHistory history = new ReminderHistory(scan.minusDays(outage), Map.of(new ReminderHistory.Snooze(500L, OFFICE), scan.plusDays(snooze)),
                java.util.Set.of());
        DailyPlan plan = POLICY.plan(scan, List.of(item), roster(), calendars(), history);

        assertEquals(scan, plan.date());
        if (!CAL.isWorkingDay(scan)) {
            assertTrue(plan.isEmpty(), "no scan on a day off: " + scan);
        }
        plan.digests().forEach(dg -> {
            assertEquals(scan, dg.date());
            assertTrue(dg.recipient().reachable());
        });
    }

    @Property(tries = 300)
    void everyOverdueOpenItemAppearsWithinTwoWorkingDays(@ForAll("days") LocalDate due, @ForAll("days") LocalDate day,
                                                         @ForAll @IntRange(min = 0, max = 7) int unit) {
        LocalDate scan = CAL.nextWorkingDay(day);
        if (!scan.isAfter(due)) {
            return; // not overdue yet
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
        assertTrue(seen, "due " + due + ", not reminded on " + scan + " nor " + next);
    }

    @Property(tries = 200)
    void aStageIsNeverOnADayOffAndBeforeDueStagesNeverFollowTheDueDate(@ForAll("days") LocalDate due) {
        StageSchedule stages = POLICY.stages();
        for (StageSchedule.Dated s : stages.until(due, due.plusDays(40))) {
            assertTrue(CAL.isWorkingDay(s.date()), due + ": " + s);
            if (!(s.stage() instanceof Stage.Overdue)) {
                assertTrue(!s.date().isAfter(due), due + ": " + s);
            }
        }
    }
}
