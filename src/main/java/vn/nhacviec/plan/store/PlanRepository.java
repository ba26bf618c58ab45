package vn.nhacviec.plan.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PlanRepository extends CrudRepository<PlanRecord, Long> {

    List<PlanRecord> findByCommuneIdOrderById(Long communeId);

    List<PlanRecord> findByCommuneIdAndSourceSha256(Long communeId, String sourceSha256);

    List<PlanRecord> findByCommuneIdAndPlanYear(Long communeId, int planYear);
}
