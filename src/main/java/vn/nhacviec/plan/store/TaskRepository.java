package vn.nhacviec.plan.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TaskRepository extends CrudRepository<TaskRecord, Long> {

    List<TaskRecord> findByPlanIdOrderBySortOrder(Long planId);

    List<TaskRecord> findByCommuneIdOrderByCode(Long communeId);

    @Query("SELECT COALESCE(MAX(code), 0) FROM task WHERE commune_id = :communeId")
    int findMaxCode(Long communeId);

    @Query("SELECT COUNT(*) FROM task WHERE plan_id = :planId AND removed_at IS NULL")
    long countActive(Long planId);
}
