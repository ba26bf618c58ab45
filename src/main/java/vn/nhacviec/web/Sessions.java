package vn.nhacviec.web;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.Actor;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.web.store.ProvinceStore;
import vn.nhacviec.web.store.WebSessionStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens, finds and ends web sessions. The cookie holds a random id; the table holds its hash, who it
 * stands for and the CSRF token. Who the visitor is gets read again on every request, so an officer
 * removed from the roster (or moved to another role) is out, or changed, at once.
 */
@Singleton
public class Sessions {

    public static final String COOKIE = "nhacviec_session";

    /** How a session was opened. */
    public enum Via { LINK, MINI_APP, PASSWORD }

    private final WebSessionStore store;
    private final RosterStore roster;
    private final ProvinceStore province;
    private final WebProperties properties;
    private final Clock clock;

    Sessions(WebSessionStore store, RosterStore roster, ProvinceStore province, WebProperties properties, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.province = province;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new session for an officer; the cookie to set. */
    public Cookie openForOfficer(long officerId, Via via) {
        return open(officerId, null, via);
    }

    /** A new session for a member of the province's staff; the cookie to set. */
    public Cookie openForProvinceStaff(long staffId) {
        return open(null, staffId, Via.PASSWORD);
    }

    /** The session a cookie value stands for, if it is still valid and its visitor still exists. */
    public Optional<WebSession> find(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.find(Tokens.hash(cookieValue), now).flatMap(row -> visitor(row)
                .map(visitor -> new WebSession(row.csrfToken(), visitor, row.via())));
    }

    /** Ends the session; the cookie that clears it in the browser. */
    public Cookie close(String cookieValue) {
        if (cookieValue != null && !cookieValue.isBlank()) {
            store.delete(Tokens.hash(cookieValue));
        }
        return cookie("", Via.LINK).maxAge(0);
    }

    private Cookie open(Long officerId, Long staffId, Via via) {
        String id = Tokens.next();
        Instant now = clock.instant();
        store.purge(now);
        store.save(Tokens.hash(id), officerId, staffId, Tokens.next(), via.name(), now,
                now.plus(properties.getSessionLifetime()));
        return cookie(id, via).maxAge(properties.getSessionLifetime());
    }

    /**
     * HttpOnly, SameSite=Lax (a link opened from Telegram is a top-level navigation, which Lax lets through).
     * A Mini App session on https is SameSite=None; Secure, because Telegram's web client shows Mini Apps in a
     * frame, where Lax cookies are not sent. Forms are protected by the CSRF token either way.
     */
    private Cookie cookie(String value, Via via) {
        Cookie cookie = Cookie.of(COOKIE, value).path("/").httpOnly(true).secure(properties.secure());
        return via == Via.MINI_APP && properties.secure() ? cookie.sameSite(SameSite.None) : cookie.sameSite(SameSite.Lax);
    }

    private Optional<Visitor> visitor(WebSessionStore.Row row) {
        if (row.officerId() != null) {
            return roster.activeOfficer(row.officerId()).flatMap(member -> roster.communeOf(member.officer().id())
                    .map(communeId -> new Visitor.Officer(Actor.of(member.officer(), communeId), member.officer().name(),
                            member.officer().commune())));
        }
        if (row.provinceUserId() != null) {
            return province.staff(row.provinceUserId())
                    .map(s -> new Visitor.ProvinceStaff(s.id(), s.name(), s.province(), s.provinceKey()));
        }
        return Optional.empty();
    }
}
