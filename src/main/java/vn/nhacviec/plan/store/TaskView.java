package vn.nhacviec.plan.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored task as listed to operators: its code (#12), units and deadlines with their status.
 * {@code cancelled}: a later version of the plan no longer has it (kept, never reminded).
 */
public record TaskView(String commune, int code, String section, String number, String content,
                       List<String> lead, List<String> coordinating, String deadlineText,
                       List<DeadlineView> deadlines, List<String> warnings, boolean cancelled) {

    public record DeadlineView(long id, String kind, String label, LocalDate due, String status) {
    }

    public String numbering() {
        return section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
    }
}
