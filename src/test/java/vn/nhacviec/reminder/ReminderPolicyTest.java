package vn.nhacviec.reminder;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.reminder.SonKy2024.*;

/** The policy as a pure function over every day of 2024 for a plan shaped like seed 000. */
class ReminderPolicyTest {

    static final WorkingCalendar CAL = WorkingCalendarTest.CAL;
    static final ReminderPolicy POLICY = new ReminderPolicy(CAL, ReminderPolicyConfig.DEFAULTS);
    static final Map<LocalDate, DailyPlan> YEAR = new TreeMap<>();

    @BeforeAll
    static void planEveryDayOf2024() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            YEAR.put(d, POLICY.plan(d, agendaOn(d), roster(), calendars(), ReminderHistory.none()));
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(String... isos) {
        return Stream.of(isos).map(LocalDate::parse).toList();
    }

    /** The days {@code officer}'s own section names {@code deadlineId}. */
    private static List<LocalDate> remindedOn(long officer, long deadlineId) {
        return daysWith(officer, SectionKind.OFFICER_DAILY, l -> l.deadlineId() == deadlineId);
    }

    private static List<LocalDate> daysWith(long officer, SectionKind kind, java.util.function.Predicate<DigestLine> which) {
        return YEAR.values().stream()
                .filter(p -> p.digestFor(officer).map(dg -> dg.lines(kind).stream().anyMatch(which)).orElse(false))
                .map(DailyPlan::date).toList();
    }

    private static List<LocalDate> weeklyDays(long officer) {
        return YEAR.values().stream().filter(p -> p.digestFor(officer)
                .flatMap(dg -> dg.section(SectionKind.CHAIRMAN_WEEKLY)).isPresent()).map(DailyPlan::date).toList();
    }

