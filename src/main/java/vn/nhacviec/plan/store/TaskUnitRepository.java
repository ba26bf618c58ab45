package vn.nhacviec.plan.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaskUnitRepository extends GenericRepository<TaskUnitRecord, TaskUnitRecord.Key> {

    TaskUnitRecord save(TaskUnitRecord unit);

    @Query("SELECT unit_code FROM task_unit WHERE task_id = :taskId AND is_lead = :lead ORDER BY sort_order")
    List<String> findCodes(Long taskId, boolean lead);

    @Query("DELETE FROM task_unit WHERE task_id = :taskId")
    void deleteByTaskId(Long taskId);
}
