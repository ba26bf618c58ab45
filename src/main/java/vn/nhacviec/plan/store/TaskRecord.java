package vn.nhacviec.plan.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("task")
public record TaskRecord(@Id @GeneratedValue @Nullable Long id,
                         Long planId,
                         Long communeId,
                         int code,
                         int sortOrder,
                         String section,
                         String taskNumber,
                         String content,
                         @Nullable String product,
                         @Nullable String deadlineText,
                         @Nullable String notes,
                         @Nullable String warnings,
                         @Nullable Instant removedAt,
                         Instant createdAt,
                         Instant updatedAt) {
}
