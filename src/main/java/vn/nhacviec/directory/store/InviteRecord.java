package vn.nhacviec.directory.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("invite")
public record InviteRecord(@Id @GeneratedValue @Nullable Long id,
                           Long officerId,
                           String codeHash,
                           Instant createdAt,
                           Instant expiresAt,
                           @Nullable Instant usedAt) {
}
