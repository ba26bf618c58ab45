package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One milestone read from a clause of a time cell.
 *
 * @param kind  how the deadline is fixed
 * @param label the clause's own words, e.g. "Quý I năm 2024 ban hành kế hoạch"
 * @param due   sorted, distinct dates inside the plan year; one for {@code ONCE}, none for
 *              {@code CONTINUOUS} and {@code EXTERNAL}
 */
public record Milestone(MilestoneKind kind, String label, List<LocalDate> due) {

    public Milestone {
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        due = due == null ? List.of() : due.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    static Milestone once(String label, LocalDate date) {
        return new Milestone(MilestoneKind.ONCE, label, List.of(date));
    }

    static Milestone without(MilestoneKind kind, String label) {
        return new Milestone(kind, label, List.of());
    }
}
