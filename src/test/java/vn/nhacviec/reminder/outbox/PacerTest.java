package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pacer on a clock the test moves: its sleeps advance the clock, so every figure is exact. */
class PacerTest {

    static final Instant START = Instant.parse("2024-04-09T03:00:00Z");

    /** A clock that only the pacer's sleeps (and the test) move; {@code overshoot} is added to every sleep. */
    static final class TestClock extends Clock {
        Instant now = START;
        Duration overshoot = Duration.ZERO;
        Runnable onSleep = () -> { };

        void sleep(Duration d) {
            now = now.plus(d).plus(overshoot);
            Runnable once = onSleep;
            onSleep = () -> { };
            once.run();
        }

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

    final TestClock clock = new TestClock();
    final Pacer pacer = new Pacer(30, 1, clock, clock::sleep);

    @Test
    void messagesToDistinctChatsGoThreePercentUnderThirtyASecond() throws Exception {
        List<Instant> sent = new ArrayList<>();
        for (long chat = 0; chat < 300; chat++) {
            pacer.acquire(chat);
            sent.add(clock.instant());
        }
        assertTrue(mostInOneSecond(sent) <= 30, "at most 30 in any second: " + mostInOneSecond(sent));
        double rate = (sent.size() - 1) / (Duration.between(sent.get(0), sent.get(sent.size() - 1)).toNanos() / 1e9);
        assertEquals(30 / Pacer.MARGIN, rate, 0.01);
    }

    @Test
    void aChatGetsAtMostOneMessageASecond() throws Exception {
        pacer.acquire(7);
        Instant first = clock.instant();
        pacer.acquire(8);
        pacer.acquire(7);
        assertEquals(Duration.ofNanos((long) (1e9 * Pacer.MARGIN)), Duration.between(first, clock.instant()));
    }

    @Test
    void theChatThatMayReceiveSoonestIsKnownWithoutWaiting() throws Exception {
        pacer.acquire(7);
        Instant slot = pacer.nextSlot();
        assertEquals(slot, pacer.earliest(8), "another chat may have the next overall slot");
        assertTrue(pacer.earliest(7).isAfter(slot), "the chat just served waits for its own interval");
        assertEquals(START, clock.instant(), "asking does not wait");
    }

    @Test
    void aPauseHoldsEveryChatUntilRetryAfter() throws Exception {
        pacer.acquire(1);
        pacer.pause(Duration.ofSeconds(3));
        pacer.acquire(2);
        assertEquals(START.plusSeconds(3), clock.instant());
    }

    @Test
    void aPauseThatStartsWhileASenderWaitsForItsSlotIsWaitedOutToo() throws Exception {
        pacer.acquire(1);
        // While the next message waits for its slot, another sender's message is answered 429 retry_after 2.
        clock.onSleep = () -> pacer.pause(Duration.ofSeconds(2));
        pacer.acquire(2);
        assertFalse(clock.instant().isBefore(START.plusSeconds(2)), "sent at " + clock.instant());
    }

    @Test
    void lateWakeUpsDoNotAddUpAndSlowTheBot() throws Exception {
        clock.overshoot = Duration.ofMillis(3);   // every sleep ends 3 ms late
        List<Instant> sent = new ArrayList<>();
        for (long chat = 0; chat < 100; chat++) {
            pacer.acquire(chat);
            sent.add(clock.instant());
        }
        double seconds = Duration.between(sent.get(0), sent.get(sent.size() - 1)).toNanos() / 1e9;
        assertEquals(30 / Pacer.MARGIN, (sent.size() - 1) / seconds, 0.1, "the slots keep their places");
        assertTrue(mostInOneSecond(sent) <= 30);
    }

    @Test
    void aLongLateWakeUpStartsTheSlotsAfreshRatherThanBunchingMessages() throws Exception {
        pacer.acquire(1);
        clock.overshoot = Duration.ofMillis(200);   // a long GC pause
        pacer.acquire(2);
        Instant late = clock.instant();
        clock.overshoot = Duration.ZERO;
        pacer.acquire(3);
        assertEquals(Duration.ofNanos((long) (1e9 * Pacer.MARGIN / 30)), Duration.between(late, clock.instant()),
                "the next slot counts from the late send, so no two go closer than the spacing");
    }

    @Test
    void aMessageThatLeftLateMovesTheSlotOneSecondAfterIt() throws Exception {
        List<Pacer.Slot> slots = new ArrayList<>();
        for (long chat = 0; chat < 30; chat++) {
            slots.add(pacer.acquire(chat));
        }
        Instant thirtieth = clock.instant();
        // The first message's sender was held up: it left 50 ms after its slot, when the others had gone on time.
        Instant now = clock.now;
        clock.now = START.plusMillis(50);
        pacer.started(slots.get(0));
        clock.now = now;
        pacer.acquire(30);
        assertEquals(START.plusMillis(50).plusSeconds(1).plus(Pacer.WINDOW_GUARD), clock.instant(),
                "31 messages never fall in one second, counted from when they left (the 30th booked at " + thirtieth + ")");
    }

    static int mostInOneSecond(List<Instant> sent) {
        int most = 0;
        int start = 0;
        for (int end = 0; end < sent.size(); end++) {
            while (Duration.between(sent.get(start), sent.get(end)).compareTo(Duration.ofSeconds(1)) >= 0) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }
}
