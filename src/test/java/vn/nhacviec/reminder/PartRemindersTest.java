package vn.nhacviec.reminder;

import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.bot.text.DigestMessages;
import vn.nhacviec.coordination.PartReport;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.delegation.Cover;
import vn.nhacviec.delegation.Leave;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.messaging.Reply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.reminder.SonKy2024.*;

/**
 * Coordinated items in the morning digest: the officers of a unit with an open part (a coordinating unit, a lead
 * unit after the first) are reminded of it on the item's own stages, in a section of their own, until the part is
 * reported; cover during a leave moves the part like any unit's work.
 */
class PartRemindersTest {

    private static final ReminderPolicy POLICY = new ReminderPolicy(ReminderPolicyTest.CAL, ReminderPolicyConfig.DEFAULTS);

    /** Led by Tư pháp, with Văn hóa – Xã hội and Công an coordinating; due Wednesday 10/04/2024. */
    private static final long COORDINATED = 150;
    /** Led by Văn hóa – Xã hội; its coordinating units are an unreachable officer's and a unit nobody holds. */
    private static final long UNSTAFFED = 151;
    private static final LocalDate DUE = LocalDate.of(2024, 4, 10);

    private static List<AgendaItem> agenda(LocalDate date) {
        List<AgendaItem> items = new ArrayList<>(agendaOn(date));
        items.add(coordinated(COORDINATED, 13, "I.07", "TP-HT", List.of("VH-XH", "CA")));
        items.add(coordinated(UNSTAFFED, 14, "I.08", "VH-XH", List.of("DC-XD", "KT")));
        return items;
    }

    private static AgendaItem coordinated(long id, int code, String numbering, String lead, List<String> support) {
        return new AgendaItem(id, COMMUNE, code, numbering, "Nhiệm vụ phối hợp " + numbering, MilestoneKind.ONCE, "", DUE,
                DeadlineStatus.OPEN, List.of(lead), null, null, null, support);
    }

    private static DailyPlan plan(LocalDate date, ReminderHistory history) {
        return POLICY.plan(date, agenda(date), roster(), calendars(), history);
    }

    private static List<DigestLine> lines(DailyPlan plan, long officer, SectionKind kind) {
        return plan.digestFor(officer).map(d -> d.lines(kind)).orElse(List.of());
    }

    private static boolean has(DailyPlan plan, long officer, SectionKind kind, long deadlineId) {
        return lines(plan, officer, kind).stream().anyMatch(l -> l.deadlineId() == deadlineId);
    }

    private static PartReport reported(String unit) {
        return new PartReport(COORDINATED, unit, VH_XH, "test", Instant.parse("2024-04-09T02:00:00Z"), "");
    }

    @Test
    void aCoordinatingUnitIsRemindedOfItsPartOnTheItemsOwnStagesApartFromItsOwnItems() {
        List<LocalDate> leadDays = new ArrayList<>();
        Map<Long, List<LocalDate>> partDays = new LinkedHashMap<>(Map.of(VH_XH, new ArrayList<>(), CA, new ArrayList<>()));
        for (LocalDate d = LocalDate.of(2024, 3, 25); d.isBefore(LocalDate.of(2024, 5, 10)); d = d.plusDays(1)) {
            DailyPlan plan = plan(d, ReminderHistory.none());
            if (has(plan, TP_HT, SectionKind.OFFICER_DAILY, COORDINATED)) {
                leadDays.add(d);
            }
            for (long officer : partDays.keySet()) {
                if (has(plan, officer, SectionKind.OFFICER_PARTS, COORDINATED)) {
                    partDays.get(officer).add(d);
                }
                assertFalse(has(plan, officer, SectionKind.OFFICER_DAILY, COORDINATED), "a part is not an own item: " + d);
            }
            assertFalse(has(plan, TP_HT, SectionKind.OFFICER_PARTS, COORDINATED), "the lead has no part in it: " + d);
            assertFalse(has(plan, OFFICE, SectionKind.OFFICER_PARTS, COORDINATED), "nor does a unit outside it: " + d);
        }
        // 03/04 (D-7), 05/04 (D-3 on a Sunday), 09/04 (WD-1), 10/04 (due), then every second working day overdue
        assertEquals(List.of(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 4, 5), LocalDate.of(2024, 4, 9), DUE,
                LocalDate.of(2024, 4, 12)), leadDays.subList(0, 5));
        assertEquals(leadDays, partDays.get(VH_XH), "the part follows the item's stages");
        assertEquals(leadDays, partDays.get(CA));

