package vn.nhacviec.reminder.scan;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.reminder.ReminderHistory;

import java.sql.ResultSet;
import java.sql.Timestamp;
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
public class ScanRecords {

    private final JdbcOperations jdbc;

    public ScanRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims a scan day; false when it already ran (here, on another instance, or before a restart). */
    @Transactional
    public boolean claim(LocalDate day, String instance, boolean delivered, Instant at) {
        boolean exists = jdbc.prepareStatement("SELECT COUNT(*) FROM scan_run WHERE scan_date = ?", s -> {
            s.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
        if (exists) {
            return false;
        }
        // Two instances may both get here: the primary key lets only one insert through.
        return jdbc.prepareStatement("INSERT INTO scan_run (scan_date, instance, delivered, started_at) VALUES (?,?,?,?)", s -> {
            s.setDate(1, java.sql.Date.valueOf(day));
            s.setString(2, instance);
            s.setBoolean(3, delivered);
            s.setTimestamp(4, Timestamp.from(at));
            return s.executeUpdate() == 1;
        });
    }

    @Transactional
    public void finish(LocalDate day, Instant at) {
        jdbc.prepareStatement("UPDATE scan_run SET finished_at = ? WHERE scan_date = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setDate(2, java.sql.Date.valueOf(day));
            return s.executeUpdate();
        });
    }

    @Transactional
    public boolean ran(LocalDate day) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM scan_run WHERE scan_date = ?", s -> {
            s.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        });
    }

    /** The last day before {@code day} whose reminders could go out (the bot was on). */
    @Transactional
    public Optional<LocalDate> previousDelivered(LocalDate day) {
        return jdbc.prepareStatement("SELECT MAX(scan_date) FROM scan_run WHERE delivered = TRUE AND scan_date < ?", s -> {
            s.setDate(1, java.sql.Date.valueOf(day));
            try (ResultSet rs = s.executeQuery()) {
                java.sql.Date last = rs.next() ? rs.getDate(1) : null;
                return Optional.ofNullable(last).map(java.sql.Date::toLocalDate);
            }
        });
    }

    /** Officers who linked their Telegram account after the scan of {@code previousScan} started. */
    @Transactional
    public Set<Long> linkedSince(LocalDate previousScan) {
        return jdbc.prepareStatement("SELECT DISTINCT i.officer_id FROM invite i JOIN scan_run r ON r.scan_date = ? "
                + "WHERE i.used_at IS NOT NULL AND i.used_at >= r.started_at", s -> {
                    s.setDate(1, java.sql.Date.valueOf(previousScan));
                    Set<Long> result = new HashSet<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            result.add(rs.getLong(1));
                        }
                    }
                    return result;
                });
    }

    /** (deadline, officer) → the day before which that officer is not reminded of it. */
    @Transactional
    public Map<ReminderHistory.Snooze, LocalDate> snoozes() {
        return jdbc.prepareStatement("SELECT deadline_id, officer_id, until_date FROM snooze", s -> {
            Map<ReminderHistory.Snooze, LocalDate> result = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.put(new ReminderHistory.Snooze(rs.getLong(1), rs.getLong(2)), rs.getDate(3).toLocalDate());
                }
            }
            return result;
        });
    }

    /** One officer's snooze of one deadline (the only one of theirs for it). */
    @Transactional
    public void snooze(long deadlineId, long officerId, LocalDate until) {
        jdbc.prepareStatement("DELETE FROM snooze WHERE deadline_id = ? AND officer_id = ?", s -> {
            s.setLong(1, deadlineId);
            s.setLong(2, officerId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO snooze (deadline_id, officer_id, until_date) VALUES (?,?,?)", s -> {
            s.setLong(1, deadlineId);
            s.setLong(2, officerId);
            s.setDate(3, java.sql.Date.valueOf(until));
            return s.executeUpdate();
        });
    }

    /** The reporting calendar of each commune for a year: the report dates of all its plans of that year. */
    @Transactional
    public Map<Long, ReportingCalendar> calendars(int year) {
        return jdbc.prepareStatement("SELECT p.commune_id, r.due_date, r.label FROM report_date r JOIN plan p ON p.id = r.plan_id "
                + "WHERE p.plan_year = ? ORDER BY p.commune_id, r.due_date", s -> {
                    s.setInt(1, year);
                    Map<Long, List<ReportDate>> dates = new HashMap<>();
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            List<ReportDate> list = dates.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>());
                            LocalDate due = rs.getDate(2).toLocalDate();
                            if (list.stream().noneMatch(r -> r.date().equals(due))) {
                                list.add(new ReportDate(due, rs.getString(3)));
                            }
                        }
                    }
                    Map<Long, ReportingCalendar> result = new HashMap<>();
                    dates.forEach((commune, list) -> result.put(commune, new ReportingCalendar(list)));
                    return result;
                });
    }

}
