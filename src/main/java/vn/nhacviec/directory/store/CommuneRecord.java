package vn.nhacviec.directory.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("commune")
public record CommuneRecord(@Id @GeneratedValue @Nullable Long id, String name, String nameKey, Instant createdAt) {
}
