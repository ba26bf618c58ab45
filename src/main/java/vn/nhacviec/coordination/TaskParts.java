package vn.nhacviec.coordination;

import vn.nhacviec.agenda.AgendaItem;

import java.util.List;
import java.util.Optional;

/**
 * A coordinated item's parts: each unit that is not its first lead unit (other lead units,
 * coordinating units), and whether it reported. The item itself is closed only by its lead's "xong";
 * the parts tell the lead and the chairman who is still working on it.
 */
public record TaskParts(AgendaItem item, List<Part> parts) {

    /** One unit's part; {@code report} empty while it has not reported. */
    public record Part(String unit, Optional<PartReport> report) {
        public boolean isIn() {
            return report.isPresent();
        }
    }

    public TaskParts {
        parts = List.copyOf(parts);
    }

    public static TaskParts of(AgendaItem item, List<PartReport> reports) {
        return new TaskParts(item, item.partUnits().stream().map(unit -> new Part(unit,
                reports.stream().filter(r -> r.deadlineId() == item.deadlineId() && r.unit().equalsIgnoreCase(unit))
                        .findFirst())).toList());
    }

    public boolean isCoordinated() {
        return !parts.isEmpty();
    }

    public long reported() {
        return parts.stream().filter(Part::isIn).count();
    }

    public List<String> missing() {
        return parts.stream().filter(p -> !p.isIn()).map(Part::unit).toList();
    }
}
