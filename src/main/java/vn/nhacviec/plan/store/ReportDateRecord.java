package vn.nhacviec.plan.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("report_date")
public record ReportDateRecord(@Id @GeneratedValue @Nullable Long id, Long planId, LocalDate dueDate, String label) {
}
