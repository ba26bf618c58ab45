package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BotMessageRepository extends CrudRepository<BotMessageRecord, Long> {

    Optional<BotMessageRecord> findByChatIdAndMessageId(long chatId, long messageId);
}
