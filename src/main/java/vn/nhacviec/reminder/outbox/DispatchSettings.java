package vn.nhacviec.reminder.outbox;

import java.time.Duration;

/**
 * How the dispatcher works the outbox.
 *
 * @param inFlight how many sends may wait for Telegram's answer at once: Telegram's round trip from
 *                 Vietnam is about 80–100 ms, so one at a time reaches only about 10 msg/s; about
 *                 five reach the 30 msg/s Telegram allows. After a crash (SIGKILL, power loss) at most
 *                 this many messages may go out twice.
 * @param poll     how often an idle dispatcher looks for messages queued by another instance (its own
 *                 instance wakes it at once)
 */
public record DispatchSettings(int inFlight, Duration poll) {

    public static final int DEFAULT_IN_FLIGHT = 6;
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(1);
    public static final DispatchSettings DEFAULTS = new DispatchSettings(DEFAULT_IN_FLIGHT, DEFAULT_POLL);

    public DispatchSettings {
        if (inFlight < 1 || inFlight > 50) {
            throw new IllegalArgumentException("dispatch in-flight must be between 1 and 50, not " + inFlight);
        }
        if (poll == null || poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("dispatch poll must be a positive duration");
        }
    }
}
