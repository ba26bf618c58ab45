package vn.nhacviec.directory.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("officer")
public record OfficerRecord(@Id @GeneratedValue @Nullable Long id,
                            Long communeId,
                            String name,
                            String role,
                            @Nullable Long telegramUserId,
                            @Nullable Long telegramChatId,
                            boolean active,
                            Instant createdAt,
                            @Nullable Instant removedAt) {

    public OfficerRecord withTelegram(Long userId, Long chatId) {
        return new OfficerRecord(id, communeId, name, role, userId, chatId, active, createdAt, removedAt);
    }

    public OfficerRecord removed(Instant at) {
        return new OfficerRecord(id, communeId, name, role, null, null, false, createdAt, at);
    }
}
