package vn.nhacviec.directory.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.InviteCodes;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.testsupport.DatabaseContract;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the roster must do on every supported database. */
abstract class RosterContract extends DatabaseContract {

    @BeforeAll
    void communesExist() {
        bean(CommuneStore.class).findOrCreate("Sơn Kỳ");
        bean(CommuneStore.class).findOrCreate("Sơn Hạ");
    }

    @Test
    void anAddedOfficerGetsAOneTimeInviteOfWhichOnlyTheHashIsKept() {
        NewOfficer added = bean(RosterStore.class).add("son ky", "Nguyễn Văn Tư", List.of("tp-ht"), Role.OFFICER, "test");
        assertEquals("Sơn Kỳ", added.officer().commune());
        assertEquals(List.of("TP-HT"), added.officer().units());
        assertTrue(added.inviteCode().matches("[A-Z2-9]{10}"));
        InviteRecord invite = bean(InviteRepository.class).findByCodeHash(bean(InviteCodes.class).hash(added.inviteCode())).orElseThrow();
        assertEquals(Duration.ofDays(7), Duration.between(invite.createdAt(), invite.expiresAt()));
        assertTrue(bean(InviteRepository.class).findAll().stream().noneMatch(i -> i.codeHash().equals(added.inviteCode())));
    }

    @Test
    void theChairmanMayHaveNoUnitButAnOfficerMust() {
        Officer chairman = bean(RosterStore.class).add("Sơn Hạ", "Đinh Trường Sơn", List.of(), Role.CHAIRMAN, "test").officer();
        assertTrue(chairman.units().isEmpty());
        assertThrows(RosterException.class, () -> bean(RosterStore.class).add("Sơn Hạ", "Lê Văn A", List.of(), Role.OFFICER, "test"));
    }

    @Test
    void anUnknownCommuneIsRefusedAndNotCreated() {
        RosterException e = assertThrows(RosterException.class,
                () -> bean(RosterStore.class).add("Sơn Kì", "Lê Thị B", List.of("VP-TK"), Role.OFFICE, "test"));
        assertTrue(e.getMessage().contains("unknown commune 'Sơn Kì'"), e.getMessage());
        assertTrue(bean(CommuneStore.class).find("Sơn Kì").isEmpty());
    }

    @Test
    void anUnknownUnitIsRefused() {
        RosterException e = assertThrows(RosterException.class,
                () -> bean(RosterStore.class).add("Sơn Kỳ", "Lê Thị C", List.of("XYZ"), Role.OFFICER, "test"));
        assertTrue(e.getMessage().contains("unknown unit 'XYZ'"), e.getMessage());
    }

    @Test
    void aRemovedOfficerLeavesTheListAtOnce() {
        RosterStore roster = bean(RosterStore.class);
        roster.add("Sơn Kỳ", "Phạm Văn Xóa", List.of("VH-XH"), Role.OFFICER, "test");
        assertTrue(names(roster.list(Optional.of("Sơn Kỳ"))).contains("Phạm Văn Xóa"));
        roster.remove("Sơn Kỳ", "pham van xoa", "test");
        assertFalse(names(roster.list(Optional.of("Sơn Kỳ"))).contains("Phạm Văn Xóa"));
    }

    @Test
    void aFreshInviteCanBeIssuedForAnOfficerOnTheRoster() {
        RosterStore roster = bean(RosterStore.class);
        NewOfficer first = roster.add("Sơn Kỳ", "Trần Thị Mời", List.of("VP-TK"), Role.OFFICE, "test");
        NewOfficer again = roster.invite("Sơn Kỳ", "Trần Thị Mời", "test");
        assertEquals(first.officer().id(), again.officer().id());
        assertFalse(first.inviteCode().equals(again.inviteCode()));
    }

