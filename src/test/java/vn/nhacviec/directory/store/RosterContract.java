package vn.nhacviec.directory.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.InviteCodes;
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
        bean(CommuneDirectory.class).findOrCreate("Sơn Kỳ");
        bean(CommuneDirectory.class).findOrCreate("Sơn Hạ");
    }

    @Test
    void anAddedOfficerGetsAOneTimeInviteOfWhichOnlyTheHashIsKept() {
        NewOfficer added = bean(Roster.class).add("son ky", "Nguyễn Văn Tư", List.of("tp-ht"), Role.OFFICER, "test");
        assertEquals("Sơn Kỳ", added.officer().commune());
        assertEquals(List.of("TP-HT"), added.officer().units());
        assertTrue(added.inviteCode().matches("[A-Z2-9]{10}"));
        InviteRecord invite = bean(InviteRepository.class).findByCodeHash(InviteCodes.hash(added.inviteCode())).orElseThrow();
        assertEquals(Duration.ofDays(7), Duration.between(invite.createdAt(), invite.expiresAt()));
        assertTrue(bean(InviteRepository.class).findAll().stream().noneMatch(i -> i.codeHash().equals(added.inviteCode())));
    }

    @Test
    void theChairmanMayHaveNoUnitButAnOfficerMust() {
        Officer chairman = bean(Roster.class).add("Sơn Hạ", "Đinh Trường Sơn", List.of(), Role.CHAIRMAN, "test").officer();
        assertTrue(chairman.units().isEmpty());
        assertThrows(RosterException.class, () -> bean(Roster.class).add("Sơn Hạ", "Lê Văn A", List.of(), Role.OFFICER, "test"));
    }

    @Test
    void anUnknownCommuneIsRefusedAndNotCreated() {
        RosterException e = assertThrows(RosterException.class,
                () -> bean(Roster.class).add("Sơn Kì", "Lê Thị B", List.of("VP-TK"), Role.OFFICE, "test"));
        assertTrue(e.getMessage().contains("unknown commune 'Sơn Kì'"), e.getMessage());
        assertTrue(bean(CommuneDirectory.class).find("Sơn Kì").isEmpty());
    }

    @Test
    void anUnknownUnitIsRefused() {
        RosterException e = assertThrows(RosterException.class,
                () -> bean(Roster.class).add("Sơn Kỳ", "Lê Thị C", List.of("XYZ"), Role.OFFICER, "test"));
        assertTrue(e.getMessage().contains("unknown unit 'XYZ'"), e.getMessage());
    }

    @Test
    void aRemovedOfficerLeavesTheListAtOnce() {
        Roster roster = bean(Roster.class);
        roster.add("Sơn Kỳ", "Phạm Văn Xóa", List.of("VH-XH"), Role.OFFICER, "test");
        assertTrue(names(roster.list(Optional.of("Sơn Kỳ"))).contains("Phạm Văn Xóa"));
        roster.remove("Sơn Kỳ", "pham van xoa", "test");
        assertFalse(names(roster.list(Optional.of("Sơn Kỳ"))).contains("Phạm Văn Xóa"));
    }

    @Test
    void aFreshInviteCanBeIssuedForAnOfficerOnTheRoster() {
        Roster roster = bean(Roster.class);
        NewOfficer first = roster.add("Sơn Kỳ", "Trần Thị Mời", List.of("VP-TK"), Role.OFFICE, "test");
        NewOfficer again = roster.invite("Sơn Kỳ", "Trần Thị Mời", "test");
        assertEquals(first.officer().id(), again.officer().id());
        assertFalse(first.inviteCode().equals(again.inviteCode()));
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
