package vn.nhacviec.bot;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FloodGuardTest {

    /** A clock the test moves by hand. */
    static final class Hand extends Clock {
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
    void aUserOverTheLimitIsWarnedOnceThenDroppedAndAllowedAgainAMinuteLater() {
        Hand clock = new Hand();
        FloodGuard guard = new FloodGuard(3, clock);
        for (int i = 0; i < 3; i++) {
            assertEquals(FloodGuard.Verdict.ALLOW, guard.check(1));
        }
        assertEquals(FloodGuard.Verdict.WARN, guard.check(1));
        assertEquals(FloodGuard.Verdict.DROP, guard.check(1));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check(2), "others are not slowed down");
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertEquals(FloodGuard.Verdict.ALLOW, guard.check(1));
    }

    @Test
    void usersQuietForAMinuteAreForgotten() {
        Hand clock = new Hand();
        FloodGuard guard = new FloodGuard(30, clock);
        for (long user = 0; user < 10_000; user++) {
            guard.check(user);
        }
        assertEquals(10_000, guard.remembered());
        clock.now = clock.now.plus(Duration.ofSeconds(30));
        guard.check(5);
        assertEquals(10_000, guard.remembered(), "within the minute every user still counts");
        clock.now = clock.now.plus(Duration.ofSeconds(45));
        guard.check(7);
        assertEquals(2, guard.remembered(), "only the users active in the last minute remain: " + guard.remembered());
    }

    @Test
    void forgettingAUserNeverLetsAFloodThrough() {
        Hand clock = new Hand();
        FloodGuard guard = new FloodGuard(5, clock);
        int allowed = 0;
        // 20 messages a second from one user for two minutes, other users passing by to trigger sweeps.
        for (int tick = 0; tick < 2400; tick++) {
            clock.now = clock.now.plusMillis(50);
            allowed += guard.check(1) == FloodGuard.Verdict.ALLOW ? 1 : 0;
            guard.check(1000 + tick);
        }
        assertEquals(10, allowed, "5 in each of the two minutes");
    }
}
