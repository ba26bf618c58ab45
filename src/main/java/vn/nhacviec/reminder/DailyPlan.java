package vn.nhacviec.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one scan decides to send: at most one digest per officer.
 *
 * @param warnings for the log: things nobody could be told (no reachable office officer)
 */
public record DailyPlan(LocalDate date, List<Digest> digests, List<String> warnings) {

    public DailyPlan {
        digests = List.copyOf(digests);
        warnings = List.copyOf(warnings);
    }

    public static DailyPlan empty(LocalDate date) {
        return new DailyPlan(date, List.of(), List.of());
    }

    public boolean isEmpty() {
        return digests.isEmpty();
    }

    public Optional<Digest> digestFor(long officerId) {
        return digests.stream().filter(d -> d.recipient().officerId() == officerId).findFirst();
    }
}
