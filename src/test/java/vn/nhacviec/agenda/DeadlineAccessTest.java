package vn.nhacviec.agenda;

import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.DeadlineAccess.Action;
import vn.nhacviec.agenda.DeadlineAccess.Refusal;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.directory.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineAccessTest {

    static final long SON_KY = 1;
    static final long ANH_SON = 2;
    static final DeadlineAccess ACCESS = DeadlineAccess.withDefaults();

    static AgendaItem item(long commune, DeadlineStatus status, String... units) {
        return new AgendaItem(7, commune, 4, "I.04", "Báo cáo", MilestoneKind.ONCE, "", LocalDate.of(2024, 3, 31),
                status, List.of(units), null, null, null);
    }

    static Actor officer(long commune, String... units) {
        return new Actor(10, commune, Role.OFFICER, Set.of(units));
    }

    static Actor leader(long id, long commune, Role role) {
        return new Actor(id, commune, role, Set.of());
    }

    @Test
    void nobodyDoesAnythingWithAnotherCommunesDeadlineNotEvenSeeIt() {
        AgendaItem theirs = item(ANH_SON, DeadlineStatus.OPEN, "TP-HT");
        for (Action action : Action.values()) {
            assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusal(officer(SON_KY, "TP-HT"), action, theirs), action.name());
            assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusal(leader(1, SON_KY, Role.CHAIRMAN), action, theirs));
        }
        assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusalToDecide(leader(1, SON_KY, Role.CHAIRMAN), theirs, 99));
    }

    @Test
    void anOfficerActsOnTheirUnitsDeadlinesOnlyAndSeesTheCommunes() {
        AgendaItem mine = item(SON_KY, DeadlineStatus.OPEN, "TP-HT");
        AgendaItem another = item(SON_KY, DeadlineStatus.OPEN, "VP-TK");
        for (Action action : List.of(Action.COMPLETE, Action.UNDO, Action.SNOOZE, Action.ASK_EXTENSION)) {
            assertTrue(ACCESS.may(officer(SON_KY, "TP-HT"), action, mine), action.name());
            assertEquals(Optional.of(Refusal.NOT_YOUR_UNIT), ACCESS.refusal(officer(SON_KY, "TP-HT"), action, another));
        }
        assertTrue(ACCESS.may(officer(SON_KY, "TP-HT"), Action.SEE, another));
        assertFalse(ACCESS.may(officer(SON_KY), Action.COMPLETE, mine), "an officer without a unit leads nothing");
    }

    @Test
    void theConfiguredEveryUnitCodeConcernsEveryOfficerWithAUnit() {
        assertTrue(ACCESS.may(officer(SON_KY, "QS"), Action.COMPLETE, item(SON_KY, DeadlineStatus.OPEN, "ALL")));
        DeadlineAccess configured = new DeadlineAccess("TAT-CA");
        assertTrue(configured.may(officer(SON_KY, "QS"), Action.SNOOZE, item(SON_KY, DeadlineStatus.OPEN, "tat-ca")));
        assertFalse(configured.may(officer(SON_KY, "QS"), Action.SNOOZE, item(SON_KY, DeadlineStatus.OPEN, "ALL")),
                "only the configured code means every unit");
        assertTrue(configured.leads(List.of("qs"), item(SON_KY, DeadlineStatus.OPEN, "QS")), "unit codes match in any case");
    }

    @Test
    void leadersActOnEverythingOfTheirCommune() {
        AgendaItem any = item(SON_KY, DeadlineStatus.OPEN, "CA");
        for (Role role : List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN)) {
            for (Action action : Action.values()) {
                if (action == Action.REVIEW) { // a completion is reviewed once it is done
                    assertTrue(ACCESS.may(leader(1, SON_KY, role), action, item(SON_KY, DeadlineStatus.DONE, "CA")), role + " " + action);
                } else if (action != Action.REPORT_PART) { // a part needs an item with parts: below
                    assertTrue(ACCESS.may(leader(1, SON_KY, role), action, any), role + " " + action);
                }
            }
        }
        assertEquals(Optional.of(Refusal.NOT_YOUR_UNIT), ACCESS.refusal(leader(1, SON_KY, Role.OFFICE), Action.COMPLETE, any),
                "the office role is not a leader");
    }

    @Test
    void anExtensionIsAskedAndDecidedOnlyWhileOpenAndNeverByTheAsker() {
        AgendaItem done = item(SON_KY, DeadlineStatus.DONE, "TP-HT");
        AgendaItem open = item(SON_KY, DeadlineStatus.OPEN, "TP-HT");
        assertEquals(Optional.of(Refusal.CLOSED), ACCESS.refusal(officer(SON_KY, "TP-HT"), Action.ASK_EXTENSION, done));
        assertEquals(Optional.of(Refusal.CLOSED), ACCESS.refusalToDecide(leader(1, SON_KY, Role.CHAIRMAN), done, 10));
        assertEquals(Optional.of(Refusal.OWN_REQUEST), ACCESS.refusalToDecide(leader(5, SON_KY, Role.VICE_CHAIRMAN), open, 5));
        assertEquals(Optional.of(Refusal.LEADERS_ONLY), ACCESS.refusalToDecide(officer(SON_KY, "TP-HT"), open, 99));
        assertEquals(Optional.empty(), ACCESS.refusalToDecide(leader(1, SON_KY, Role.CHAIRMAN), open, 5));
    }

    @Test
    void aPartIsReportedByAUnitWithAPartNotByTheLeadNorAnotherUnit() {
        AgendaItem coordinated = new AgendaItem(8, SON_KY, 5, "I.05", "Kế hoạch", MilestoneKind.ONCE, "", LocalDate.of(2024, 3, 31),
                DeadlineStatus.OPEN, List.of("TP-HT", "VP-TK"), null, null, null, List.of("VH-XH", "TP-HT"));
        assertEquals(List.of("VP-TK", "VH-XH"), coordinated.partUnits(), "the first lead is never a part");
        assertTrue(ACCESS.may(officer(SON_KY, "VH-XH"), Action.REPORT_PART, coordinated));
        assertTrue(ACCESS.may(officer(SON_KY, "VP-TK"), Action.REPORT_PART, coordinated), "a second lead unit has a part");
        assertEquals(List.of(), ACCESS.partsOf(Set.of("TP-HT"), coordinated), "the lead closes it, it has no part");
        assertEquals(Optional.of(Refusal.NOT_YOUR_UNIT), ACCESS.refusal(officer(SON_KY, "CA"), Action.REPORT_PART, coordinated));
        assertEquals(Optional.of(Refusal.NOT_A_PART), ACCESS.refusal(officer(SON_KY, "CA"), Action.REPORT_PART,
                item(SON_KY, DeadlineStatus.OPEN, "CA")));
        assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusal(officer(ANH_SON, "VH-XH"), Action.REPORT_PART, coordinated));
        assertTrue(ACCESS.may(leader(1, SON_KY, Role.CHAIRMAN), Action.REPORT_PART, coordinated));
    }

    @Test
    void onlyLeadersAskWhyAndOnlyOnAnOverdueOpenItem() {
        AgendaItem overdue = item(SON_KY, DeadlineStatus.OPEN, "TP-HT");
        LocalDate after = LocalDate.of(2024, 4, 8);
        assertEquals(Optional.empty(), ACCESS.refusalToAskWhy(leader(1, SON_KY, Role.VICE_CHAIRMAN), overdue, after));
        assertEquals(Optional.of(Refusal.LEADERS_ONLY), ACCESS.refusalToAskWhy(officer(SON_KY, "TP-HT"), overdue, after));
        assertEquals(Optional.of(Refusal.NOT_OVERDUE), ACCESS.refusalToAskWhy(leader(1, SON_KY, Role.CHAIRMAN), overdue,
                LocalDate.of(2024, 3, 31)));
        assertEquals(Optional.of(Refusal.CLOSED), ACCESS.refusalToAskWhy(leader(1, SON_KY, Role.CHAIRMAN),
                item(SON_KY, DeadlineStatus.DONE, "TP-HT"), after));
        assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusalToAskWhy(leader(1, ANH_SON, Role.CHAIRMAN), overdue, after));
        assertTrue(ACCESS.may(officer(SON_KY, "TP-HT"), Action.EXPLAIN, overdue), "whoever may complete it answers");
    }

    @Test
    void theChairmanOrTheOfficeApprovesAHandoverNeverTheirOwn() {
        assertEquals(Optional.empty(), ACCESS.refusalToApproveHandover(leader(1, SON_KY, Role.CHAIRMAN), SON_KY, 10));
        assertEquals(Optional.empty(), ACCESS.refusalToApproveHandover(leader(2, SON_KY, Role.OFFICE), SON_KY, 10));
        assertEquals(Optional.of(Refusal.CHAIRMAN_OR_OFFICE),
                ACCESS.refusalToApproveHandover(leader(3, SON_KY, Role.VICE_CHAIRMAN), SON_KY, 10));
        assertEquals(Optional.of(Refusal.OWN_REQUEST), ACCESS.refusalToApproveHandover(leader(2, SON_KY, Role.OFFICE), SON_KY, 2));
        assertEquals(Optional.of(Refusal.OTHER_COMMUNE), ACCESS.refusalToApproveHandover(leader(1, ANH_SON, Role.CHAIRMAN), SON_KY, 10));
    }
}