    private static <T> List<T> firstN(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    @Test
    void aDeadlineBeforeTetIsRemindedOnTheWorkingDayBeforeEachStage() {
        // 20/02: D-7 is 13/02 (Tết) → 07/02; D-3 is Saturday 17/02 → 16/02; then 19/02, 20/02.
        assertEquals(dates("2024-02-07", "2024-02-16", "2024-02-19", "2024-02-20", "2024-02-22", "2024-02-26",
                "2024-02-28", "2024-03-01", "2024-03-05"), firstN(remindedOn(OFFICE, FEB20), 9));
    }

    @Test
    void aDeadlineOnASundayHasItsLastRemindersOnFridayAndIsOverdueFromMonday() {
        // 31/03 is a Sunday: D-7 (24/03, Sunday) → 22/03; D-3 28/03; WD-1 and the due day merge on 29/03.
        // Overdue: 1/4 is day 1, every second working day after, stepping over 18/04 (Giỗ Tổ),
        // 29/04–01/05, and counting Saturday 04/05 which was worked.
        assertEquals(dates("2024-03-22", "2024-03-28", "2024-03-29", "2024-04-02", "2024-04-04", "2024-04-08",
                        "2024-04-10", "2024-04-12", "2024-04-16", "2024-04-19", "2024-04-23", "2024-04-25",
                        "2024-05-02", "2024-05-04", "2024-05-07"),
                firstN(remindedOn(VH_XH, MAR31_VH), 15));
        Digest friday = YEAR.get(d("2024-03-29")).digestFor(VH_XH).orElseThrow();
        DigestLine.Deadline line = (DigestLine.Deadline) friday.lines(SectionKind.OFFICER_DAILY).stream()
                .filter(l -> l.deadlineId() == MAR31_VH).findFirst().orElseThrow();
        assertEquals(new Stage.DueDay(), line.stage());
    }

    @Test
    void aDeadlineAfterTheMayHolidaysIsRemindedOnTheSaturdayWorked() {
        // 06/05: D-7 is 29/04 (swapped day off) → Friday 26/04; D-3 03/05; WD-1 is Saturday 04/05.
        assertEquals(dates("2024-04-26", "2024-05-03", "2024-05-04", "2024-05-06", "2024-05-08", "2024-05-10"),
                firstN(remindedOn(MC, MAY06), 6));
    }

    @Test
    void aDoneDeadlineIsNoLongerReminded() {
        assertEquals(dates("2024-02-23", "2024-02-27", "2024-02-29", "2024-03-01", "2024-03-05", "2024-03-07"),
                remindedOn(TP_HT, MAR01));
    }

    @Test
    void overdueDeadlineIsRemindedEveryTwoWorkingDays() {
        for (AgendaItem item : agendaOn(d("2024-01-01"))) {
            if (item.due() == null) {
                continue;
            }
            for (Recipient r : roster()) {
                List<LocalDate> late = remindedOn(r.officerId(), item.deadlineId()).stream()
                        .filter(x -> x.isAfter(item.due())).toList();
                for (int i = 0; i < late.size(); i++) {
                    LocalDate from = i == 0 ? item.due() : late.get(i - 1);
                    assertEquals(2, CAL.workingDaysBetween(from, late.get(i)), item.code() + " at " + late.get(i));
                }
            }
        }
        // 31/12 is the last due date: its reminders run to the end of the year and never on a day off
        assertEquals(dates("2024-12-24", "2024-12-27", "2024-12-30", "2024-12-31"), remindedOn(QS, DEC31));
    }

    @Test
    void nothingIsPlannedOnWeekendsOrHolidaysAndSomethingOnTheSaturdayWorked() {
        YEAR.forEach((date, plan) -> {
            if (!CAL.isWorkingDay(date)) {
                assertTrue(plan.isEmpty(), date + " is a day off");
            }
            plan.digests().forEach(dg -> assertEquals(date, dg.date()));
        });
        assertTrue(YEAR.get(d("2024-02-12")).isEmpty());
        assertTrue(YEAR.get(d("2024-09-03")).isEmpty());
        assertFalse(YEAR.get(d("2024-05-04")).isEmpty());
    }

    @Test
    void eachOfficerGetsOneDigestADayAndEveryKeyIsUnique() {
        Set<String> keys = new HashSet<>();
        YEAR.values().forEach(plan -> {
            List<Long> officers = plan.digests().stream().map(dg -> dg.recipient().officerId()).toList();
            assertEquals(new HashSet<>(officers).size(), officers.size(), "one digest per officer on " + plan.date());
            plan.digests().forEach(dg -> {
                assertTrue(keys.add(dg.idempotencyKey()), dg.idempotencyKey());
                assertFalse(dg.sections().isEmpty());
                dg.sections().stream().filter(s -> s.kind() != SectionKind.CHAIRMAN_WEEKLY)
                        .forEach(s -> assertFalse(s.lines().isEmpty(), "only the weekly summary may say 'nothing'"));
                List<SectionKind> kinds = dg.sections().stream().map(Digest.Section::kind).toList();
                assertEquals(kinds.stream().sorted().toList(), kinds, "sections in order");
            });
        });
        assertEquals("digest:2024-03-05:officer:3",
                YEAR.get(d("2024-03-05")).digestFor(OFFICE).orElseThrow().idempotencyKey());
    }

    @Test
    void aScanRunTwiceDecidesTheSameThing() {
        LocalDate day = d("2024-04-02");
        DailyPlan again = POLICY.plan(day, agendaOn(day), roster(), calendars(), ReminderHistory.after(day));
        assertEquals(YEAR.get(day), again);
    }

    @Test
    void anOfficersItemsAreListedSoonestFirst() {
        Digest office = YEAR.get(d("2024-03-01")).digestFor(OFFICE).orElseThrow();
        List<LocalDate> order = office.lines(SectionKind.OFFICER_DAILY).stream().map(DigestLine::sortDate).toList();
        assertEquals(order.stream().sorted().toList(), order);
        // the office's own deadline (20/02, overdue) and the Q1 report (05/03, 3 days before) in one digest
        assertTrue(office.lines(SectionKind.OFFICER_DAILY).stream().anyMatch(l -> l.deadlineId() == FEB20));
        assertTrue(office.lines(SectionKind.OFFICER_DAILY).stream().anyMatch(l -> l instanceof DigestLine.Report));
    }

    @Test
    void anItemLedByEveryUnitGoesToEveryOfficerWithAUnit() {
        DailyPlan plan = YEAR.get(d("2024-03-22"));
        for (long officer : List.of(OFFICE, TP_HT, VH_XH, TC_KT, MC, CA, QS)) {
            assertTrue(plan.digestFor(officer).orElseThrow().lines(SectionKind.OFFICER_DAILY).stream()
                    .anyMatch(l -> l.deadlineId() == MAR31_ALL), "officer " + officer);
        }
        assertTrue(plan.digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.OFFICER_DAILY).isEmpty(),
                "the chairman has no unit");
    }

