package vn.nhacviec.reminder;

import java.time.LocalDate;

/**
 * Where a reminder stands relative to its date. Several stages on the same working day (a due date
 * on a Sunday has its "1 working day before" and "due" on the Friday) merge into the most urgent.
 */
public sealed interface Stage {

    /** Short, stable text for logs, dry runs and keys: "D-7", "WD-1", "D0", "OD+4", "PR 2024-03-05". */
    String key();

    /** {@code days} calendar days before the due date, moved back to a working day. */
    record DaysBefore(int days) implements Stage {
        public String key() {
            return "D-" + days;
        }
    }

    /** {@code days} working days before the due date. */
    record WorkingDaysBefore(int days) implements Stage {
        public String key() {
            return "WD-" + days;
        }
    }

    /** The due date, or the last working day before it when it is a day off. */
    record DueDay() implements Stage {
        public String key() {
            return "D0";
        }
    }

    /** {@code workingDays} working days after the due date, still open. */
    record Overdue(int workingDays) implements Stage {
        public String key() {
            return "OD+" + workingDays;
        }
    }

    /** A CONTINUOUS task's lead units are asked for progress ahead of the report due on {@code reportDate}. */
    record ProgressRequest(LocalDate reportDate) implements Stage {
        public String key() {
            return "PR " + reportDate;
        }
    }
}
