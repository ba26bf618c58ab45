package vn.nhacviec.web;

import org.slf4j.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Refused webhook posts, logged at most once a minute with how many there were since the last line. */
final class RefusalLog {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final Logger log;
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);
    private final AtomicLong unlogged = new AtomicLong();

    RefusalLog(Logger log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** One refusal; returns whether it was written to the log. */
    boolean note() {
        long count = unlogged.incrementAndGet();
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isBefore(last.plus(EVERY)) || !lastLogged.compareAndSet(last, now)) {
            return false;
        }
        unlogged.addAndGet(-count);
        log.warn("webhook update refused: wrong or missing secret token ({} refused since the last such line)", count);
        return true;
    }
}
