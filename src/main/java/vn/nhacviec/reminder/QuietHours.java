package vn.nhacviec.reminder;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When messages may be sent: from {@code start} (inclusive) to {@code end} (exclusive), local time.
 * Used by the dispatcher, not by the policy: a digest decided at 07:30 is sent at once, one queued
 * at 21:00 (a retry, a bot switched on late) waits for the next morning.
 * A window with {@code start} after {@code end} runs over midnight; equal bounds mean always.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(7, 0), LocalTime.of(20, 0));

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean allows(LocalTime time) {
        if (start.equals(end)) {
            return true;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code at} itself when sending is allowed then, otherwise the next start of the window. */
    public ZonedDateTime nextAllowed(ZonedDateTime at) {
        if (allows(at.toLocalTime())) {
            return at;
        }
        ZonedDateTime today = at.with(start).withNano(0);
        return today.isAfter(at) ? today : at.toLocalDate().plusDays(1).atTime(start).atZone(at.getZone());
    }
}
