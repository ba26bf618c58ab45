package vn.nhacviec.report.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.report.TaskInfo;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** What the report reads beyond the agenda: each task's full content, section and plan year. */
@Singleton
public class ReportStore {

    private final JdbcOperations jdbc;

    public ReportStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's current tasks by code. */
    @Transactional
    public Map<Integer, TaskInfo> tasks(long communeId) {
        return jdbc.prepareStatement("SELECT t.code, t.section, t.content, p.plan_year FROM task t JOIN plan p ON p.id = t.plan_id "
                + "WHERE t.commune_id = ? AND t.removed_at IS NULL", statement -> {
                    statement.setLong(1, communeId);
                    Map<Integer, TaskInfo> result = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            result.put(rs.getInt(1), new TaskInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                        }
                    }
                    return result;
                });
    }
}
