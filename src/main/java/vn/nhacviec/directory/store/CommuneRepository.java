package vn.nhacviec.directory.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CommuneRepository extends CrudRepository<CommuneRecord, Long> {

    Optional<CommuneRecord> findByNameKey(String nameKey);

    List<CommuneRecord> listOrderByName();
}
