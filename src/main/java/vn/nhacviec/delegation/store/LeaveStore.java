package vn.nhacviec.delegation.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.delegation.Leave;
import vn.nhacviec.store.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Handovers of an officer's work for a period, and the permanent reassignment of units. */
@Singleton
public class LeaveStore {

    private static final String SELECT = "SELECT id, commune_id, officer_id, delegate_id, starts_on, ends_on, reason, status, "
            + "requested_by FROM leave_handover ";

    private final Jdbc jdbc;
    private final AuditStore audit;

    public LeaveStore(JdbcOperations jdbc, AuditStore audit) {
        this.jdbc = new Jdbc(jdbc);
        this.audit = audit;
    }

    /** Files a request waiting for the chairman or the office (audit-logged). */
    @Transactional
    public long request(long communeId, long officerId, long delegateId, LocalDate from, LocalDate to, String reason,
                        String by, Instant at) {
        long id = jdbc.insert("INSERT INTO leave_handover (commune_id, officer_id, delegate_id, starts_on, ends_on, reason, "
                        + "status, requested_by, requested_at) VALUES (?,?,?,?,?,?,'PENDING',?,?)",
                communeId, officerId, delegateId, from, to, reason == null || reason.isBlank() ? null : reason, by, at);
        audit.record(by, communeId, "LEAVE_REQUESTED", "officer:" + officerId,
                "leave " + id + ": " + from + ".." + to + " to officer:" + delegateId + (reason == null ? "" : " (" + reason + ")"));
        return id;
    }

    @Transactional
    public Optional<Leave> find(long id) {
        return jdbc.one(SELECT + "WHERE id = ?", LeaveStore::read, id);
    }

    /** Approves or refuses a waiting request (audit-logged); false when someone decided first. */
    @Transactional
    public boolean decide(long id, boolean approve, String by, Instant at) {
        Optional<Leave> leave = find(id);
        int changed = jdbc.update("UPDATE leave_handover SET status = ?, decided_by = ?, decided_at = ? "
                + "WHERE id = ? AND status = 'PENDING'", approve ? "APPROVED" : "REFUSED", by, at, id);
        if (changed == 1) {
            leave.ifPresent(l -> audit.record(by, l.communeId(), approve ? "LEAVE_APPROVED" : "LEAVE_REFUSED",
                    "officer:" + l.officerId(), "leave " + id + ": " + l.from() + ".." + l.to() + " to officer:" + l.delegateId()));
        }
        return changed == 1;
    }

    /** Approved leaves of a commune in force on {@code day}. */
    @Transactional
    public List<Leave> inForce(long communeId, LocalDate day) {
        return jdbc.list(SELECT + "WHERE commune_id = ? AND status = 'APPROVED' AND starts_on <= ? AND ends_on >= ? "
                + "ORDER BY id", LeaveStore::read, communeId, day, day);
    }

    /** Approved leaves of every commune in force on {@code day} (the daily scan). */
    @Transactional
    public List<Leave> inForce(LocalDate day) {
        return jdbc.list(SELECT + "WHERE status = 'APPROVED' AND starts_on <= ? AND ends_on >= ? ORDER BY id",
                LeaveStore::read, day, day);
    }

    /** A commune's leaves that are waiting or not over yet, soonest first. */
    @Transactional
    public List<Leave> current(long communeId, LocalDate today) {
        return jdbc.list(SELECT + "WHERE commune_id = ? AND status IN ('PENDING','APPROVED') AND ends_on >= ? "
                + "ORDER BY starts_on, id", LeaveStore::read, communeId, today);
    }

    /**
     * An officer who leaves the commune: their units go to {@code toOfficerId} for good (audit-logged).
     * The units the receiver already has are kept once.
     *
     * @return the units moved
     */
    @Transactional
    public List<String> reassignUnits(long communeId, long fromOfficerId, long toOfficerId, String by) {
        List<String> units = jdbc.list("SELECT unit_code FROM officer_unit WHERE officer_id = ? ORDER BY unit_code",
                rs -> rs.getString(1), fromOfficerId);
        for (String unit : units) {
            if (!jdbc.exists("SELECT COUNT(*) FROM officer_unit WHERE officer_id = ? AND unit_code = ?", toOfficerId, unit)) {
                jdbc.update("INSERT INTO officer_unit (officer_id, unit_code) VALUES (?,?)", toOfficerId, unit);
            }
        }
        jdbc.update("DELETE FROM officer_unit WHERE officer_id = ?", fromOfficerId);
        audit.record(by, communeId, "UNITS_HANDED_OVER", "officer:" + fromOfficerId,
                "units " + units + " to officer:" + toOfficerId);
        return units;
    }

    /** The commune of an active officer. */
    @Transactional
    public Optional<Long> communeOf(long officerId) {
        return jdbc.one("SELECT commune_id FROM officer WHERE id = ? AND active = TRUE", rs -> rs.getLong(1), officerId);
    }

    private static Leave read(ResultSet rs) throws SQLException {
        return new Leave(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("officer_id"), rs.getLong("delegate_id"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("reason"),
                Leave.Status.valueOf(rs.getString("status")), rs.getString("requested_by"));
    }
}
