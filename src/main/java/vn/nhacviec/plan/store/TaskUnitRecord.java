package vn.nhacviec.plan.store;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A lead or coordinating unit of a task: a canonical code, or the name as written when it has none. */
@MappedEntity("task_unit")
public record TaskUnitRecord(@EmbeddedId Key key, int sortOrder) {

    @Embeddable
    public record Key(@MappedProperty("task_id") Long taskId, @MappedProperty("is_lead") boolean isLead,
                      @MappedProperty("unit_code") String unitCode) {
    }

    public static TaskUnitRecord of(Long taskId, boolean lead, String unitCode, int order) {
        return new TaskUnitRecord(new Key(taskId, lead, unitCode), order);
    }
}
