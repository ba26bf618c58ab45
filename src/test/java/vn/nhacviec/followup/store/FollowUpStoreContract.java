package vn.nhacviec.followup.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.audit.AuditRecord;
import vn.nhacviec.audit.AuditRepository;
import vn.nhacviec.coordination.PartReport;
import vn.nhacviec.coordination.store.PartStore;
import vn.nhacviec.delegation.Leave;
import vn.nhacviec.delegation.store.LeaveStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.Explanation;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.DatabaseContract;
import vn.nhacviec.testsupport.Seeds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up stores — parts, explanations, leaves and handovers — on every supported database. */
abstract class FollowUpStoreContract extends DatabaseContract {

    private static final Instant AT = Instant.parse("2024-04-08T02:00:00Z");

    private long communeId;
    private List<AgendaItem> open;

    @BeforeAll
    void importSeed() {
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        bean(PlanStore.class).save(new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024), source, "test");
        communeId = bean(CommuneStore.class).require("Sơn Kỳ").id();
        open = bean(AgendaStore.class).open(communeId);
    }

    @Test
    void theAgendaCarriesEachTasksCoordinatingUnits() {
        assertTrue(open.stream().anyMatch(i -> !i.supportUnits().isEmpty()), "the seed has coordinating units");
        open.forEach(i -> assertFalse(!i.leadUnits().isEmpty() && i.partUnits().contains(i.leadUnits().get(0)),
                "the first lead unit is never a part: " + i));
    }

    @Test
    void aUnitsPartIsReportedOnceAndReadBackInOrder() {
        PartStore parts = bean(PartStore.class);
        AgendaItem item = open.get(3);
        long audits = audits("PART_REPORTED");
        assertTrue(parts.report(communeId, new PartReport(item.deadlineId(), "VH-XH", 1, "telegram:1 Văn", AT, "đã gửi"), "msg 1"));
        assertFalse(parts.report(communeId, new PartReport(item.deadlineId(), "VH-XH", 2, "telegram:2 Khác", AT, ""), "msg 2"),
                "a second report of the same part changes nothing");
        assertTrue(parts.report(communeId, new PartReport(item.deadlineId(), "CA", 3, "telegram:3 An", AT.plusSeconds(60), ""), "msg 3"));
        List<PartReport> read = parts.of(item.deadlineId());
        assertEquals(List.of("VH-XH", "CA"), read.stream().map(PartReport::unit).toList());
        assertEquals(new PartReport(item.deadlineId(), "VH-XH", 1, "telegram:1 Văn", AT, "đã gửi"), read.get(0));
        assertTrue(parts.of(List.of(open.get(4).deadlineId())).isEmpty());
        assertEquals(audits + 2, audits("PART_REPORTED"));
    }

    @Test
    void oneExplanationWaitsPerDeadlineAndIsAnsweredOnce() {
        ExplanationStore store = bean(ExplanationStore.class);
        AgendaItem item = open.get(0);
        Optional<Long> id = store.ask(item.deadlineId(), communeId, 7, "telegram:7 Chủ", LocalDate.of(2024, 4, 8), AT);
        assertTrue(id.isPresent());
        assertTrue(store.ask(item.deadlineId(), communeId, 8, "telegram:8 Phó", LocalDate.of(2024, 4, 8), AT).isEmpty(),
                "a second leader's press files nothing");
        Explanation asked = store.waitingFor(item.deadlineId()).orElseThrow();
        assertEquals(new Explanation(id.get(), item.deadlineId(), communeId, 7, "telegram:7 Chủ", LocalDate.of(2024, 4, 8), AT,
                null, null, null, null), asked);
        assertTrue(store.unanswered().stream().anyMatch(e -> e.id() == id.get()));

        assertTrue(store.answer(id.get(), "chờ hồ sơ", LocalDate.of(2024, 4, 30), "telegram:1 Tư", AT.plusSeconds(3600)));
        assertFalse(store.answer(id.get(), "lần hai", null, "telegram:1 Tư", AT.plusSeconds(7200)));
        Explanation answered = store.find(id.get()).orElseThrow();
        assertEquals("chờ hồ sơ", answered.answer());
        assertEquals(LocalDate.of(2024, 4, 30), answered.proposedDue());
        assertEquals(AT.plusSeconds(3600), answered.answeredAt());
        assertTrue(store.waitingFor(item.deadlineId()).isEmpty());
        assertTrue(store.unanswered().stream().noneMatch(e -> e.id() == id.get()));
        assertTrue(store.ask(item.deadlineId(), communeId, 7, "telegram:7 Chủ", LocalDate.of(2024, 4, 15), AT).isPresent(),
                "once answered, it may be asked again");
        assertEquals(2, store.ofCommune(communeId).stream().filter(e -> e.deadlineId() == item.deadlineId()).count());
    }

    @Test
    void aLeaveIsInForceOnlyOnceApprovedAndWithinItsDates() {
        LeaveStore leaves = bean(LeaveStore.class);
        Officer tu = officer("Nguyễn Văn Nghỉ", List.of("TP-HT"));
        Officer van = officer("Hà Thị Thay", List.of("VH-XH"));
        LocalDate from = LocalDate.of(2024, 5, 6);
        LocalDate to = LocalDate.of(2024, 5, 10);
        long id = leaves.request(communeId, tu.id(), van.id(), from, to, "đi học", "telegram:1 Nghỉ", AT);
        assertTrue(leaves.find(id).orElseThrow().isPending());
        assertTrue(leaves.inForce(communeId, from).stream().noneMatch(l -> l.id() == id), "pending: not in force");
        assertTrue(leaves.decide(id, true, "telegram:7 Chủ", AT));
        assertFalse(leaves.decide(id, false, "telegram:9 Phòng", AT), "decided once");
        Leave leave = leaves.find(id).orElseThrow();
        assertEquals(new Leave(id, communeId, tu.id(), van.id(), from, to, "đi học", Leave.Status.APPROVED, "telegram:1 Nghỉ"), leave);
        assertTrue(leaves.inForce(communeId, from).contains(leave));
        assertTrue(leaves.inForce(to).contains(leave));
        assertFalse(leaves.inForce(communeId, from.minusDays(1)).contains(leave));
        assertFalse(leaves.inForce(to.plusDays(1)).contains(leave));
        assertTrue(leaves.current(communeId, LocalDate.of(2024, 4, 8)).contains(leave));
        assertFalse(leaves.current(communeId, to.plusDays(1)).contains(leave));
        assertEquals(Optional.of(communeId), leaves.communeOf(tu.id()));
    }

    @Test
    void unitsHandedOverForGoodMoveOnceAndAreAudited() {
        LeaveStore leaves = bean(LeaveStore.class);
        Officer leaving = officer("Đỗ Văn Đi", List.of("DC-XD", "KT"));
        Officer staying = officer("Trần Văn Ở", List.of("KT"));
        long audits = audits("UNITS_HANDED_OVER");
        assertEquals(List.of("DC-XD", "KT"), leaves.reassignUnits(communeId, leaving.id(), staying.id(), "telegram:9 Phòng"));
        assertEquals(List.of(), units(leaving.id()));
        assertEquals(List.of("DC-XD", "KT"), units(staying.id()).stream().sorted().toList(), "KT once");
        assertEquals(audits + 1, audits("UNITS_HANDED_OVER"));
    }

    private Officer officer(String name, List<String> units) {
        return bean(RosterStore.class).add("Sơn Kỳ", name, units, Role.OFFICER, "test").officer();
    }

    private List<String> units(long officerId) {
        return bean(RosterStore.class).members(communeId).stream().filter(m -> m.officer().id() == officerId)
                .findFirst().orElseThrow().officer().units();
    }

    private long audits(String action) {
        return bean(AuditRepository.class).findByCommuneIdOrderByIdDesc(communeId).stream().map(AuditRecord::action)
                .filter(action::equals).count();
    }
}
