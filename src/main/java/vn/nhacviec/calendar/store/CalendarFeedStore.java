package vn.nhacviec.calendar.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.calendar.FeedToken;
import vn.nhacviec.store.Jdbc;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/** Officers' calendar feed addresses: one live secret per officer at most; a new one replaces the old. */
@Singleton
public class CalendarFeedStore {

    /** A live feed: whose it is and since when (the secret itself is not kept). */
    public record Feed(long id, long officerId, long communeId, Instant createdAt) {
    }

    private final Jdbc jdbc;
    private final AuditStore audit;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeedStore(JdbcOperations jdbc, AuditStore audit) {
        this.jdbc = new Jdbc(jdbc);
        this.audit = audit;
    }

    /** Revokes the officer's live feed, if any, and makes a new one; returns the secret, to show once. */
    @Transactional
    public String renew(long officerId, long communeId, String actor, Instant at) {
        jdbc.update("UPDATE calendar_feed SET revoked_at = ? WHERE officer_id = ? AND revoked_at IS NULL", at, officerId);
        String token = FeedToken.next(random);
        jdbc.insert("INSERT INTO calendar_feed (officer_id, token_hash, created_at) VALUES (?,?,?)",
                officerId, FeedToken.hash(token), at);
        audit.record(actor, communeId, "CALENDAR_FEED_CREATED", "officer:" + officerId, "");
        return token;
    }

    /** Revokes the officer's live feed; false when there was none. */
    @Transactional
    public boolean revoke(long officerId, long communeId, String actor, Instant at) {
        boolean revoked = jdbc.update("UPDATE calendar_feed SET revoked_at = ? WHERE officer_id = ? AND revoked_at IS NULL",
                at, officerId) > 0;
        if (revoked) {
            audit.record(actor, communeId, "CALENDAR_FEED_REVOKED", "officer:" + officerId, "");
        }
        return revoked;
    }

    /** The officer's live feed, if any. */
    @Transactional
    public Optional<Feed> live(long officerId) {
        return jdbc.one("SELECT c.id, c.officer_id, o.commune_id, c.created_at FROM calendar_feed c JOIN officer o ON o.id = c.officer_id "
                        + "WHERE c.officer_id = ? AND c.revoked_at IS NULL",
                rs -> new Feed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()), officerId);
    }

    /** The live feed a secret opens, for an officer still on the roster; empty for a revoked or unknown one. */
    @Transactional
    public Optional<Feed> byToken(String token) {
        if (!FeedToken.wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.one("SELECT c.id, c.officer_id, o.commune_id, c.created_at FROM calendar_feed c JOIN officer o ON o.id = c.officer_id "
                        + "WHERE c.token_hash = ? AND c.revoked_at IS NULL AND o.active = TRUE AND o.removed_at IS NULL",
                rs -> new Feed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant()),
                FeedToken.hash(token));
    }
}
