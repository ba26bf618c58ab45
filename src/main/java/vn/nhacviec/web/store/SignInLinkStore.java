package vn.nhacviec.web.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.util.Optional;

/** One-time sign-in links: stored by the hash of their token, used at most once. */
@Singleton
public class SignInLinkStore {

    /** What became of a token presented once. */
    public sealed interface Use {
        record Accepted(long officerId) implements Use {
        }

        /** Unknown, expired or already used: the page says which. */
        record Refused(Reason reason) implements Use {
        }
    }

    public enum Reason { UNKNOWN, EXPIRED, USED }

    private final Jdbc jdbc;

    public SignInLinkStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    @Transactional
    public void save(String tokenHash, long officerId, Instant createdAt, Instant expiresAt) {
        jdbc.update("INSERT INTO web_sign_in (token_hash, officer_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, officerId, Jdbc.seconds(createdAt), Jdbc.seconds(expiresAt));
    }

    /**
     * Marks the link used and gives its officer, or says why not. The conditional update makes the
     * first of two simultaneous uses the only one that succeeds.
     */
    @Transactional
    public Use use(String tokenHash, Instant now) {
        record Row(long officerId, Instant expiresAt, boolean used) {
        }
        Optional<Row> row = jdbc.one("SELECT officer_id, expires_at, used_at FROM web_sign_in WHERE token_hash = ?",
                rs -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) != null), tokenHash);
        if (row.isEmpty()) {
            return new Use.Refused(Reason.UNKNOWN);
        }
        if (row.get().used()) {
            return new Use.Refused(Reason.USED);
        }
        if (!now.isBefore(row.get().expiresAt())) {
            return new Use.Refused(Reason.EXPIRED);
        }
        int marked = jdbc.update("UPDATE web_sign_in SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                Jdbc.seconds(now), tokenHash);
        return marked == 1 ? new Use.Accepted(row.get().officerId()) : new Use.Refused(Reason.USED);
    }

    /** Forgets links that expired a day ago or more (used or not). */
    @Transactional
    public int purge(Instant before) {
        return jdbc.update("DELETE FROM web_sign_in WHERE expires_at < ?", Jdbc.seconds(before));
    }
}
