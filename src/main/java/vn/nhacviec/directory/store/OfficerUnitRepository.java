package vn.nhacviec.directory.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OfficerUnitRepository extends GenericRepository<OfficerUnitRecord, OfficerUnitRecord.Key> {

    OfficerUnitRecord save(OfficerUnitRecord unit);

    @Query("SELECT unit_code FROM officer_unit WHERE officer_id = :officerId ORDER BY unit_code")
    List<String> findUnitCodes(Long officerId);
}
