package vn.nhacviec.directory.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InviteRepository extends CrudRepository<InviteRecord, Long> {

    Optional<InviteRecord> findByCodeHash(String codeHash);

    List<InviteRecord> findByCodeHashIn(List<String> codeHashes);

    /**
     * Uses a code: a conditional update, so of two accounts sending the same code at the same moment
     * only one gets 1 (the database serialises the two updates of the row); the other gets 0.
     */
    @Query("UPDATE invite SET used_at = :at WHERE id = :id AND used_at IS NULL AND expires_at > :at")
    int use(long id, Instant at);

    /** Ends the officer's other outstanding codes (they expire now): one code links, the spares die. */
    @Query("UPDATE invite SET expires_at = :at WHERE officer_id = :officerId AND id <> :usedId AND used_at IS NULL "
            + "AND expires_at > :at")
    int expireOthers(long officerId, long usedId, Instant at);
}