    @Test
    void inviteCodesAreStoredWithAKeyedHashNotAPlainOne() throws Exception {
        NewOfficer added = bean(RosterStore.class).add("Sơn Kỳ", "Hồ Văn Khóa", List.of("CA"), Role.OFFICER, "test");
        String plainSha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(added.inviteCode().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(bean(InviteRepository.class).findByCodeHash(plainSha256).isEmpty(), "a database copy alone cannot test codes");
        InviteCodes otherKey = new InviteCodes(new java.security.SecureRandom(), "another server's key 123".getBytes());
        assertTrue(bean(InviteRepository.class).findByCodeHash(otherKey.hash(added.inviteCode())).isEmpty());
        assertTrue(bean(InviteRepository.class).findByCodeHash(bean(InviteCodes.class).hash(added.inviteCode())).isPresent());
    }

    @Test
    void linkingEndsTheOfficersOtherCodesAndNamesTheChatItMovedFrom() {
        RosterStore roster = bean(RosterStore.class);
        NewOfficer added = roster.add("Sơn Kỳ", "Đào Văn Hai", List.of("CA"), Role.OFFICER, "test");
        String spare = roster.invite("Sơn Kỳ", "Đào Văn Hai", "test").inviteCode();
        LinkResult first = roster.link(added.inviteCode(), 8101, 8101);
        assertTrue(first instanceof LinkResult.Linked linked && linked.movedFromChat() == null, first.toString());
        assertTrue(roster.link(spare, 8102, 8102) instanceof LinkResult.Expired, "the spare code died with the link");
        assertEquals(added.officer().id(), roster.byTelegramUser(8101).orElseThrow().id());

        String fresh = roster.invite("Sơn Kỳ", "Đào Văn Hai", "test").inviteCode();
        LinkResult moved = roster.link(fresh, 8103, 8103);
        assertTrue(moved instanceof LinkResult.Linked linked && Long.valueOf(8101).equals(linked.movedFromChat()),
                moved.toString());
        assertTrue(roster.byTelegramUser(8101).isEmpty());
    }

    @Test
    void twoAccountsSendingOneCodeAtTheSameMomentLinkOnlyOne() throws Exception {
        RosterStore roster = bean(RosterStore.class);
        int accounts = 8;
        for (int round = 0; round < 5; round++) {
            String name = "Lưu Văn Đua " + (char) ('A' + round);
            String code = roster.add("Sơn Kỳ", name, List.of("CA"), Role.OFFICER, "test").inviteCode();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(accounts);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(accounts);
            try {
                List<java.util.concurrent.Future<LinkResult>> results = new java.util.ArrayList<>();
                for (int a = 0; a < accounts; a++) {
                    long account = 8200L + round * 100L + a;
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            return roster.link(code, account, account);
                        } catch (RuntimeException e) {
                            return new LinkResult.AlreadyUsed(); // a lock conflict also means: not linked
                        }
                    }));
                }
                int linked = 0;
                for (var result : results) {
                    if (result.get(60, java.util.concurrent.TimeUnit.SECONDS) instanceof LinkResult.Linked) {
                        linked++;
                    }
                }
                assertEquals(1, linked, "round " + round);
                int round0 = round;
                assertEquals(1, java.util.stream.LongStream.range(0, accounts)
                        .filter(a -> roster.byTelegramUser(8200L + round0 * 100L + a).isPresent()).count(),
                        "exactly one account holds the officer");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theUnitTableMirrorsTheUnitCatalogAtStart() {
        UnitRecord unit = bean(UnitRepository.class).findById("TP-HT").orElseThrow();
        assertEquals("Tư pháp – Hộ tịch", unit.name());
        assertEquals(10, bean(UnitRepository.class).count(), "the nine old units and KT (Phòng Kinh tế)");
        assertEquals("Phòng Kinh tế", bean(UnitRepository.class).findById("KT").orElseThrow().name());
    }

    private static List<String> names(List<Officer> officers) {
        return officers.stream().map(Officer::name).toList();
    }
}
