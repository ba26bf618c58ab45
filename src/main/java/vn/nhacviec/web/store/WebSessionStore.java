package vn.nhacviec.web.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.util.Optional;

/** Server-side sessions, stored by the hash of the cookie's random id. */
@Singleton
public class WebSessionStore {

    /** A stored session: exactly one of {@code officerId} and {@code provinceUserId} is set. */
    public record Row(@Nullable Long officerId, @Nullable Long provinceUserId, String csrfToken, String via,
                      Instant expiresAt) {
    }

    private final Jdbc jdbc;

    public WebSessionStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    @Transactional
    public void save(String idHash, @Nullable Long officerId, @Nullable Long provinceUserId, String csrfToken, String via,
                     Instant createdAt, Instant expiresAt) {
        jdbc.update("INSERT INTO web_session (id_hash, officer_id, province_user_id, csrf_token, via, created_at, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", idHash, officerId, provinceUserId, csrfToken, via,
                Jdbc.seconds(createdAt), Jdbc.seconds(expiresAt));
    }

    /** The session, unless it expired by {@code now}. */
    @Transactional
    public Optional<Row> find(String idHash, Instant now) {
        return jdbc.one("SELECT officer_id, province_user_id, csrf_token, via, expires_at FROM web_session WHERE id_hash = ?",
                rs -> new Row((Long) rs.getObject(1, Long.class), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()), idHash)
                .filter(row -> now.isBefore(row.expiresAt()));
    }

    @Transactional
    public void delete(String idHash) {
        jdbc.update("DELETE FROM web_session WHERE id_hash = ?", idHash);
    }

    /** Ends every session of an officer (removed from the roster, or signed out everywhere). */
    @Transactional
    public int deleteOfficer(long officerId) {
        return jdbc.update("DELETE FROM web_session WHERE officer_id = ?", officerId);
    }

    @Transactional
    public int purge(Instant now) {
        return jdbc.update("DELETE FROM web_session WHERE expires_at <= ?", Jdbc.seconds(now));
    }
}
