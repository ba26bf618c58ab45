package vn.nhacviec.directory.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface RoleGrantRepository extends CrudRepository<RoleGrantRecord, Long> {

    /** Decides a waiting grant; 0 when it was decided already (the second of two presses). */
    @Query("UPDATE role_grant SET status = :status, decided_by = :by, decided_at = :at WHERE id = :id AND status = 'PENDING'")
    int decide(long id, String status, String by, Instant at);
}
