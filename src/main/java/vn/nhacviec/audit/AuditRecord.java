package vn.nhacviec.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("audit_log")
public record AuditRecord(@Id @GeneratedValue @Nullable Long id,
                          Instant happenedAt,
                          String actor,
                          @Nullable Long communeId,
                          String action,
                          String subject,
                          @Nullable String detail) {
}
