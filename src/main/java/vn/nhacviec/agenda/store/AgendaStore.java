package vn.nhacviec.agenda.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.ShortTitle;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.store.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Deadlines as officers see them, and the two changes they make: done, and undo. */
@Singleton
public class AgendaStore {

    private static final String SELECT = """
            SELECT d.id, d.commune_id, t.id AS task_id, t.code, t.section, t.task_number, t.content, d.kind, d.label,
                   d.due_date, d.status, d.done_at, d.done_by, d.note
            FROM deadline d JOIN task t ON t.id = d.task_id
            WHERE t.removed_at IS NULL AND d.status <> 'CANCELLED'
            """;
    private static final String ORDER = " ORDER BY CASE WHEN d.due_date IS NULL THEN 1 ELSE 0 END, d.due_date, t.code, d.id";

    private final Jdbc jdbc;
    private final AuditStore audit;

    public AgendaStore(JdbcOperations jdbc, AuditStore audit) {
        this.jdbc = new Jdbc(jdbc);
        this.audit = audit;
    }

    /** Open deadlines of a commune, soonest first (undated last). */
    @Transactional
    public List<AgendaItem> open(long communeId) {
        return query(SELECT + " AND d.commune_id = ? AND d.status = 'OPEN'" + ORDER, communeId);
    }

    /** Every deadline of a commune that is not cancelled, for progress figures. */
    @Transactional
    public List<AgendaItem> all(long communeId) {
        return query(SELECT + " AND d.commune_id = ?" + ORDER, communeId);
    }

    /**
     * Every deadline that is not cancelled of the communes with ids {@code first..last}, by commune, each
     * commune's in the order of {@link #all(long)}: the daily scan reads the country a batch of communes at
     * a time. Three range reads on the commune indexes (tasks, their lead and coordinating units, deadlines)
     * joined here, so a task's text is read and shortened once, not once per deadline.
     */
    @Transactional
    public Map<Long, List<AgendaItem>> allOfCommunes(long first, long last) {
        Map<Long, TaskHead> tasks = new HashMap<>();
        jdbc.list("SELECT id, code, section, task_number, content FROM task WHERE commune_id BETWEEN ? AND ? "
                + "AND removed_at IS NULL", TaskHead::of, first, last).forEach(t -> tasks.put(t.id(), t));
        Map<Long, List<String>> leads = new HashMap<>();
        Map<Long, List<String>> support = new HashMap<>(); // coordinating units: the scan reminds their parts
        jdbc.list("SELECT tu.task_id, tu.unit_code, tu.is_lead FROM task_unit tu JOIN task t ON t.id = tu.task_id "
                        + "WHERE t.commune_id BETWEEN ? AND ? ORDER BY tu.task_id, tu.sort_order",
                rs -> new TaskUnit(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), first, last)
                .forEach(u -> (u.lead() ? leads : support).computeIfAbsent(u.taskId(), k -> new ArrayList<>()).add(u.code()));
        Map<Long, List<AgendaItem>> result = new java.util.TreeMap<>();
        jdbc.list("SELECT id, commune_id, task_id, kind, label, due_date, status, done_at, done_by, note FROM deadline "
                + "WHERE commune_id BETWEEN ? AND ? AND status <> 'CANCELLED'", rs -> {
                    // columns by position: a million rows make the look-up by name show in a profile
                    TaskHead task = tasks.get(rs.getLong(3));
                    if (task == null) {
                        return null; // its task left the plan
                    }
                    java.sql.Date due = rs.getDate(6);
                    Timestamp doneAt = rs.getTimestamp(8);
                    return new AgendaItem(rs.getLong(1), rs.getLong(2), task.code(), task.numbering(),
                            task.title(), MilestoneKind.valueOf(rs.getString(4)), rs.getString(5),
                            due == null ? null : due.toLocalDate(), DeadlineStatus.valueOf(rs.getString(7)),
                            leads.getOrDefault(task.id(), List.of()), doneAt == null ? null : doneAt.toInstant(),
                            rs.getString(9), rs.getString(10), support.getOrDefault(task.id(), List.of()));
                }, first, last).stream().filter(java.util.Objects::nonNull)
                .forEach(item -> result.computeIfAbsent(item.communeId(), c -> new ArrayList<>()).add(item));
        result.values().forEach(items -> items.sort(SOONEST));
        return result;
    }

