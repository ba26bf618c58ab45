package vn.nhacviec.agenda.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.audit.AuditRepository;
import vn.nhacviec.directory.InviteCodes;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.InviteRecord;
import vn.nhacviec.directory.store.InviteRepository;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.DatabaseContract;
import vn.nhacviec.testsupport.Seeds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deadlines as officers see them, and linking Telegram accounts, on every supported database. */
abstract class AgendaStoreContract extends DatabaseContract {

    private long communeId;

    @BeforeAll
    void importSeed() {
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        bean(PlanStore.class).save(new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024), source, "test");
        communeId = bean(vn.nhacviec.directory.store.CommuneStore.class).require("Sơn Kỳ").id();
    }

    @Test
    void openDeadlinesComeSoonestFirstWithTheirLeadUnits() {
        List<AgendaItem> open = bean(AgendaStore.class).open(communeId);
        assertEquals(LocalDate.of(2024, 2, 20), open.get(0).due());
        assertEquals("#5 · I.05", open.get(0).code());
        assertEquals(List.of("TP-HT"), open.get(0).leadUnits());
        assertTrue(open.get(open.size() - 1).due() == null, "undated milestones come last");
        assertFalse(open.get(0).title().isEmpty());
    }

    @Test
    void aDeadlineIsDoneOnceAndCanBeReopened() {
        AgendaStore store = bean(AgendaStore.class);
        AgendaItem first = store.openOfTask(communeId, 4).get(0);
        long audits = bean(AuditRepository.class).count();
        assertTrue(store.complete(first.deadlineId(), "telegram:1", "đã ban hành QĐ số 5", Instant.parse("2024-04-08T02:00:00Z"), "msg 7"));
        assertFalse(store.complete(first.deadlineId(), "telegram:1", null, Instant.parse("2024-04-08T02:00:00Z"), "msg 8"));
        AgendaItem done = store.item(first.deadlineId()).orElseThrow();
        assertEquals(DeadlineStatus.DONE, done.status());
        assertEquals("đã ban hành QĐ số 5", done.note());
        assertEquals(Instant.parse("2024-04-08T02:00:00Z"), done.doneAt());
        assertTrue(store.openOfTask(communeId, 4).isEmpty());
        assertTrue(store.undo(first.deadlineId(), "telegram:1", Instant.parse("2024-04-08T03:00:00Z"), "msg 9"));
        assertEquals(DeadlineStatus.OPEN, store.item(first.deadlineId()).orElseThrow().status());
        assertEquals(audits + 2, bean(AuditRepository.class).count());
    }

    @Test
    void anInviteLinksOnceAndNeverAfterItExpires() {
        RosterStore roster = bean(RosterStore.class);
        NewOfficer added = roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test");
        assertInstanceOf(LinkResult.UnknownCode.class, roster.link("WRONGCODE2", 501, 501));
        LinkResult linked = roster.link(added.inviteCode().toLowerCase(), 501, 501);
        assertInstanceOf(LinkResult.Linked.class, linked);
        assertEquals("Sơn Kỳ", ((LinkResult.Linked) linked).communeName());
        assertInstanceOf(LinkResult.AlreadyUsed.class, roster.link(added.inviteCode(), 502, 502));
        assertEquals(added.officer().id(), roster.byTelegramUser(501).orElseThrow().id());

        NewOfficer late = roster.add("Sơn Kỳ", "Trần Văn Muộn", List.of("VP-TK"), Role.OFFICE, "test");
        bean(InviteRepository.class).save(new InviteRecord(null, late.officer().id(), bean(InviteCodes.class).hash("EXPIRED234"),
                Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-08T00:00:00Z"), null));
        assertInstanceOf(LinkResult.Expired.class, roster.link("EXPIRED234", 503, 503));

        roster.remove("Sơn Kỳ", "Nguyễn Văn Tư", "test");
        assertTrue(roster.byTelegramUser(501).isEmpty(), "a removed officer loses access at once");
    }
}
