package vn.nhacviec.history.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.history.TaskHistory;
import vn.nhacviec.history.TaskSheet;
import vn.nhacviec.store.Jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads one task of a commune with everything its page shows: the plan's words, obligations, people, history. */
@Singleton
public class TaskSheetStore {

    private record TaskRow(long id, String section, String number, String content, String product, String deadlineText) {
    }

    private final Jdbc jdbc;
    private final AgendaStore agenda;
    private final RosterStore roster;
    private final DeadlineAccess access;

    public TaskSheetStore(JdbcOperations jdbc, AgendaStore agenda, RosterStore roster, DeadlineAccess access) {
        this.jdbc = new Jdbc(jdbc);
        this.agenda = agenda;
        this.roster = roster;
        this.access = access;
    }

    /** Task #code of the commune, unless a later version of its plan dropped it. */
    @Transactional
    public Optional<TaskSheet> find(long communeId, int code) {
        Optional<TaskRow> found = jdbc.one("SELECT id, section, task_number, content, product, deadline_text FROM task "
                        + "WHERE commune_id = ? AND code = ? AND removed_at IS NULL",
                rs -> new TaskRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), communeId, code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TaskRow task = found.get();
        List<AgendaItem> obligations = agenda.all(communeId).stream().filter(i -> i.taskCode() == code).toList();
        List<Long> ids = obligations.stream().map(AgendaItem::deadlineId).toList();
        Map<Long, LocalDate> dues = new HashMap<>();
        obligations.forEach(i -> dues.put(i.deadlineId(), i.due()));
        List<Officer> responsible = obligations.isEmpty() ? List.of() : roster.members(communeId).stream()
                .map(RosterStore.LinkedOrNot::officer).filter(o -> access.leads(o.units(), obligations.get(0))).toList();
        String numbering = task.section().isEmpty() || task.number().startsWith(task.section()) ? task.number()
                : task.section() + "." + task.number();
        return Optional.of(new TaskSheet(communeId, code, numbering, task.content(), task.product(),
                units(task.id(), true), units(task.id(), false), task.deadlineText(), obligations, responsible,
                TaskHistory.of(audited(communeId, ids), sent(communeId, ids), requested(ids), dues)));
    }

    private List<String> units(long taskId, boolean lead) {
        return jdbc.list("SELECT unit_code FROM task_unit WHERE task_id = ? AND is_lead = ? ORDER BY sort_order",
                rs -> rs.getString(1), taskId, lead);
    }

    private List<TaskHistory.Audited> audited(long communeId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(communeId);
        ids.forEach(id -> parameters.add("deadline:" + id));
        return jdbc.list("SELECT happened_at, actor, subject, action, detail FROM audit_log WHERE commune_id = ? AND subject IN ("
                        + marks(ids.size()) + ") ORDER BY id",
                rs -> new TaskHistory.Audited(instant(rs.getTimestamp(1)), rs.getString(2),
                        Long.parseLong(rs.getString(3).substring("deadline:".length())), rs.getString(4), rs.getString(5)),
                parameters.toArray());
    }

    /** Messages sent whose list (memo "1:ID,2:ID") names one of the deadlines; LIKE narrows, the parse decides. */
    private List<TaskHistory.Sent> sent(long communeId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = Set.copyOf(ids);
        List<Object> parameters = new ArrayList<>();
        parameters.add(communeId);
        StringBuilder like = new StringBuilder();
        for (Long id : ids) {
            like.append(like.isEmpty() ? "" : " OR ").append("o.memo LIKE ? OR o.memo LIKE ?");
            parameters.add("%:" + id + ",%");
            parameters.add("%:" + id);
        }
        return jdbc.list("SELECT o.sent_at, f.name, o.memo, o.kind FROM outbox_message o LEFT JOIN officer f ON f.id = o.officer_id "
                        + "WHERE o.commune_id = ? AND o.status = 'SENT' AND o.sent_at IS NOT NULL AND (" + like + ") ORDER BY o.id",
                rs -> new TaskHistory.Sent(instant(rs.getTimestamp(1)), rs.getString(2), listed(rs.getString(3)), rs.getString(4)),
                parameters.toArray()).stream()
                .map(s -> new TaskHistory.Sent(s.at(), s.recipient(), s.deadlineIds().stream().filter(wanted::contains).toList(), s.kind()))
                .filter(s -> !s.deadlineIds().isEmpty()).toList();
    }

    private List<TaskHistory.Requested> requested(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.list("SELECT e.created_at, f.name, e.deadline_id, e.requested_due, e.status, e.decided_by, e.decided_at "
                        + "FROM extension_request e LEFT JOIN officer f ON f.id = e.officer_id WHERE e.deadline_id IN ("
                        + marks(ids.size()) + ") ORDER BY e.id",
                rs -> new TaskHistory.Requested(instant(rs.getTimestamp(1)), rs.getString(2), rs.getLong(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))),
                ids.toArray());
    }

    private static List<Long> listed(String memo) {
        List<Long> result = new ArrayList<>();
        if (memo == null) {
            return result;
        }
        for (String pair : memo.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2) {
                try {
                    result.add(Long.parseLong(parts[1].strip()));
                } catch (NumberFormatException e) {
                    // a memo this code did not write: not about the task
                }
            }
        }
        return result;
    }

    private static String marks(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "?").collect(Collectors.joining(","));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
