package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Files sent to the bot, kept from their preview until the sender decides. Claiming is atomic
 * (PENDING → IMPORTED or CANCELLED once), so a double press or a second instance never imports twice.
 */
@Singleton
public class PendingUploads {

    public enum Kind { PLAN, ROSTER }

    /** A file waiting for its sender's decision; {@code content} is empty once decided. */
    public record Upload(long id, long communeId, long officerId, Kind kind, String fileName, byte[] content,
                         String status, Instant createdAt) {

        public boolean isPending() {
            return "PENDING".equals(status);
        }
    }

    private final JdbcOperations jdbc;

    public PendingUploads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long create(long communeId, long officerId, Kind kind, String fileName, byte[] content, Instant at) {
        return jdbc.execute(connection -> {
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO pending_upload (commune_id, officer_id, "
                    + "kind, file_name, content, status, created_at) VALUES (?,?,?,?,?,'PENDING',?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, communeId);
                s.setLong(2, officerId);
                s.setString(3, kind.name());
                s.setString(4, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
                s.setBytes(5, content);
                s.setTimestamp(6, seconds(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Transactional
    public Optional<Upload> find(long id) {
        return jdbc.prepareStatement("SELECT id, commune_id, officer_id, kind, file_name, content, status, created_at "
                + "FROM pending_upload WHERE id = ?", s -> {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            return Optional.empty();
                        }
                        byte[] content = rs.getBytes(6);
                        return Optional.of(new Upload(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                Kind.valueOf(rs.getString(4)), rs.getString(5), content == null ? new byte[0] : content,
                                rs.getString(7), rs.getTimestamp(8).toInstant()));
                    }
                });
    }

    /**
     * Records the decision and drops the bytes; false when it was already decided. Runs in the
     * caller's transaction, so an import that fails leaves the upload pending.
     */
    @Transactional
    public boolean decide(long id, boolean imported, Instant at) {
        return jdbc.prepareStatement("UPDATE pending_upload SET status = ?, decided_at = ?, content = NULL "
                + "WHERE id = ? AND status = 'PENDING'", s -> {
                    s.setString(1, imported ? "IMPORTED" : "CANCELLED");
                    s.setTimestamp(2, seconds(at));
                    s.setLong(3, id);
                    return s.executeUpdate() == 1;
                });
    }

    /** Previews nobody decided on before {@code cutoff} expire: their bytes are dropped. */
    @Transactional
    public int expireBefore(Instant cutoff, Instant at) {
        return jdbc.prepareStatement("UPDATE pending_upload SET status = 'EXPIRED', decided_at = ?, content = NULL "
                + "WHERE status = 'PENDING' AND created_at < ?", s -> {
                    s.setTimestamp(1, seconds(at));
                    s.setTimestamp(2, seconds(cutoff));
                    return s.executeUpdate();
                });
    }

    private static Timestamp seconds(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
