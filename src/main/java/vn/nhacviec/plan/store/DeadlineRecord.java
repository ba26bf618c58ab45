package vn.nhacviec.plan.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** One concrete due date of a milestone (none for CONTINUOUS and EXTERNAL milestones). */
@MappedEntity("deadline")
public record DeadlineRecord(@Id @GeneratedValue @Nullable Long id,
                             Long taskId,
                             Long communeId,
                             String kind,
                             String label,
                             @Nullable LocalDate dueDate,
                             String status,
                             @Nullable Instant doneAt,
                             @Nullable String doneBy,
                             @Nullable String note,
                             Instant updatedAt) {

    public DeadlineRecord withStatus(String newStatus, Instant at) {
        return new DeadlineRecord(id, taskId, communeId, kind, label, dueDate, newStatus, doneAt, doneBy, note, at);
    }

    public DeadlineRecord withLabel(String newLabel, Instant at) {
        return new DeadlineRecord(id, taskId, communeId, kind, newLabel, dueDate, status, doneAt, doneBy, note, at);
    }
}