    /** {@link #ORDER} in Java: undated last, then by due date, task code, deadline id. */
    private static final java.util.Comparator<AgendaItem> SOONEST = java.util.Comparator
            .comparingInt((AgendaItem i) -> i.due() == null ? 1 : 0)
            .thenComparing(AgendaItem::due, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
            .thenComparingInt(AgendaItem::taskCode)
            .thenComparingLong(AgendaItem::deadlineId);

    /** What every deadline of a task shares: its code, numbering and short title. */
    private record TaskHead(long id, int code, String numbering, String title) {
        static TaskHead of(ResultSet rs) throws SQLException {
            return new TaskHead(rs.getLong("id"), rs.getInt("code"),
                    AgendaStore.numbering(rs.getString("section"), rs.getString("task_number")), ShortTitle.of(rs.getString("content")));
        }
    }

    private static String numbering(String section, String number) {
        return section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
    }

    @Transactional
    public Optional<AgendaItem> item(long deadlineId) {
        return query(SELECT + " AND d.id = ?", deadlineId).stream().findFirst();
    }

    /** The open deadlines of task #code, soonest first. */
    @Transactional
    public List<AgendaItem> openOfTask(long communeId, int code) {
        return query(SELECT + " AND t.commune_id = ? AND t.code = ? AND d.status = 'OPEN'" + ORDER, communeId, code);
    }

    @Transactional
    public boolean taskExists(long communeId, int code) {
        return jdbc.exists("SELECT COUNT(*) FROM task WHERE commune_id = ? AND code = ? AND removed_at IS NULL",
                communeId, code);
    }

    /** Marks an OPEN deadline DONE; false when it was not open any more (someone was faster). */
    @Transactional
    public boolean complete(long deadlineId, String actor, String note, Instant at, String auditDetail) {
        return item(deadlineId).map(i -> complete(i, actor, note, at, auditDetail)).orElse(false);
    }

    /** As above, for an item just read (the audit line is written from it, not from a second read). */
    @Transactional
    public boolean complete(AgendaItem item, String actor, String note, Instant at, String auditDetail) {
        int changed = jdbc.update("UPDATE deadline SET status = 'DONE', done_at = ?, done_by = ?, note = ?, "
                + "updated_at = ? WHERE id = ? AND status = 'OPEN'",
                at, actor, note == null || note.isBlank() ? null : note, at, item.deadlineId());
        if (changed > 0) {
            audit.record(actor, item.communeId(), "DEADLINE_DONE", "deadline:" + item.deadlineId(),
                    item.code() + " " + item.due() + (note == null || note.isBlank() ? "" : " note: " + note) + "; " + auditDetail);
        }
        return changed > 0;
    }

    /** An approved extension: the deadline gets its new due date (audit-logged). */
    @Transactional
    public boolean changeDue(long deadlineId, LocalDate newDue, String actor, Instant at, String auditDetail) {
        Optional<AgendaItem> before = item(deadlineId);
        int changed = jdbc.update("UPDATE deadline SET due_date = ?, updated_at = ? WHERE id = ? AND status = 'OPEN'",
                newDue, at, deadlineId);
        if (changed > 0) {
            before.ifPresent(i -> audit.record(actor, i.communeId(), "DEADLINE_EXTENDED", "deadline:" + deadlineId,
                    i.code() + " " + i.due() + " -> " + newDue + "; " + auditDetail));
        }
        return changed > 0;
    }

    /** Puts a DONE deadline back to OPEN. */
    @Transactional
    public boolean undo(long deadlineId, String actor, Instant at, String auditDetail) {
        int changed = jdbc.update("UPDATE deadline SET status = 'OPEN', done_at = NULL, done_by = NULL, "
                + "note = NULL, updated_at = ? WHERE id = ? AND status = 'DONE'", at, deadlineId);
        if (changed > 0) {
            item(deadlineId).ifPresent(i -> audit.record(actor, i.communeId(), "DEADLINE_REOPENED", "deadline:" + deadlineId,
                    i.code() + " " + i.due() + "; " + auditDetail));
        }
        return changed > 0;
    }

    private List<AgendaItem> query(String sql, Object... parameters) {
        List<Row> rows = jdbc.list(sql, Row::of, parameters);
        List<Long> taskIds = rows.stream().map(Row::taskId).distinct().toList();
        Map<Boolean, Map<Long, List<String>>> units = units(taskIds);
        Map<Long, List<String>> leads = units.get(true);
        Map<Long, List<String>> support = units.get(false);
        return rows.stream().map(r -> r.toItem(leads.getOrDefault(r.taskId(), List.of()),
                support.getOrDefault(r.taskId(), List.of()))).toList();
    }

    /** Lead (true) and coordinating (false) units of each task, in the plan's order: one read for both. */
    private Map<Boolean, Map<Long, List<String>>> units(List<Long> taskIds) {
        Map<Boolean, Map<Long, List<String>>> result = Map.of(true, new HashMap<>(), false, new HashMap<>());
        // Chunks keep the IN list within what every database accepts.
        for (int from = 0; from < taskIds.size(); from += 500) {
            List<Long> chunk = taskIds.subList(from, Math.min(taskIds.size(), from + 500));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            jdbc.list("SELECT task_id, unit_code, is_lead FROM task_unit WHERE task_id IN (" + marks
                            + ") ORDER BY task_id, sort_order", rs -> new TaskUnit(rs.getLong(1), rs.getString(2), rs.getBoolean(3)),
                    chunk.toArray())
                    .forEach(u -> result.get(u.lead()).computeIfAbsent(u.taskId(), k -> new ArrayList<>()).add(u.code()));
        }
        return result;
    }

    private record TaskUnit(long taskId, String code, boolean lead) {
    }

    private record Row(long id, long communeId, long taskId, int code, String section, String number, String content,
                       String kind, String label, LocalDate due, String status, Instant doneAt, String doneBy,
                       String note) {

        static Row of(ResultSet rs) throws SQLException {
            java.sql.Date due = rs.getDate("due_date");
            Timestamp doneAt = rs.getTimestamp("done_at");
            return new Row(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("task_id"), rs.getInt("code"),
                    rs.getString("section"), rs.getString("task_number"), rs.getString("content"), rs.getString("kind"),
                    rs.getString("label"), due == null ? null : due.toLocalDate(), rs.getString("status"),
                    doneAt == null ? null : doneAt.toInstant(), rs.getString("done_by"), rs.getString("note"));
        }

        AgendaItem toItem(List<String> leadUnits, List<String> supportUnits) {
            return new AgendaItem(id, communeId, code, AgendaStore.numbering(section, number), ShortTitle.of(content), MilestoneKind.valueOf(kind),
                    label, due, DeadlineStatus.valueOf(status), leadUnits, doneAt, doneBy, note, supportUnits);
        }
    }
}
