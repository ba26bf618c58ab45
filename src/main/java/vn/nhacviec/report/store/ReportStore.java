package vn.nhacviec.report.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.report.TaskInfo;
import vn.nhacviec.store.Jdbc;

import java.util.HashMap;
import java.util.Map;

/** What the report reads beyond the agenda: each task's full content, section and plan year. */
@Singleton
public class ReportStore {

    private final Jdbc jdbc;

    public ReportStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /** The commune's current tasks by code. */
    @Transactional
    public Map<Integer, TaskInfo> tasks(long communeId) {
        Map<Integer, TaskInfo> result = new HashMap<>();
        jdbc.list("SELECT t.code, t.section, t.content, p.plan_year FROM task t JOIN plan p ON p.id = t.plan_id "
                        + "WHERE t.commune_id = ? AND t.removed_at IS NULL",
                rs -> new TaskInfo(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getInt(4)), communeId)
                .forEach(info -> result.put(info.code(), info));
        return result;
    }
}
