package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.util.Optional;

/**
 * Files sent to the bot, kept from their preview until the sender decides. Claiming is atomic
 * (PENDING → IMPORTED or CANCELLED once), so a double press or a second instance never imports twice.
 */
@Singleton
public class PendingUploadStore {

    public enum Kind { PLAN, ROSTER }

    /** A file waiting for its sender's decision; {@code content} is empty once decided. */
    public record Upload(long id, long communeId, long officerId, Kind kind, String fileName, byte[] content,
                         String status, Instant createdAt) {

        public boolean isPending() {
            return "PENDING".equals(status);
        }
    }

    private final Jdbc jdbc;

    public PendingUploadStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    @Transactional
    public long create(long communeId, long officerId, Kind kind, String fileName, byte[] content, Instant at) {
        return jdbc.insert("INSERT INTO pending_upload (commune_id, officer_id, kind, file_name, content, status, "
                + "created_at) VALUES (?,?,?,?,?,'PENDING',?)", communeId, officerId, kind.name(),
                fileName.length() > 255 ? fileName.substring(0, 255) : fileName, content, at);
    }

    @Transactional
    public Optional<Upload> find(long id) {
        return jdbc.one("SELECT id, commune_id, officer_id, kind, file_name, content, status, created_at "
                + "FROM pending_upload WHERE id = ?", rs -> {
                    byte[] content = rs.getBytes(6);
                    return new Upload(rs.getLong(1), rs.getLong(2), rs.getLong(3), Kind.valueOf(rs.getString(4)),
                            rs.getString(5), content == null ? new byte[0] : content, rs.getString(7),
                            rs.getTimestamp(8).toInstant());
                }, id);
    }

    /**
     * Records the decision and drops the bytes; false when it was already decided. Runs in the
     * caller's transaction, so an import that fails leaves the upload pending.
     */
    @Transactional
    public boolean decide(long id, boolean imported, Instant at) {
        return jdbc.update("UPDATE pending_upload SET status = ?, decided_at = ?, content = NULL "
                + "WHERE id = ? AND status = 'PENDING'", imported ? "IMPORTED" : "CANCELLED", at, id) == 1;
    }

    /** Previews nobody decided on before {@code cutoff} expire: their bytes are dropped. */
    @Transactional
    public int expireBefore(Instant cutoff, Instant at) {
        return jdbc.update("UPDATE pending_upload SET status = 'EXPIRED', decided_at = ?, content = NULL "
                + "WHERE status = 'PENDING' AND created_at < ?", at, cutoff);
    }
}
