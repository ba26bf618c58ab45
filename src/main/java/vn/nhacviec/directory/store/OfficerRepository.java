package vn.nhacviec.directory.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OfficerRepository extends CrudRepository<OfficerRecord, Long> {

    List<OfficerRecord> findByCommuneIdAndActiveOrderByName(Long communeId, boolean active);

    List<OfficerRecord> findByIdIn(Collection<Long> ids);

    List<OfficerRecord> findByTelegramUserIdAndActive(Long telegramUserId, boolean active);

    List<OfficerRecord> findByCommuneIdAndNameAndActive(Long communeId, String name, boolean active);
}
