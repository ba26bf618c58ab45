package vn.nhacviec.web;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalLogTest {

    /** A clock the test moves. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2024-04-08T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aFloodOfRefusalsWritesOneLineAMinute() {
        Manual clock = new Manual();
        RefusalLog log = new RefusalLog(LoggerFactory.getLogger(RefusalLogTest.class), clock);
        assertTrue(log.note(), "the first refusal is logged");
        for (int i = 0; i < 10_000; i++) {
            assertFalse(log.note());
        }
        clock.now = clock.now.plus(Duration.ofSeconds(59));
        assertFalse(log.note());
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        assertTrue(log.note(), "a minute later, one more line");
        assertFalse(log.note());
    }
}
