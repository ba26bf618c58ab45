package vn.nhacviec.delegation;

import java.time.LocalDate;

/**
 * An officer's work handed to a colleague of the same commune for a period (leave, training):
 * while APPROVED and the day is within {@code from}..{@code to}, the delegate receives the officer's
 * reminders and may mark their items done; before and after, the officer does.
 */
public record Leave(long id, long communeId, long officerId, long delegateId, LocalDate from, LocalDate to,
                    String reason, Status status, String requestedBy) {

    public enum Status { PENDING, APPROVED, REFUSED }

    public Leave {
        reason = reason == null ? "" : reason;
    }

    public boolean covers(LocalDate day) {
        return status == Status.APPROVED && !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }
}
