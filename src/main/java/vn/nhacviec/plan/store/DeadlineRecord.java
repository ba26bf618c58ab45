package vn.nhacviec.plan.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One concrete due date of a milestone (none for CONTINUOUS and EXTERNAL milestones).
 * {@code dueDate} is the date reminders use (an approved extension moves it); {@code plannedDue} the
 * date the plan gave, by which a revised plan finds the deadline again.
 */
@MappedEntity("deadline")
public record DeadlineRecord(@Id @GeneratedValue @Nullable Long id,
                             Long taskId,
                             Long communeId,
                             String kind,
                             String label,
                             @Nullable LocalDate dueDate,
                             @Nullable LocalDate plannedDue,
                             String status,
                             @Nullable Instant doneAt,
                             @Nullable String doneBy,
                             @Nullable String note,
                             Instant updatedAt) {

    public DeadlineRecord withStatus(String newStatus, Instant at) {
        return new DeadlineRecord(id, taskId, communeId, kind, label, dueDate, plannedDue, newStatus, doneAt, doneBy, note, at);
    }

    public DeadlineRecord withLabel(String newLabel, Instant at) {
        return new DeadlineRecord(id, taskId, communeId, kind, newLabel, dueDate, plannedDue, status, doneAt, doneBy, note, at);
    }

    /** The same deadline on another date of the plan (its status and done mark kept). */
    public DeadlineRecord movedTo(String newLabel, LocalDate planned, Instant at) {
        return new DeadlineRecord(id, taskId, communeId, kind, newLabel, planned, planned, status, doneAt, doneBy, note, at);
    }

    /** The date the plan gave; for rows stored before plans were revised, the due date. */
    public LocalDate planDate() {
        return plannedDue != null ? plannedDue : dueDate;
    }
}
