package vn.nhacviec.bot.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("bot_message")
public record BotMessageRecord(@Id @GeneratedValue @Nullable Long id,
                               long chatId,
                               long messageId,
                               @Nullable Long officerId,
                               String kind,
                               @Nullable String deadlineIds,
                               Instant sentAt) {
}