    @Test
    void unreachableOfficersGetNoDigestAndTheOfficeIsToldWhatTheyMiss() {
        YEAR.values().forEach(plan -> assertTrue(plan.digestFor(DC_XD).isEmpty()));
        DailyPlan plan = YEAR.get(d("2024-03-22"));
        assertTrue(plan.digestFor(MC).orElseThrow().lines(SectionKind.OFFICER_DAILY).stream()
                .anyMatch(l -> l.deadlineId() == MAR31_DC_MC), "the other lead unit still gets it");
        List<DigestLine> report = plan.digestFor(OFFICE).orElseThrow().lines(SectionKind.OFFICE_UNREACHABLE);
        DigestLine.Unreachable dc = (DigestLine.Unreachable) report.get(0);
        assertEquals(DC_XD, dc.officer().officerId());
        assertEquals(Set.of(MAR31_DC_MC, MAR31_ALL),
                dc.missed().stream().map(DigestLine::deadlineId).collect(Collectors.toSet()));
        // told only on the days the officer would have been reminded
        assertEquals(remindedOn(MC, MAR31_DC_MC), daysWith(OFFICE, SectionKind.OFFICE_UNREACHABLE,
                l -> l instanceof DigestLine.Unreachable u && u.missed().stream()
                        .anyMatch(m -> m.deadlineId() == MAR31_DC_MC)));
    }

    @Test
    void reportDatesAreDeadlinesOfTheOffice() {
        List<LocalDate> expected = dates("2024-02-27", "2024-03-01", "2024-03-04", "2024-03-05",
                "2024-05-29", "2024-05-31", "2024-06-04", "2024-06-05",
                "2024-08-29", "2024-08-30", "2024-09-04", "2024-09-05",
                "2024-11-22", "2024-11-27", "2024-11-29");
        assertEquals(expected, daysWith(OFFICE, SectionKind.OFFICER_DAILY, l -> l instanceof DigestLine.Report));
        assertTrue(daysWith(TP_HT, SectionKind.OFFICER_DAILY, l -> l instanceof DigestLine.Report).isEmpty());
    }

    @Test
    void continuousTasksAreAskedForProgressFiveWorkingDaysBeforeEachReport() {
        assertEquals(dates("2024-02-27", "2024-05-29", "2024-08-27", "2024-11-25"), remindedOn(VH_XH, CONTINUOUS));
        DigestLine.Progress line = (DigestLine.Progress) YEAR.get(d("2024-08-27")).digestFor(VH_XH).orElseThrow()
                .lines(SectionKind.OFFICER_DAILY).stream().filter(l -> l.deadlineId() == CONTINUOUS)
                .findFirst().orElseThrow();
        assertEquals(d("2024-09-05"), line.report().date());
    }

    @Test
    void overdueDeadlinesEscalateToTheLeadersFromTheThirdWorkingDayLate() {
        for (long leader : List.of(CHAIRMAN, VICE)) {
            List<LocalDate> days = daysWith(leader, SectionKind.LEADER_OVERDUE, l -> l.deadlineId() == FEB20);
            List<LocalDate> expected = YEAR.keySet().stream()
                    .filter(x -> !x.isBefore(d("2024-02-23")) && CAL.isWorkingDay(x)).toList();
            assertEquals(expected, days, "every working day from 23/02 (3 working days after 20/02)");
            assertEquals(dates("2024-03-06", "2024-03-07"),
                    daysWith(leader, SectionKind.LEADER_OVERDUE, l -> l.deadlineId() == MAR01));
        }
        List<DigestLine> list = YEAR.get(d("2024-04-04")).digestFor(CHAIRMAN).orElseThrow()
                .lines(SectionKind.LEADER_OVERDUE);
        List<String> units = list.stream().map(l -> ((DigestLine.Overdue) l).unit()).toList();
        assertEquals(units.stream().sorted().toList(), units, "grouped by unit");
        assertTrue(units.containsAll(List.of("DC-XD", "MC", "ALL")), "an item is listed under each of its units");
        assertEquals(4, list.stream().filter(l -> l.deadlineId() == MAR31_VH)
                .map(l -> ((DigestLine.Overdue) l).workingDaysOverdue()).findFirst().orElseThrow());
    }

