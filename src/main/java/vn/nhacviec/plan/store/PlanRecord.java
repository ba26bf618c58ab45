package vn.nhacviec.plan.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("plan")
public record PlanRecord(@Id @GeneratedValue @Nullable Long id,
                         Long communeId,
                         int planYear,
                         String title,
                         @Nullable String planNumber,
                         String sourceName,
                         String sourceSha256,
                         @Nullable String warnings,
                         Instant createdAt,
                         Instant updatedAt) {
}
