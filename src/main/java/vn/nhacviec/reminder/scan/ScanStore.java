package vn.nhacviec.reminder.scan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.reminder.ReminderHistory;
import vn.nhacviec.store.Jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** What the scan remembers between days: which days ran, snoozes, report dates. */
@Singleton
public class ScanStore {

    private final Jdbc jdbc;

    public ScanStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /** Claims a scan day; false when it already ran (here, on another instance, or before a restart). */
    @Transactional
    public boolean claim(LocalDate day, String instance, boolean delivered, Instant at) {
        if (ran(day)) {
            return false;
        }
        // Two instances may both get here: the primary key lets only one insert through.
        return jdbc.update("INSERT INTO scan_run (scan_date, instance, delivered, started_at) VALUES (?,?,?,?)",
                day, instance, delivered, at) == 1;
    }

    @Transactional
    public void finish(LocalDate day, Instant at) {
        jdbc.update("UPDATE scan_run SET finished_at = ? WHERE scan_date = ?", at, day);
    }

    @Transactional
    public boolean ran(LocalDate day) {
        return jdbc.exists("SELECT COUNT(*) FROM scan_run WHERE scan_date = ?", day);
    }

    /** The last day before {@code day} whose reminders could go out (the bot was on). */
    @Transactional
    public Optional<LocalDate> previousDelivered(LocalDate day) {
        return jdbc.one("SELECT MAX(scan_date) FROM scan_run WHERE delivered = TRUE AND scan_date < ?", rs -> rs.getDate(1), day)
                .map(java.sql.Date::toLocalDate);
    }

    /** Officers who linked their Telegram account after the scan of {@code previousScan} started. */
    @Transactional
    public Set<Long> linkedSince(LocalDate previousScan) {
        return new HashSet<>(jdbc.list("SELECT DISTINCT i.officer_id FROM invite i JOIN scan_run r ON r.scan_date = ? "
                + "WHERE i.used_at IS NOT NULL AND i.used_at >= r.started_at", rs -> rs.getLong(1), previousScan));
    }

    /** (deadline, officer) → the day before which that officer is not reminded of it. */
    @Transactional
    public Map<ReminderHistory.Snooze, LocalDate> snoozes() {
        Map<ReminderHistory.Snooze, LocalDate> result = new HashMap<>();
        jdbc.list("SELECT deadline_id, officer_id, until_date FROM snooze",
                        rs -> Map.entry(new ReminderHistory.Snooze(rs.getLong(1), rs.getLong(2)), rs.getDate(3).toLocalDate()))
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /**
     * The snoozes that still matter to a scan whose window starts after {@code after}, of the deadlines of
     * the communes with ids {@code first..last} (one batch of the scan). A snooze that ended on or before
     * {@code after} neither silences nor recalls anything in the window: the policy treats it as none.
     */
    @Transactional
    public Map<ReminderHistory.Snooze, LocalDate> snoozes(long first, long last, LocalDate after) {
        Map<ReminderHistory.Snooze, LocalDate> result = new HashMap<>();
        jdbc.list("SELECT s.deadline_id, s.officer_id, s.until_date FROM snooze s JOIN deadline d ON d.id = s.deadline_id "
                        + "WHERE s.until_date > ? AND d.commune_id BETWEEN ? AND ?",
                        rs -> Map.entry(new ReminderHistory.Snooze(rs.getLong(1), rs.getLong(2)), rs.getDate(3).toLocalDate()),
                        after, first, last)
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** One officer's snooze of one deadline (the only one of theirs for it). */
    @Transactional
    public void snooze(long deadlineId, long officerId, LocalDate until) {
        jdbc.upsert("DELETE FROM snooze WHERE deadline_id = ? AND officer_id = ?", new Object[] {deadlineId, officerId},
                "INSERT INTO snooze (deadline_id, officer_id, until_date) VALUES (?,?,?)", deadlineId, officerId, until);
    }

    /** The reporting calendar of each commune for a year: the report dates of all its plans of that year. */
    @Transactional
    public Map<Long, ReportingCalendar> calendars(int year) {
        return calendars(jdbc.list(CALENDARS + " ORDER BY p.commune_id, r.due_date", CalendarRow::of, year));
    }

    /**
     * The reporting calendars of a year of the communes with ids {@code first..last} only (a batch of the
     * scan, or one commune for the bot), found through the plans' (commune, year) index.
     */
    @Transactional
    public Map<Long, ReportingCalendar> calendars(int year, long first, long last) {
        return calendars(jdbc.list(CALENDARS + " AND p.commune_id BETWEEN ? AND ? ORDER BY p.commune_id, r.due_date",
                CalendarRow::of, year, first, last));
    }

    private static final String CALENDARS = "SELECT p.commune_id, r.due_date, r.label FROM report_date r "
            + "JOIN plan p ON p.id = r.plan_id WHERE p.plan_year = ?";

    private record CalendarRow(long communeId, ReportDate date) {
        static CalendarRow of(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new CalendarRow(rs.getLong(1), new ReportDate(rs.getDate(2).toLocalDate(), rs.getString(3)));
        }
    }

    private static Map<Long, ReportingCalendar> calendars(List<CalendarRow> rows) {
        Map<Long, List<ReportDate>> dates = new HashMap<>();
        rows.stream().map(r -> Map.entry(r.communeId(), r.date()))
                .forEach(e -> {
                    List<ReportDate> list = dates.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                    if (list.stream().noneMatch(r -> r.date().equals(e.getValue().date()))) {
                        list.add(e.getValue());
                    }
                });
        Map<Long, ReportingCalendar> result = new HashMap<>();
        dates.forEach((commune, list) -> result.put(commune, new ReportingCalendar(list)));
        return result;
    }
}
