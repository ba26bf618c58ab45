package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A time phrase found in a clause, at [start, end) of its matching text.
 *
 * @param dates the dates it gives, before the plan-year filter (one for ONCE)
 * @param note  a warning to pass on when the phrase is kept (e.g. a report clause without a calendar), or null
 */
record Hit(int start, int end, MilestoneKind kind, List<LocalDate> dates, String note) {

    Hit {
        dates = List.copyOf(dates);
    }

    static Hit once(int start, int end, LocalDate date) {
        return new Hit(start, end, MilestoneKind.ONCE, List.of(date), null);
    }
}
