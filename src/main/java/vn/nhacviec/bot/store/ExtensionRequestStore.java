package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Requests for a new due date, waiting for the chairman's or a vice-chairman's decision. */
@Singleton
public class ExtensionRequestStore {

    public record Request(long id, long deadlineId, long communeId, long officerId, LocalDate requestedDue, String status) {

        public boolean isPending() {
            return "PENDING".equals(status);
        }
    }

    private final Jdbc jdbc;

    public ExtensionRequestStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /**
     * Files a request; empty when one for the same deadline is still waiting (a repeated reply, or
     * two officers at once): the unique index on {@code pending_deadline} decides, not a prior read.
     */
    @Transactional
    public Optional<Long> create(long deadlineId, long communeId, long officerId, LocalDate requestedDue, Instant at) {
        return jdbc.insertUnlessDuplicate("INSERT INTO extension_request (deadline_id, commune_id, officer_id, "
                + "requested_due, status, created_at, pending_deadline) VALUES (?,?,?,?,'PENDING',?,?)",
                deadlineId, communeId, officerId, requestedDue, at, deadlineId);
    }

    @Transactional
    public Optional<Request> find(long id) {
        return jdbc.one("SELECT id, deadline_id, commune_id, officer_id, requested_due, status FROM extension_request "
                + "WHERE id = ?", rs -> new Request(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6)), id);
    }

    /** Records the decision; false when someone decided first. */
    @Transactional
    public boolean decide(long id, boolean approved, String by, Instant at) {
        return jdbc.update("UPDATE extension_request SET status = ?, decided_by = ?, decided_at = ?, "
                + "pending_deadline = NULL WHERE id = ? AND status = 'PENDING'",
                approved ? "APPROVED" : "REFUSED", by, at, id) == 1;
    }
}
