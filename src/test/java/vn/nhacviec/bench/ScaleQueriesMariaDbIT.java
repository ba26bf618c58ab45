package vn.nhacviec.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.bench.store.GeneratedCountryStore;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EXPLAIN on MariaDB of every query the daily scan and the bot's conversation run, on a generated
 * country of 300 communes with fresh statistics: none may read a big table whole (type ALL, or a
 * full index scan). The statements are those of the stores, with sample values in place of the
 * parameters; docs/benchmarks.md lists them with the index each one uses — keep the three in step.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleQueriesMariaDbIT {

    /** Tables that grow with the country; commune (one row per commune) and scan_run (one per day) may be read whole. */
    private static final Set<String> BIG = Set.of("deadline", "task", "task_unit", "officer", "officer_unit", "invite",
            "snooze", "outbox_message", "bot_message", "report_date", "plan", "audit_log", "extension_request", "leave_handover");

    private TestDatabase database;
    private ApplicationContext context;
    private DataSource dataSource;

    @BeforeAll
    void generateCountry() throws SQLException {
        database = TestDatabase.mariaDb();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("nhacviec.clock", "2026-06-15T09:00:00+07:00");
        context = ApplicationContext.builder().properties(properties).environments("cli").start();
        dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        context.getBean(GeneratedCountryStore.class).generate(
                new CountryShape(300, 4500, 90_000, LocalDate.of(2026, 6, 15), 500, 7), ZoneId.of("Asia/Ho_Chi_Minh"), n -> { });
        DailyScan.Result scan = context.getBean(DailyScan.class).run(LocalDate.of(2026, 6, 15));
        assertTrue(scan.digests() > 1000, "the scan queued " + scan.digests() + " digests");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO invite (officer_id, code_hash, created_at, expires_at, used_at) "
                    + "SELECT id, SHA2(CONCAT('code', id), 256), '2026-06-01 08:00:00', '2026-06-08 08:00:00', "
                    + "CASE WHEN MOD(id, 50) = 0 THEN '2026-06-12 10:00:00' ELSE '2026-06-02 10:00:00' END FROM officer");
            s.execute("INSERT INTO snooze (deadline_id, officer_id, until_date) "
                    + "SELECT id, 1, CASE WHEN MOD(id, 1000) = 0 THEN '2026-06-20' ELSE '2026-05-20' END FROM deadline WHERE MOD(id, 100) = 0");
            s.execute("INSERT INTO bot_message (chat_id, message_id, officer_id, kind, deadline_ids, sent_at) "
                    + "SELECT COALESCE(telegram_chat_id, id), id, id, 'DIGEST', '1:1', '2026-06-15 09:00:00' FROM officer");
            s.execute("INSERT INTO audit_log (happened_at, actor, commune_id, action, subject, detail) "
                    + "SELECT '2026-06-15 09:00:00', 'bench', commune_id, 'DEADLINE_DONE', CONCAT('deadline:', id), '' "
                    + "FROM deadline WHERE MOD(id, 10) = 0");
            // every twentieth officer has been on leave at some time this year, a few of them today
            s.execute("INSERT INTO leave_handover (commune_id, officer_id, delegate_id, starts_on, ends_on, reason, status, "
                    + "requested_by, requested_at) SELECT commune_id, id, id, "
                    + "CASE WHEN MOD(id, 200) = 0 THEN '2026-06-14' ELSE '2026-03-02' END, "
                    + "CASE WHEN MOD(id, 200) = 0 THEN '2026-06-19' ELSE '2026-03-06' END, 'nghỉ phép', "
                    + "CASE WHEN MOD(id, 3) = 0 THEN 'REFUSED' ELSE 'APPROVED' END, 'bench', '2026-03-01 08:00:00' "
                    + "FROM officer WHERE MOD(id, 20) = 0");
            for (String table : List.of("commune", "officer", "officer_unit", "invite", "plan", "report_date", "task",
                    "task_unit", "deadline", "snooze", "outbox_message", "bot_message", "scan_run", "audit_log", "leave_handover")) {
                s.execute("ANALYZE TABLE " + table);
            }
        }
    }

    @AfterAll
    void drop() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The statements, by what runs them; {@code ?} already replaced by sample values. */
    static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        // a batch of the scan is 100 of 3,321 communes (3 %): here the same share of the 300
        String range = "BETWEEN 1 AND 10";
        // the daily scan (DailyScan → ScanStore, AgendaStore.allOfCommunes, RosterStore.membersOfCommunes, OutboxStore.enqueueAll)
        q.put("scan: day claimed", "SELECT COUNT(*) FROM scan_run WHERE scan_date = '2026-06-15'");
        q.put("scan: previous delivered", "SELECT MAX(scan_date) FROM scan_run WHERE delivered = TRUE AND scan_date < '2026-06-15'");
        q.put("scan: linked since", "SELECT DISTINCT i.officer_id FROM invite i JOIN scan_run r ON r.scan_date = '2026-06-15' "
                + "WHERE i.used_at IS NOT NULL AND i.used_at >= r.started_at");
        q.put("scan: tasks of communes", "SELECT id, code, section, task_number, content FROM task WHERE commune_id " + range
                + " AND removed_at IS NULL");
        q.put("scan: lead and coordinating units of communes", "SELECT tu.task_id, tu.unit_code, tu.is_lead FROM task_unit tu "
                + "JOIN task t ON t.id = tu.task_id WHERE t.commune_id " + range + " ORDER BY tu.task_id, tu.sort_order");
        q.put("scan: parts reported", "SELECT deadline_id, unit_code, officer_id, reported_by, reported_at, note FROM task_part "
                + "WHERE deadline_id IN (1, 2, 3) ORDER BY reported_at, id");
        q.put("scan: deadlines of communes", "SELECT id, commune_id, task_id, kind, label, due_date, status, done_at, done_by, "
                + "note FROM deadline WHERE commune_id " + range + " AND status <> 'CANCELLED'");
        q.put("scan: officer units of communes", "SELECT ou.officer_id, ou.unit_code FROM officer_unit ou "
                + "JOIN officer o ON o.id = ou.officer_id WHERE o.commune_id " + range
                + " AND o.active = TRUE ORDER BY ou.officer_id, ou.unit_code");
        q.put("scan: officers of communes", "SELECT o.id, o.commune_id, c.name AS commune, o.name, o.role, o.telegram_user_id, "
                + "o.telegram_chat_id, o.unreachable_at FROM officer o JOIN commune c ON c.id = o.commune_id "
                + "WHERE o.commune_id " + range + " AND o.active = TRUE ORDER BY o.commune_id, o.name, o.id");
        q.put("scan: calendars of communes", "SELECT p.commune_id, r.due_date, r.label FROM report_date r "
                + "JOIN plan p ON p.id = r.plan_id WHERE p.plan_year = 2026 AND p.commune_id " + range
                + " ORDER BY p.commune_id, r.due_date");
        q.put("scan: snoozes of communes", "SELECT s.deadline_id, s.officer_id, s.until_date FROM snooze s "
                + "JOIN deadline d ON d.id = s.deadline_id WHERE s.until_date > '2026-06-12' AND d.commune_id " + range);
        q.put("scan: leaves in force on the day, every commune (Handovers.cover)", "SELECT id, commune_id, officer_id, "
                + "delegate_id, starts_on, ends_on, reason, status, requested_by FROM leave_handover WHERE status = 'APPROVED' "
                + "AND starts_on <= '2026-06-15' AND ends_on >= '2026-06-15' ORDER BY id");
        q.put("scan: outbox keys written", "SELECT idempotency_key FROM outbox_message WHERE idempotency_key IN "
                + "('digest:2026-06-15:officer:1', 'digest:2026-06-15:officer:2')");
        // the conversation (Conversation, DeadlineGate, Worklist, Completion, OverdueHandler, OutgoingSender)
        String item = "SELECT d.id, d.commune_id, t.id AS task_id, t.code, t.section, t.task_number, t.content, d.kind, "
                + "d.label, d.due_date, d.status, d.done_at, d.done_by, d.note FROM deadline d JOIN task t ON t.id = d.task_id "
                + "WHERE t.removed_at IS NULL AND d.status <> 'CANCELLED'";
        String order = " ORDER BY CASE WHEN d.due_date IS NULL THEN 1 ELSE 0 END, d.due_date, t.code, d.id";
        q.put("bot: officer of a Telegram user, with commune and units", "SELECT o.id, o.commune_id, c.name AS commune, o.name, "
                + "o.role, o.telegram_chat_id, ou.unit_code FROM officer o JOIN commune c ON c.id = o.commune_id "
                + "LEFT JOIN officer_unit ou ON ou.officer_id = o.id "
                + "WHERE o.telegram_user_id = 700000100 AND o.active = TRUE ORDER BY o.id, ou.unit_code");
        q.put("bot: officer's units", "SELECT unit_code FROM officer_unit WHERE officer_id = 100 ORDER BY unit_code");
        q.put("bot: commune by id", "SELECT * FROM commune WHERE id = 1");
        q.put("bot: message replied to", "SELECT * FROM bot_message WHERE chat_id = 700000100 AND message_id = 100");
        q.put("bot: one deadline", item + " AND d.id = 1000");
        q.put("bot: lead and coordinating units of tasks", "SELECT task_id, unit_code, is_lead FROM task_unit WHERE task_id IN (1, 2, 3) "
                + "ORDER BY task_id, sort_order");
        q.put("bot: open deadlines of a commune", item + " AND d.commune_id = 1 AND d.status = 'OPEN'" + order);
        q.put("bot: open deadlines of a task", item + " AND t.commune_id = 2 AND t.code = 12 AND d.status = 'OPEN'" + order);
        q.put("bot: leave cover of the day (Handovers.onDuty)", "SELECT id, commune_id, officer_id, delegate_id, starts_on, "
                + "ends_on, reason, status, requested_by FROM leave_handover WHERE commune_id = 2 AND status = 'APPROVED' "
                + "AND starts_on <= '2026-06-15' AND ends_on >= '2026-06-15' ORDER BY id");
        q.put("bot: the product of a deadline's task (EvidenceStore.productOf)",
                "SELECT t.product FROM deadline d JOIN task t ON t.id = d.task_id WHERE d.id = 1000");
        q.put("bot: task exists", "SELECT COUNT(*) FROM task WHERE commune_id = 2 AND code = 12 AND removed_at IS NULL");
        q.put("bot: mark done", "UPDATE deadline SET status = 'DONE', done_at = '2026-06-15 09:00:00', done_by = 'x', note = NULL, "
                + "updated_at = '2026-06-15 09:00:00' WHERE id = 1000 AND status = 'OPEN'");
        q.put("bot: calendar of a commune", "SELECT p.commune_id, r.due_date, r.label FROM report_date r "
                + "JOIN plan p ON p.id = r.plan_id WHERE p.plan_year = 2026 AND p.commune_id BETWEEN 1 AND 1 "
                + "ORDER BY p.commune_id, r.due_date");
        q.put("bot: roster of a commune (/quahan)", "SELECT o.id, o.commune_id, c.name AS commune, o.name, o.role, "
                + "o.telegram_user_id, o.telegram_chat_id, o.unreachable_at FROM officer o JOIN commune c ON c.id = o.commune_id "
                + "WHERE o.commune_id BETWEEN 1 AND 1 AND o.active = TRUE ORDER BY o.commune_id, o.name, o.id");
        return q;
    }

    @Test
    void everyQueryOfTheScanAndTheConversationUsesAnIndex() throws SQLException {
        List<String> scans = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> query : queries().entrySet()) {
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("EXPLAIN " + query.getValue())) {
                    while (rs.next()) {
                        String table = rs.getString("table");
                        String type = rs.getString("type");
                        plan.append(String.format(" [%s %s key=%s rows=%s]", table, type, rs.getString("key"), rs.getString("rows")));
                        if (table != null && BIG.contains(table) && ("ALL".equals(type) || "index".equals(type))) {
                            scans.add(query.getKey() + ": reads " + table + " whole (" + type + ")");
                        }
                    }
                }
                System.out.println("EXPLAIN " + query.getKey() + ":" + plan);
            }
        }
        assertEquals(List.of(), scans);
    }
}
