package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * What a time cell says: its milestones (at least one) and the warnings for the office officer
 * (Vietnamese, quoting the text).
 */
public record DeadlineReading(List<Milestone> milestones, List<String> warnings) {

    public DeadlineReading {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * The task's due dates: every date of its {@code ONCE} and {@code RECURRING} milestones, sorted and
     * distinct. A task that is only "Thường xuyên" has none (it is reminded on the reporting calendar, but
     * those reminders are not its due dates).
     */
    public List<LocalDate> dueDates() {
        return milestones.stream()
                .filter(m -> m.kind() == MilestoneKind.ONCE || m.kind() == MilestoneKind.RECURRING)
                .flatMap(m -> m.due().stream())
                .distinct()
                .sorted()
                .toList();
    }
}
