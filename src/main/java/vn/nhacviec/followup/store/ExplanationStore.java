package vn.nhacviec.followup.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.followup.Explanation;
import vn.nhacviec.store.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Explanations asked on overdue deadlines, and their answers. */
@Singleton
public class ExplanationStore {

    private static final String SELECT = "SELECT id, deadline_id, commune_id, asked_by_officer, asked_by, asked_on, asked_at, "
            + "answer, proposed_due, answered_by, answered_at FROM explanation_request ";

    private final Jdbc jdbc;
    private final AuditStore audit;

    public ExplanationStore(JdbcOperations jdbc, AuditStore audit) {
        this.jdbc = new Jdbc(jdbc);
        this.audit = audit;
    }

    /**
     * Files a request (audit-logged); empty when one for the deadline is still unanswered: the unique
     * index on {@code pending_deadline} decides between two leaders pressing at once.
     */
    @Transactional
    public Optional<Long> ask(long deadlineId, long communeId, long askedByOfficerId, String askedBy, LocalDate askedOn,
                              Instant at) {
        Optional<Long> id = jdbc.insertUnlessDuplicate("INSERT INTO explanation_request (deadline_id, commune_id, "
                        + "asked_by_officer, asked_by, asked_on, asked_at, pending_deadline) VALUES (?,?,?,?,?,?,?)",
                deadlineId, communeId, askedByOfficerId, askedBy, askedOn, at, deadlineId);
        id.ifPresent(i -> audit.record(askedBy, communeId, "EXPLANATION_ASKED", "deadline:" + deadlineId,
                "explanation " + i));
        return id;
    }

    @Transactional
    public Optional<Explanation> find(long id) {
        return jdbc.one(SELECT + "WHERE id = ?", ExplanationStore::read, id);
    }

    /** The unanswered request of a deadline, if any. */
    @Transactional
    public Optional<Explanation> waitingFor(long deadlineId) {
        return jdbc.one(SELECT + "WHERE pending_deadline = ?", ExplanationStore::read, deadlineId);
    }

    /** Unanswered requests of every commune, oldest first. */
    @Transactional
    public List<Explanation> unanswered() {
        return jdbc.list(SELECT + "WHERE answered_at IS NULL ORDER BY asked_at, id", ExplanationStore::read);
    }

    /** A commune's requests, newest first (the web's follow-up list). */
    @Transactional
    public List<Explanation> ofCommune(long communeId) {
        return jdbc.list(SELECT + "WHERE commune_id = ? ORDER BY asked_at DESC, id DESC", ExplanationStore::read, communeId);
    }

    /** Records the answer (audit-logged); false when it was answered already. */
    @Transactional
    public boolean answer(long id, String answer, LocalDate proposedDue, String by, Instant at) {
        Optional<Explanation> asked = find(id);
        int changed = jdbc.update("UPDATE explanation_request SET answer = ?, proposed_due = ?, answered_by = ?, "
                + "answered_at = ?, pending_deadline = NULL WHERE id = ? AND answered_at IS NULL", answer, proposedDue, by, at, id);
        if (changed == 1) {
            asked.ifPresent(e -> audit.record(by, e.communeId(), "EXPLANATION_ANSWERED", "deadline:" + e.deadlineId(),
                    "explanation " + id + (proposedDue == null ? "" : ", proposed " + proposedDue) + ": " + answer));
        }
        return changed == 1;
    }

    private static Explanation read(ResultSet rs) throws SQLException {
        java.sql.Date proposed = rs.getDate("proposed_due");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new Explanation(rs.getLong("id"), rs.getLong("deadline_id"), rs.getLong("commune_id"),
                rs.getLong("asked_by_officer"), rs.getString("asked_by"), rs.getDate("asked_on").toLocalDate(),
                rs.getTimestamp("asked_at").toInstant(), rs.getString("answer"),
                proposed == null ? null : proposed.toLocalDate(), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