    @Test
    void theChairmanGetsAWeeklySummaryOnTheFirstWorkingDayOfEachWeek() {
        Set<LocalDate> firstDays = new TreeSet<>();
        Map<LocalDate, LocalDate> byMonday = new LinkedHashMap<>();
        YEAR.keySet().stream().filter(CAL::isWorkingDay).forEach(x ->
                byMonday.putIfAbsent(x.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)), x));
        firstDays.addAll(byMonday.values());
        assertTrue(firstDays.containsAll(dates("2024-01-02", "2024-02-15", "2024-05-02", "2024-09-04")));
        assertEquals(List.copyOf(firstDays), weeklyDays(CHAIRMAN));
        assertTrue(weeklyDays(VICE).isEmpty());
        List<DigestLine> quiet = YEAR.get(d("2024-01-08")).digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.CHAIRMAN_WEEKLY);
        assertEquals(1, quiet.size(), "a quiet week still gets its summary: the figures alone");
        DigestLine.Standing figures = (DigestLine.Standing) quiet.get(0);
        assertEquals(0, figures.counts().openOverdue());
        assertEquals(figures.counts().total(), figures.counts().openInTime());

        List<DigestLine> march11 = YEAR.get(d("2024-03-11")).digestFor(CHAIRMAN).orElseThrow()
                .lines(SectionKind.CHAIRMAN_WEEKLY);
        assertTrue(march11.contains(new DigestLine.Done(done(dated(MAR01, 2, "I.02", "2024-03-01", "TP-HT"),
                MAR01_DONE_ON))), "done last week");
        assertTrue(march11.stream().noneMatch(l -> l instanceof DigestLine.Overdue && l.deadlineId() == FEB20),
                "overdue for weeks is not news: the summary does not repeat the overdue list");
        assertTrue(YEAR.get(d("2024-02-26")).digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.CHAIRMAN_WEEKLY).stream()
                .anyMatch(l -> l instanceof DigestLine.Overdue && l.deadlineId() == FEB20), "fallen overdue last week");
        assertTrue(march11.stream().anyMatch(l -> l instanceof DigestLine.Standing s && s.counts().openOverdue() > 0));
        List<Long> upcoming = YEAR.get(d("2024-03-25")).digestFor(CHAIRMAN).orElseThrow()
                .lines(SectionKind.CHAIRMAN_WEEKLY).stream().filter(l -> l instanceof DigestLine.Upcoming)
                .map(DigestLine::deadlineId).toList();
        assertEquals(List.of(MAR31_VH, MAR31_TC, MAR31_DC_MC, MAR31_ALL), upcoming);
    }

    @Test
    void undatedExternalItemsAreListedWeeklyToTheOffice() {
        List<LocalDate> chairmanWeeks = weeklyDays(CHAIRMAN);
        assertEquals(chairmanWeeks, daysWith(OFFICE, SectionKind.OFFICE_EXTERNAL_WEEKLY,
                l -> l instanceof DigestLine.Undated && l.deadlineId() == EXTERNAL));
        assertTrue(remindedOn(MC, EXTERNAL).isEmpty(), "the lead unit is not reminded of an item with no date");
    }

    @Test
    void aScanAfterAFiveDayOutageSendsWhatWasMissedOnce() {
        // Service down Monday 04/03 to Friday 08/03; the last scan ran on Friday 01/03.
        List<AgendaItem> agenda = agendaOn(d("2024-03-04"));
        Map<Long, Set<String>> missed = new TreeMap<>();
        for (LocalDate x = d("2024-03-04"); !x.isAfter(d("2024-03-11")); x = x.plusDays(1)) {
            POLICY.plan(x, agenda, roster(), calendars(), ReminderHistory.none()).digests().forEach(dg -> {
                List<String> lines = subjects(dg.lines(SectionKind.OFFICER_DAILY));
                if (!lines.isEmpty()) {
                    missed.computeIfAbsent(dg.recipient().officerId(), o -> new TreeSet<>()).addAll(lines);
                }
            });
        }
        DailyPlan catchUp = POLICY.plan(d("2024-03-11"), agenda, roster(), calendars(),
                ReminderHistory.after(d("2024-03-01")));
        Map<Long, Set<String>> got = new TreeMap<>();
        catchUp.digests().forEach(dg -> {
            List<String> lines = subjects(dg.lines(SectionKind.OFFICER_DAILY));
            assertEquals(new HashSet<>(lines).size(), lines.size(), "each item once");
            if (!lines.isEmpty()) {
                got.put(dg.recipient().officerId(), new TreeSet<>(lines));
            }
        });
        assertEquals(missed, got);
        assertTrue(got.get(OFFICE).contains("report 2024-03-05"), "the Q1 report date fell in the outage");
        DailyPlan next = POLICY.plan(d("2024-03-12"), agenda, roster(), calendars(),
                ReminderHistory.after(d("2024-03-11")));
        assertEquals(POLICY.plan(d("2024-03-12"), agenda, roster(), calendars(), ReminderHistory.none()), next);
    }

    private static List<String> subjects(List<DigestLine> lines) {
        return lines.stream().map(l -> l instanceof DigestLine.Report r ? "report " + r.report().date()
                : "deadline " + l.deadlineId()).toList();
    }

    @Test
    void aSnoozedItemIsNotRemindedBeforeItsDateAndIsRemindedOnIt() {
        // snoozed at its 7-day reminder (07/02, before Tết) until the next working day, 15/02
        ReminderHistory snoozed = ReminderHistory.none().withSnoozes(Map.of(new ReminderHistory.Snooze(FEB20, OFFICE), d("2024-02-15")));
        assertEquals(List.of(d("2024-02-15"), d("2024-02-16")), remindingDays(FEB20, OFFICE, snoozed,
                d("2024-02-08"), d("2024-02-16")));
        // snoozed over an overdue stage: 22/02 is skipped, 26/02 (its own stage) comes as usual
        ReminderHistory longer = ReminderHistory.none().withSnoozes(Map.of(new ReminderHistory.Snooze(FEB20, OFFICE), d("2024-02-23")));
        assertEquals(List.of(d("2024-02-23"), d("2024-02-26")), remindingDays(FEB20, OFFICE, longer,
                d("2024-02-21"), d("2024-02-26")));
        // the leaders still see it: a snooze is the officer's, not an escalation's
        ReminderHistory later = ReminderHistory.none().withSnoozes(Map.of(new ReminderHistory.Snooze(FEB20, OFFICE), d("2024-02-27")));
        DailyPlan plan = POLICY.plan(d("2024-02-26"), agendaOn(d("2024-02-26")), roster(), calendars(), later);
        assertTrue(plan.digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.LEADER_OVERDUE).stream()
                .anyMatch(l -> l.deadlineId() == FEB20));
        assertTrue(plan.digestFor(OFFICE).orElseThrow().lines(SectionKind.OFFICER_DAILY).stream()
                .noneMatch(l -> l.deadlineId() == FEB20));
    }

    @Test
    void aSnoozeSilencesOnlyTheOfficerWhoPressedIt() {
        // MAR31_ALL concerns every officer with a unit; TP-HT snoozes it at its 7-day reminder (22/03 → 25/03)
        LocalDate day = d("2024-03-22");
        ReminderHistory snoozed = ReminderHistory.none().withSnoozes(
                Map.of(new ReminderHistory.Snooze(MAR31_ALL, TP_HT), d("2024-03-25")));
        DailyPlan plan = POLICY.plan(day, agendaOn(day), roster(), calendars(), snoozed);
        DailyPlan unsnoozed = POLICY.plan(day, agendaOn(day), roster(), calendars(), ReminderHistory.none());
        assertTrue(linesOf(unsnoozed, TP_HT).contains(MAR31_ALL), "reminded without the snooze");
        assertFalse(linesOf(plan, TP_HT).contains(MAR31_ALL), "the officer who snoozed is not reminded");
        for (long other : List.of(OFFICE, VH_XH, TC_KT, MC, CA, QS)) {
            assertTrue(linesOf(plan, other).contains(MAR31_ALL), "officer " + other + " is still reminded");
        }
        assertEquals(List.of(d("2024-03-25")), remindingDays(MAR31_ALL, TP_HT, snoozed, d("2024-03-22"), d("2024-03-25")),
                "and the officer's own snooze wakes up on its date");
    }

    private static Set<Long> linesOf(DailyPlan plan, long officer) {
        return plan.digestFor(officer).map(dg -> dg.lines(SectionKind.OFFICER_DAILY).stream()
                .map(DigestLine::deadlineId).collect(Collectors.toSet())).orElse(Set.of());
    }

    private static List<LocalDate> remindingDays(long id, long officer, ReminderHistory history, LocalDate from,
                                                 LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
            DailyPlan plan = POLICY.plan(x, agendaOn(x), roster(), calendars(), history);
            if (plan.digestFor(officer).map(dg -> dg.lines(SectionKind.OFFICER_DAILY).stream()
                    .anyMatch(l -> l.deadlineId() == id)).orElse(false)) {
                out.add(x);
            }
        }
        return out;
    }

    @Test
    void anOfficerWhoLinksGetsAllTheirCurrentItemsInTheNextScan() {
        List<Recipient> linked = roster().stream().map(r -> r.officerId() == DC_XD
                ? officer(DC_XD, r.name(), r.role(), r.units(), true) : r).toList();
        LocalDate day = d("2024-04-03"); // no stage of the 31/03 items today
        DailyPlan plan = POLICY.plan(day, agendaOn(day), linked, calendars(),
                ReminderHistory.none().withNewlyLinked(Set.of(DC_XD)));
        assertEquals(Set.of(MAR31_DC_MC, MAR31_ALL), plan.digestFor(DC_XD).orElseThrow()
                .lines(SectionKind.OFFICER_DAILY).stream().map(DigestLine::deadlineId).collect(Collectors.toSet()));
        assertTrue(plan.digestFor(MC).isEmpty() || plan.digestFor(MC).orElseThrow().lines(SectionKind.OFFICER_DAILY)
                .stream().noneMatch(l -> l.deadlineId() == MAR31_DC_MC), "others are not re-reminded");
    }

    @Test
    void withNoReachableOfficeOfficerTheChairmanHearsWhoCannotBeReached() {
        List<Recipient> noOffice = roster().stream().map(r -> r.officerId() == OFFICE
                ? officer(OFFICE, r.name(), r.role(), r.units(), false) : r).toList();
        LocalDate day = d("2024-03-22");
        DailyPlan plan = POLICY.plan(day, agendaOn(day), noOffice, calendars(), ReminderHistory.none());
        List<DigestLine> report = plan.digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.OFFICE_UNREACHABLE);
        assertEquals(Set.of(OFFICE, DC_XD), report.stream().map(l -> ((DigestLine.Unreachable) l).officer().officerId())
                .collect(Collectors.toSet()));
    }

    @Test
    void anItemNobodyLeadsIsReportedToTheOffice() {
        LocalDate day = d("2024-03-22");
        List<AgendaItem> agenda = new ArrayList<>(agendaOn(day));
        agenda.add(dated(999, 99, "IV.01", "2024-03-29", "Ban Pháp chế HĐND xã"));
        DailyPlan plan = POLICY.plan(day, agenda, roster(), calendars(), ReminderHistory.none());
        assertTrue(plan.digestFor(OFFICE).orElseThrow().lines(SectionKind.OFFICE_UNREACHABLE).stream()
                .anyMatch(l -> l instanceof DigestLine.Unassigned u && u.deadlineId() == 999));
    }
}
