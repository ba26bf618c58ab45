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
                            @Nullable Instant removedAt,
                            @Nullable Instant unreachableAt) {

    public OfficerRecord withTelegram(Long userId, Long chatId) {
        // Linking again (after blocking the bot) makes the officer reachable again.
        return new OfficerRecord(id, communeId, name, role, userId, chatId, active, createdAt, removedAt, null);
    }

    public OfficerRecord unreachable(Instant at) {
        return new OfficerRecord(id, communeId, name, role, telegramUserId, telegramChatId, active, createdAt, removedAt, at);
    }

    public OfficerRecord withRole(String newRole) {
        return new OfficerRecord(id, communeId, name, newRole, telegramUserId, telegramChatId, active, createdAt, removedAt,
                unreachableAt);
    }

    public OfficerRecord removed(Instant at) {
        return new OfficerRecord(id, communeId, name, role, null, null, false, createdAt, at, unreachableAt);
    }
}
