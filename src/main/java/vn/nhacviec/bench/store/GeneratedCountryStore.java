package vn.nhacviec.bench.store;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import vn.nhacviec.bench.CountryGenerator;
import vn.nhacviec.bench.CountryShape;
import vn.nhacviec.store.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Writes and resets the benchmark's generated country with plain JDBC on its own connection:
 * multi-row INSERTs of a few hundred rows, a commit every few dozen communes. Every generated
 * commune's plan carries {@link #SOURCE} as its source name; nothing here writes to a database
 * holding a commune without it (a real commune), and generating needs a database with no commune.
 */
@Singleton
public class GeneratedCountryStore {

    public static final String SOURCE = "nhacviec-bench-generator";
    private static final int ROWS_PER_INSERT = 500;
    private static final int COMMUNES_PER_COMMIT = 25;

    /** How many communes the database holds, and how many of them the generator did not make. */
    public record Census(long communes, long real) {
        public boolean generatedOnly() {
            return communes > 0 && real == 0;
        }
    }

    /** The officer whose /quahan is measured: the chairman of the first generated commune. */
    public record Chairman(long officerId, long communeId, long telegramUserId) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    public GeneratedCountryStore(DataSource dataSource, Clock clock) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.clock = clock;
    }

    public Census census() {
        try (Connection c = dataSource.getConnection()) {
            return new Census(count(c, "SELECT COUNT(*) FROM commune"), count(c, "SELECT COUNT(*) FROM commune c WHERE NOT EXISTS "
                    + "(SELECT 1 FROM plan p WHERE p.commune_id = c.id AND p.source_name = '" + SOURCE + "')"));
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Writes the whole country; {@code progress} hears the number of communes written so far. */
    public void generate(CountryShape shape, ZoneId zone, IntConsumer progress) {
        CountryGenerator generator = new CountryGenerator(shape, zone);
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "SELECT COUNT(*) FROM commune") > 0) {
                throw new IllegalStateException("the database already holds communes: generate into an empty database");
            }
            boolean mysql = c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")
                    || c.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql");
            c.setAutoCommit(false);
            if (mysql) {
                try (Statement s = c.createStatement()) {
                    // the generator's rows are consistent by construction; the checks would only slow the load
                    s.execute("SET SESSION foreign_key_checks = 0");
                    s.execute("SET SESSION unique_checks = 0");
                }
            } else {
                try (Statement s = c.createStatement()) {
                    // rows of each table go out in batches of their own: a deadline may go before its task
                    s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                }
            }
            Ids ids = new Ids(c);
            Timestamp now = Timestamp.from(Jdbc.stored(clock.instant()));
            Rows communes = new Rows(c, "commune", "id, name, name_key, created_at");
            Rows officers = new Rows(c, "officer", "id, commune_id, name, role, telegram_user_id, telegram_chat_id, active, "
                    + "created_at, unreachable_at");
            Rows officerUnits = new Rows(c, "officer_unit", "officer_id, unit_code");
            Rows plans = new Rows(c, "plan", "id, commune_id, plan_year, title, plan_number, source_name, source_sha256, "
                    + "created_at, updated_at");
            Rows reports = new Rows(c, "report_date", "id, plan_id, due_date, label");
            Rows tasks = new Rows(c, "task", "id, plan_id, commune_id, code, sort_order, section, task_number, content, product, "
                    + "deadline_text, created_at, updated_at");
            Rows taskUnits = new Rows(c, "task_unit", "task_id, unit_code, is_lead, sort_order");
            Rows deadlines = new Rows(c, "deadline", "id, task_id, commune_id, kind, label, due_date, planned_due, status, "
                    + "done_at, done_by, updated_at");
            List<Rows> all = List.of(communes, officers, officerUnits, plans, reports, tasks, taskUnits, deadlines);
            for (int i = 0; i < shape.communes(); i++) {
                CountryGenerator.Commune commune = generator.commune(i);
                long communeId = ids.commune++;
                communes.add(communeId, commune.name(), commune.nameKey(), now);
                for (CountryGenerator.Officer o : commune.officers()) {
                    long officerId = ids.officer++;
                    Long telegram = o.linked() ? 700_000_000L + officerId : null;
                    officers.add(officerId, communeId, o.name(), o.role().name(), telegram, telegram, true, now,
                            o.unreachable() ? now : null);
                    for (String unit : o.units()) {
                        officerUnits.add(officerId, unit);
                    }
                }
                long planId = ids.plan++;
                plans.add(planId, communeId, shape.year(), "Kế hoạch cải cách hành chính năm " + shape.year(),
                        (i + 1) + "/KH-UBND", SOURCE, "b".repeat(64), now, now);
                for (int r = 0; r < commune.reportDates().size(); r++) {
                    reports.add(ids.report++, planId, commune.reportDates().get(r), commune.reportLabels().get(r));
                }
                int order = 0;
                for (CountryGenerator.Task t : commune.tasks()) {
                    long taskId = ids.task++;
                    tasks.add(taskId, planId, communeId, t.code(), order++, t.section(), t.number(), t.content(), "Báo cáo",
                            t.deadlineText(), now, now);
                    for (int u = 0; u < t.leads().size(); u++) {
                        taskUnits.add(taskId, t.leads().get(u), true, u);
                    }
                    for (int u = 0; u < t.coordinating().size(); u++) {
                        taskUnits.add(taskId, t.coordinating().get(u), false, u);
                    }
                    for (CountryGenerator.Deadline d : t.deadlines()) {
                        deadlines.add(ids.deadline++, taskId, communeId, d.kind(), d.label(), d.due(), d.due(),
                                d.done() ? "DONE" : "OPEN", d.doneAt() == null ? null : Timestamp.from(d.doneAt()),
                                d.done() ? "bench" : null, now);
                    }
                }
                if ((i + 1) % COMMUNES_PER_COMMIT == 0 || i + 1 == shape.communes()) {
                    for (Rows rows : all) {
                        rows.flush();
                    }
                    c.commit();
                    progress.accept(i + 1);
                }
            }
            if (!mysql) {
                ids.restartH2Identities(c);
                try (Statement s = c.createStatement()) {
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Forgets the scan of {@code day} (its run and its digests), so that the benchmark can run it again. */
    public void forgetScan(LocalDate day) {
        requireGeneratedOnly();
        try (Connection c = dataSource.getConnection()) {
            update(c, "DELETE FROM outbox_message WHERE kind = 'DIGEST' AND scan_date = ?", day);
            update(c, "DELETE FROM scan_run WHERE scan_date >= ?", day);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Chairman busyChairman() {
        requireGeneratedOnly();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT o.id, o.commune_id, o.telegram_user_id FROM officer o "
                     + "WHERE o.commune_id = (SELECT MIN(id) FROM commune) AND o.role = 'CHAIRMAN' AND o.active = TRUE "
                     + "AND o.telegram_user_id IS NOT NULL")) {
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the first commune has no linked chairman");
                }
                return new Chairman(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Linked officers with units of the first {@code communes} communes: (officer id, commune id, telegram id). */
    public List<long[]> linkedOfficers(int communes) {
        requireGeneratedOnly();
        List<long[]> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT o.id, o.commune_id, o.telegram_user_id FROM officer o "
                     + "WHERE o.commune_id < (SELECT MIN(id) FROM commune) + ? AND o.active = TRUE AND o.role = 'OFFICER' "
                     + "AND o.telegram_user_id IS NOT NULL AND o.unreachable_at IS NULL ORDER BY o.commune_id, o.id")) {
            s.setInt(1, communes);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return result;
    }

    /** Puts deadlines the benchmark marked done back to OPEN, so that the next run finds the same country. */
    public int reopen(Collection<Long> deadlineIds) {
        requireGeneratedOnly();
        int changed = 0;
        try (Connection c = dataSource.getConnection()) {
            List<Long> ids = new ArrayList<>(deadlineIds);
            for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
                String list = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT)).stream().map(String::valueOf)
                        .collect(Collectors.joining(","));
                changed += update(c, "UPDATE deadline SET status = 'OPEN', done_at = NULL, done_by = NULL, note = NULL "
                        + "WHERE status = 'DONE' AND id IN (" + list + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return changed;
    }

    /** Refuses to touch a database that holds a commune the generator did not make. */
    public void requireGeneratedOnly() {
        Census census = census();
        if (!census.generatedOnly()) {
            throw new IllegalStateException(census.communes() == 0 ? "the database holds no generated country: run bench generate first"
                    : "the database holds " + census.real() + " real communes (not made by bench generate): refusing to touch it");
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, parameters);
            return s.executeUpdate();
        }
    }

    /** The next id of each table the generator fills (ids are given, not generated, so rows can refer to them). */
    private static final class Ids {
        long commune;
        long officer;
        long plan;
        long report;
        long task;
        long deadline;

        Ids(Connection c) throws SQLException {
            commune = next(c, "commune");
            officer = next(c, "officer");
            plan = next(c, "plan");
            report = next(c, "report_date");
            task = next(c, "task");
            deadline = next(c, "deadline");
        }

        private static long next(Connection c, String table) throws SQLException {
            return count(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
        }

        /** H2 does not move an identity past explicitly given ids: later inserts would collide. */
        void restartH2Identities(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE commune ALTER COLUMN id RESTART WITH " + commune);
                s.execute("ALTER TABLE officer ALTER COLUMN id RESTART WITH " + officer);
                s.execute("ALTER TABLE plan ALTER COLUMN id RESTART WITH " + plan);
                s.execute("ALTER TABLE report_date ALTER COLUMN id RESTART WITH " + report);
                s.execute("ALTER TABLE task ALTER COLUMN id RESTART WITH " + task);
                s.execute("ALTER TABLE deadline ALTER COLUMN id RESTART WITH " + deadline);
            }
        }
    }

    /** Rows of one table, written {@value #ROWS_PER_INSERT} to an INSERT. */
    private static final class Rows {
        private final Connection connection;
        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> pending = new ArrayList<>();
        private PreparedStatement full;

        Rows(Connection connection, String table, String columns) {
            this.connection = connection;
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        void add(Object... row) throws SQLException {
            pending.add(row);
            if (pending.size() == ROWS_PER_INSERT) {
                if (full == null) {
                    full = connection.prepareStatement(sql(ROWS_PER_INSERT));
                }
                write(full);
            }
        }

        void flush() throws SQLException {
            if (!pending.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement(sql(pending.size()))) {
                    write(s);
                }
            }
        }

        private void write(PreparedStatement s) throws SQLException {
            Object[] values = new Object[pending.size() * width];
            for (int r = 0; r < pending.size(); r++) {
                System.arraycopy(pending.get(r), 0, values, r * width, width);
            }
            Jdbc.bind(s, values);
            s.executeUpdate();
            pending.clear();
        }

        private String sql(int rows) {
            String one = "(" + String.join(",", java.util.Collections.nCopies(width, "?")) + ")";
            return "INSERT INTO " + table + " (" + columns + ") VALUES " + String.join(",", java.util.Collections.nCopies(rows, one));
        }
    }
}
