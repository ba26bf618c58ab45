package vn.nhacviec.plan.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeadlineRepository extends CrudRepository<DeadlineRecord, Long> {

    List<DeadlineRecord> findByTaskIdOrderById(Long taskId);

    /** What the daily scan reads: a commune's deadlines of one status due up to a date. */
    List<DeadlineRecord> findByCommuneIdAndStatusAndDueDateLessThanEqualsOrderByDueDate(Long communeId, String status,
                                                                                       LocalDate until);
}
