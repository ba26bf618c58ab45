package vn.nhacviec.plan.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReportDateRepository extends CrudRepository<ReportDateRecord, Long> {

    List<ReportDateRecord> findByPlanIdOrderByDueDate(Long planId);

    void deleteByPlanId(Long planId);
}
