package vn.nhacviec.web.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nhacviec.calendar.store.CalendarFeedStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.testsupport.DatabaseContract;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web's stores — sessions, one-time sign-in links, province staff, calendar feeds — on every supported database. */
abstract class WebStoreContract extends DatabaseContract {

    private static final Instant AT = Instant.parse("2024-04-08T02:00:00Z");

    private Officer officer;
    private long communeId;

    @BeforeAll
    void anOfficer() {
        bean(vn.nhacviec.directory.store.CommuneStore.class).findOrCreate("Phường Hạc Thành");
        officer = bean(RosterStore.class).add("Phường Hạc Thành", "Lê Thị Web", List.of("Văn phòng"), Role.OFFICE, "test").officer();
        communeId = bean(RosterStore.class).communeOf(officer.id()).orElseThrow();
    }

    @Test
    void aSessionIsFoundUntilItExpiresAndGoneOnceDeletedOrPurged() {
        WebSessionStore sessions = bean(WebSessionStore.class);
        Instant expires = AT.plus(Duration.ofHours(12));
        sessions.save("hash-a", officer.id(), null, "csrf-a", "link", AT, expires);
        sessions.save("hash-b", officer.id(), null, "csrf-b", "mini-app", AT, AT.plusSeconds(60));
        WebSessionStore.Row row = sessions.find("hash-a", AT.plusSeconds(1)).orElseThrow();
        assertEquals(officer.id(), row.officerId());
        assertEquals(null, row.provinceUserId());
        assertEquals("csrf-a", row.csrfToken());
        assertEquals("link", row.via());
        assertEquals(expires, row.expiresAt(), "kept to the second");
        assertTrue(sessions.find("hash-a", expires).isEmpty(), "expired at its expiry");
        assertTrue(sessions.find("nope", AT).isEmpty());

        assertEquals(1, sessions.purge(AT.plusSeconds(120)), "only the short one has expired");
        assertTrue(sessions.find("hash-b", AT).isEmpty());
        sessions.save("hash-c", officer.id(), null, "csrf-c", "link", AT, expires);
        assertEquals(2, sessions.deleteOfficer(officer.id()));
        assertTrue(sessions.find("hash-a", AT).isEmpty());
    }

    @Test
    void aSignInLinkWorksOnceAndSaysWhyNotAfterwards() {
        SignInLinkStore links = bean(SignInLinkStore.class);
        links.save("link-1", officer.id(), AT, AT.plus(Duration.ofMinutes(10)));
        links.save("link-2", officer.id(), AT, AT.plus(Duration.ofMinutes(10)));
        assertEquals(new SignInLinkStore.Use.Accepted(officer.id()), links.use("link-1", AT.plusSeconds(5)));
        assertEquals(new SignInLinkStore.Use.Refused(SignInLinkStore.Reason.USED), links.use("link-1", AT.plusSeconds(6)));
        assertEquals(new SignInLinkStore.Use.Refused(SignInLinkStore.Reason.EXPIRED), links.use("link-2", AT.plus(Duration.ofMinutes(10))));
        assertEquals(new SignInLinkStore.Use.Refused(SignInLinkStore.Reason.UNKNOWN), links.use("link-3", AT));
        assertEquals(2, links.purge(AT.plus(Duration.ofDays(1))));
        assertInstanceOf(SignInLinkStore.Use.Refused.class, links.use("link-2", AT));
    }

    @Test
    void provinceStaffAndTheirCommunesAreMatchedByTheFoldedProvinceName() {
        ProvinceStore province = bean(ProvinceStore.class);
        Optional<Long> id = province.addStaff("cchc.thanhhoa", "Nguyễn  Văn Tỉnh", "Thanh Hóa", "$2a$10$hash", AT);
        assertTrue(id.isPresent());
        assertTrue(province.addStaff("cchc.thanhhoa", "Khác", "Nghệ An", "$2a$10$x", AT).isEmpty(), "a login is taken once");
        ProvinceStore.StaffAccount staff = province.staffByLogin("cchc.thanhhoa").orElseThrow();
        assertEquals("Nguyễn Văn Tỉnh", staff.name());
        assertEquals("thanh hoa", staff.provinceKey());
        assertEquals(staff, province.staff(id.get()).orElseThrow());

        province.attach(communeId, "Nghệ An");
        province.attach(communeId, "THANH HOÁ");
        assertTrue(province.inProvince(communeId, ProvinceStore.key("Thanh Hóa")), "moved, not added twice");
        assertFalse(province.inProvince(communeId, ProvinceStore.key("Nghệ An")));
        assertEquals(List.of(new ProvinceStore.ProvinceCommune(communeId, "Phường Hạc Thành")), province.communes("thanh hoa"));

        assertTrue(province.removeStaff("cchc.thanhhoa", AT.plusSeconds(60)));
        assertFalse(province.removeStaff("cchc.thanhhoa", AT.plusSeconds(61)));
        assertTrue(province.staffByLogin("cchc.thanhhoa").isEmpty(), "a removed account no longer signs in");
        assertTrue(province.allStaff().stream().noneMatch(s -> s.login().equals("cchc.thanhhoa")));
    }

    @Test
    void aNewCalendarAddressReplacesTheOldOneAndARevokedOneOpensNothing() {
        CalendarFeedStore feeds = bean(CalendarFeedStore.class);
        String first = feeds.renew(officer.id(), communeId, "test", AT);
        assertEquals(officer.id(), feeds.byToken(first).orElseThrow().officerId());
        String second = feeds.renew(officer.id(), communeId, "test", AT.plusSeconds(60));
        assertTrue(feeds.byToken(first).isEmpty(), "the old address stops working");
        assertEquals(communeId, feeds.byToken(second).orElseThrow().communeId());
        assertEquals(AT.plusSeconds(60), feeds.live(officer.id()).orElseThrow().createdAt());
        assertTrue(feeds.revoke(officer.id(), communeId, "test", AT.plusSeconds(120)));
        assertFalse(feeds.revoke(officer.id(), communeId, "test", AT.plusSeconds(121)));
        assertTrue(feeds.byToken(second).isEmpty());
        assertTrue(feeds.live(officer.id()).isEmpty());
        assertTrue(feeds.byToken("not a token").isEmpty());
    }
}