        DailyPlan dueDay = plan(DUE, ReminderHistory.none());
        assertEquals(List.of(new DigestLine.Part(agenda(DUE).stream().filter(i -> i.deadlineId() == COORDINATED).findFirst()
                .orElseThrow(), "CA", new Stage.DueDay(), 0)), lines(dueDay, CA, SectionKind.OFFICER_PARTS));
        List<SectionKind> order = dueDay.digestFor(VH_XH).orElseThrow().sections().stream().map(Digest.Section::kind).toList();
        assertTrue(order.indexOf(SectionKind.OFFICER_PARTS) > order.indexOf(SectionKind.OFFICER_DAILY) || !order.contains(
                SectionKind.OFFICER_DAILY), "the part section comes after the officer's own items: " + order);
    }

    @Test
    void aUnitWhosePartIsInIsNotRemindedOfItAgain() {
        DailyPlan one = plan(DUE, ReminderHistory.none().withPartReports(Map.of(COORDINATED, List.of(reported("VH-XH")))));
        assertFalse(has(one, VH_XH, SectionKind.OFFICER_PARTS, COORDINATED), "Văn hóa's part is in");
        assertTrue(has(one, CA, SectionKind.OFFICER_PARTS, COORDINATED), "Công an's is not");
        assertTrue(has(one, TP_HT, SectionKind.OFFICER_DAILY, COORDINATED), "the item stays the lead's until done");

        DailyPlan all = plan(LocalDate.of(2024, 4, 12), ReminderHistory.none().withPartReports(Map.of(COORDINATED,
                List.of(reported("VH-XH"), reported("ca")))));
        assertTrue(all.digests().stream().noneMatch(d -> d.lines(SectionKind.OFFICER_PARTS).stream()
                .anyMatch(l -> l.deadlineId() == COORDINATED)), "every part in: no part reminders");
        assertTrue(has(all, TP_HT, SectionKind.OFFICER_DAILY, COORDINATED));
    }

    @Test
    void aLeadUnitAfterTheFirstGetsTheItemAsItsOwnAndItsPartBesideIt() {
        // I.05 is led by Địa chính (first) and Một cửa: Một cửa answers for it and reports a part of it
        LocalDate due = LocalDate.of(2024, 3, 29);
        DailyPlan plan = plan(due, ReminderHistory.none());
        assertTrue(has(plan, MC, SectionKind.OFFICER_DAILY, MAR31_DC_MC));
        assertEquals(List.of("MC"), lines(plan, MC, SectionKind.OFFICER_PARTS).stream()
                .filter(l -> l.deadlineId() == MAR31_DC_MC).map(l -> ((DigestLine.Part) l).unit()).toList());

        String text = render(plan, MC).get(0).html();
        assertTrue(text.contains("• Việc #5 (ở trên): phần của"), "an own item is pointed to, not listed twice: " + text);
    }

    @Test
    void duringALeaveTheDelegateIsRemindedOfTheAbsentOfficersPart() {
        Cover cover = Cover.of(List.of(new Leave(1, COMMUNE, VH_XH, QS, LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 12),
                "nghỉ phép", Leave.Status.APPROVED, "test")), DUE);
        Map<Long, List<String>> units = new LinkedHashMap<>();
        roster().forEach(r -> units.put(r.officerId(), r.units()));
        Map<Long, List<String>> onDuty = cover.apply(units);
        List<Recipient> roster = roster().stream().map(r -> new Recipient(r.officerId(), r.communeId(), r.name(), r.role(),
                onDuty.get(r.officerId()), r.reachable())).toList();
        DailyPlan plan = POLICY.plan(DUE, agenda(DUE), roster, calendars(), ReminderHistory.none());
        assertFalse(has(plan, VH_XH, SectionKind.OFFICER_PARTS, COORDINATED), "the officer on leave is not reminded");
        assertEquals(List.of("VH-XH"), lines(plan, QS, SectionKind.OFFICER_PARTS).stream()
                .filter(l -> l.deadlineId() == COORDINATED).map(l -> ((DigestLine.Part) l).unit()).toList());
    }

    @Test
    void aPartNobodyCanBeRemindedOfIsNotTheOfficesBusiness() {
        DailyPlan plan = plan(DUE, ReminderHistory.none());
        assertTrue(has(plan, VH_XH, SectionKind.OFFICER_DAILY, UNSTAFFED), "the lead is reminded as usual");
        assertTrue(plan.digests().stream().noneMatch(d -> d.lines(SectionKind.OFFICER_PARTS).stream()
                .anyMatch(l -> l.deadlineId() == UNSTAFFED)), "nobody reachable holds its parts");
        assertTrue(lines(plan, OFFICE, SectionKind.OFFICE_UNREACHABLE).stream().noneMatch(l ->
                l instanceof DigestLine.Unassigned u && u.deadlineId() == UNSTAFFED
                        || l instanceof DigestLine.Unreachable r && r.missed().stream().anyMatch(m -> m.deadlineId() == UNSTAFFED)),
                "parts are not reported as unassigned or missed: " + lines(plan, OFFICE, SectionKind.OFFICE_UNREACHABLE));
    }

    @Test
    void aNewlyLinkedOfficerGetsTheirPendingPartsOffStage() {
        LocalDate offStage = LocalDate.of(2024, 4, 11); // between the due day and the first overdue stage
        assertFalse(has(plan(offStage, ReminderHistory.none()), CA, SectionKind.OFFICER_PARTS, COORDINATED));
        DailyPlan plan = plan(offStage, ReminderHistory.after(LocalDate.of(2024, 4, 10)).withNewlyLinked(Set.of(CA)));
        assertTrue(has(plan, CA, SectionKind.OFFICER_PARTS, COORDINATED), "linked since: everything current");
        assertFalse(has(plan, VH_XH, SectionKind.OFFICER_PARTS, COORDINATED));
    }

    @Test
    void theDigestShowsThePartSectionWithAButtonPerPartStillOpen() {
        DailyPlan plan = plan(DUE, ReminderHistory.none());
        List<Reply> replies = render(plan, CA);
        assertEquals(1, replies.size(), "one message");
        String html = replies.get(0).html();
        assertTrue(html.contains("🧩 <b>Việc đơn vị bạn phối hợp</b>"), html);
        assertTrue(html.contains("#13 · I.07") && html.contains("hạn 10/04/2024") && html.contains("Chủ trì: Tư pháp"), html);
        assertTrue(html.contains("phần của Công an"), html);
        List<Button> buttons = replies.get(0).buttons();
        Button part = buttons.stream().filter(b -> b.callbackData().equals("h:" + COORDINATED)).findFirst().orElseThrow(
                () -> new AssertionError(buttons.toString()));
        assertTrue(part.text().startsWith("🧩 Xong phần của Công an"), part.text());
        assertTrue(replies.get(0).numbered().values().stream().noneMatch(id -> id == COORDINATED),
                "\"xong 1\" never points at a part");

        DailyPlan in = plan(DUE, ReminderHistory.none().withPartReports(Map.of(COORDINATED, List.of(reported("CA")))));
        assertTrue(render(in, CA).stream().flatMap(r -> r.buttons().stream())
                .noneMatch(b -> b.callbackData().equals("h:" + COORDINATED)), "no button once the part is in");
    }

    private static List<Reply> render(DailyPlan plan, long officer) {
        return new DigestMessages(UnitCatalog.defaults()).render(plan.digestFor(officer).orElseThrow());
    }
}
