package vn.nhacviec.coordination.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.coordination.PartReport;
import vn.nhacviec.store.Jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The parts units reported of coordinated deadlines ("xong phần của …"). */
@Singleton
public class PartStore {

    private final Jdbc jdbc;
    private final AuditStore audit;

    public PartStore(JdbcOperations jdbc, AuditStore audit) {
        this.jdbc = new Jdbc(jdbc);
        this.audit = audit;
    }

    /** Records the unit's part (audit-logged); false when the unit had reported it already. */
    @Transactional
    public boolean report(long communeId, PartReport report, String auditDetail) {
        boolean stored = jdbc.insertUnlessDuplicate("INSERT INTO task_part (deadline_id, commune_id, unit_code, officer_id, "
                        + "reported_by, note, reported_at) VALUES (?,?,?,?,?,?,?)", report.deadlineId(), communeId,
                report.unit(), report.officerId(), report.reportedBy(), report.note().isBlank() ? null : report.note(),
                report.at()).isPresent();
        if (stored) {
            audit.record(report.reportedBy(), communeId, "PART_REPORTED", "deadline:" + report.deadlineId(),
                    report.unit() + (report.note().isBlank() ? "" : " note: " + report.note()) + "; " + auditDetail);
        }
        return stored;
    }

    /** The reports of these deadlines, by deadline, in the order they came. */
    @Transactional
    public Map<Long, List<PartReport>> of(Collection<Long> deadlineIds) {
        Map<Long, List<PartReport>> result = new HashMap<>();
        List<Long> ids = List.copyOf(deadlineIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            jdbc.list("SELECT deadline_id, unit_code, officer_id, reported_by, reported_at, note FROM task_part "
                            + "WHERE deadline_id IN (" + marks + ") ORDER BY reported_at, id",
                    rs -> new PartReport(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)), chunk.toArray())
                    .forEach(r -> result.computeIfAbsent(r.deadlineId(), d -> new ArrayList<>()).add(r));
        }
        return result;
    }

    public List<PartReport> of(long deadlineId) {
        return of(List.of(deadlineId)).getOrDefault(deadlineId, List.of());
    }
}
