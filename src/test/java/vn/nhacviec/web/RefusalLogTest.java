package vn.nhacviec.web;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalLogTest {

    @Test
    void aFloodOfRefusalsWritesOneLineAMinute() {
        AtomicLong nanos = new AtomicLong(5_000_000_000L);
        RefusalLog log = new RefusalLog(LoggerFactory.getLogger(RefusalLogTest.class), nanos::get);
        assertTrue(log.note(), "the first refusal is logged");
        for (int i = 0; i < 10_000; i++) {
            assertFalse(log.note());
        }
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        assertFalse(log.note());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertTrue(log.note(), "a minute later, one more line");
        assertFalse(log.note());
    }
}
