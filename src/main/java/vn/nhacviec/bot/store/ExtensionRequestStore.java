package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Requests for a new due date, waiting for the chairman's or a vice-chairman's decision. */
@Singleton
public class ExtensionRequests {

    public record Request(long id, long deadlineId, long communeId, long officerId, LocalDate requestedDue, String status) {

        public boolean isPending() {
            return "PENDING".equals(status);
        }
    }

    private final JdbcOperations jdbc;

    public ExtensionRequests(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Files a request; empty when one for the same deadline is still waiting (a repeated reply, or
     * two officers at once): the unique index on {@code pending_deadline} decides, not a prior read.
     */
    @Transactional
    public Optional<Long> create(long deadlineId, long communeId, long officerId, LocalDate requestedDue, Instant at) {
        return jdbc.execute(connection -> {
            try (java.sql.PreparedStatement s = connection.prepareStatement("INSERT INTO extension_request (deadline_id, "
                    + "commune_id, officer_id, requested_due, status, created_at, pending_deadline) "
                    + "VALUES (?,?,?,?,'PENDING',?,?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, deadlineId);
                s.setLong(2, communeId);
                s.setLong(3, officerId);
                s.setDate(4, java.sql.Date.valueOf(requestedDue));
                s.setTimestamp(5, Timestamp.from(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                s.setLong(6, deadlineId);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(keys.getLong(1));
                }
            } catch (SQLException e) {
                if (e instanceof SQLIntegrityConstraintViolationException || String.valueOf(e.getSQLState()).startsWith("23")) {
                    return Optional.<Long>empty();
                }
                throw e;
            }
        });
    }

    @Transactional
    public Optional<Request> find(long id) {
        return jdbc.prepareStatement("SELECT id, deadline_id, commune_id, officer_id, requested_due, status FROM extension_request "
                + "WHERE id = ?", s -> {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? Optional.of(new Request(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                                rs.getDate(5).toLocalDate(), rs.getString(6))) : Optional.empty();
                    }
                });
    }

    /** Records the decision; false when someone decided first. */
    @Transactional
    public boolean decide(long id, boolean approved, String by, Instant at) {
        return jdbc.prepareStatement("UPDATE extension_request SET status = ?, decided_by = ?, decided_at = ?, "
                + "pending_deadline = NULL WHERE id = ? AND status = 'PENDING'", s -> {
                    s.setString(1, approved ? "APPROVED" : "REFUSED");
                    s.setString(2, by);
                    s.setTimestamp(3, Timestamp.from(at));
                    s.setLong(4, id);
                    return s.executeUpdate() == 1;
                });
    }
}
