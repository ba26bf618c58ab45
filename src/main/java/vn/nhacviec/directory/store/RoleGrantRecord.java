package vn.nhacviec.directory.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A leader role asked for by the office, waiting for the chairman (PENDING, GRANTED, REFUSED). */
@MappedEntity("role_grant")
public record RoleGrantRecord(@Id @GeneratedValue @Nullable Long id,
                              Long communeId,
                              Long officerId,
                              String role,
                              @Nullable Long requestedByOfficer,
                              String requestedBy,
                              String status,
                              Instant createdAt,
                              @Nullable String decidedBy,
                              @Nullable Instant decidedAt) {

    public boolean isPending() {
        return "PENDING".equals(status);
    }
}
