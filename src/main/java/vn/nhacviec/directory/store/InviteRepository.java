package vn.nhacviec.directory.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InviteRepository extends CrudRepository<InviteRecord, Long> {

    Optional<InviteRecord> findByCodeHash(String codeHash);
}
