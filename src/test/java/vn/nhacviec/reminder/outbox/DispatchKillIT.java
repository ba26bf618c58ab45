package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.RequestRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A `serve` killed with SIGKILL in the middle of sending the outbox, then a second `serve` on the same database:
 * nothing is lost, at most the messages that were in flight at the kill go out twice, and the restarted service
 * sends again well within 30 s.
 * <p>
 * The known window: Telegram has no idempotency key. The dispatcher marks a row SENDING before the call and SENT
 * after Telegram answers, and a dispatcher that starts sends rows left SENDING again; a kill after Telegram took a
 * message and before its SENT update therefore duplicates it. At most {@link #IN_FLIGHT} rows are SENDING at any
 * moment, so at most that many go twice. The stand-in answers 80 ms after each call arrives (the round trip from
 * Vietnam), so at the kill several messages are typically accepted by Telegram and not yet answered.
 * <p>
 * Faults on the way: two 429 (retry_after 1 s) and two 500 before the first message gets through.
 */
class DispatchKillIT {

    static final int N = 200;
    /**
     * The kill tests the engine, so its database must keep what it committed: with H2's default WRITE_DELAY (500 ms)
     * the killed process takes its last commits with it (observed: the SENT of the message before the one in flight,
     * and even the in-flight one's SENDING, came back PENDING/SENDING, and both went out twice). MySQL/MariaDB run in
     * their own process and keep every commit. Run with -Ddispatch.kill.h2= to see the default H2 behaviour.
     */
    static final String DURABLE = ";WRITE_DELAY=0";
    /** The second start happens later in real life: its clock starts a minute after the first. */
    static final String RESTART_CLOCK = "2024-04-09T10:01:00+07:00";
    /** Sends in flight: the crash bound stated in docs/reminders.md (the service's default). */
    static final int IN_FLIGHT = DispatchSettings.DEFAULT_IN_FLIGHT;
    static final Duration ROUND_TRIP = Duration.ofMillis(Long.getLong("dispatch.kill.rtt-ms", 80));

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aServiceKilledMidDispatchLosesNothingAndDuplicatesAtMostTheMessageInFlight() throws Exception {
        try (FakeTelegram telegram = DispatchHarness.startTelegram();
             DispatchHarness harness = new DispatchHarness(dir, telegram, System.getProperty("dispatch.kill.h2", DURABLE))) {
            telegram.enforceRateLimits(true);
            telegram.rateLimits(30, 1);
            telegram.roundTrip(ROUND_TRIP);
            harness.inFlight = IN_FLIGHT;
            harness.runCommand("plan", "list");   // Flyway creates the schema
            harness.seed(N, Duration.ofMinutes(-1));
            telegram.tooManyRequestsNext("sendMessage", 1, 1);
            telegram.failNext("sendMessage", 1, 500);
            telegram.tooManyRequestsNext("sendMessage", 1, 1);
            telegram.failNext("sendMessage", 1, 500);

            DispatchHarness.Serve first = harness.serve(DispatchHarness.CLOCK);
            boolean busy = DispatchHarness.await(Duration.ofSeconds(120), Duration.ofMillis(10),
                    () -> harness.received() >= N * 4 / 10 || !first.process().isAlive());
            assertTrue(busy && first.process().isAlive(), () -> "the first serve did not send 40 % of the outbox: "
                    + harness.received() + " received\n" + harness.logs());
            // Mid-stream several messages are on the way (accepted, not yet answered or recorded: the duplicate
            // window); a little jitter lands the kill at different points of the round trips.
            long jitter = java.util.concurrent.ThreadLocalRandom.current().nextLong(40);
            Thread.sleep(jitter);
            DispatchHarness.kill(first.process());
            int atKill = harness.received();
            Thread.sleep(300);
            assertEquals(atKill, harness.received(), "nothing arrives from a dead process");

            // The database as the killed process left it (opened by the test JVM alone, then closed again).
            Map<Integer, String> afterKill = harness.statusByIndex();
            Map<String, Integer> countsAfterKill = harness.statuses();
            Map<String, Integer> receivedAtKill = harness.receivedByText();
            List<Integer> inFlight = afterKill.entrySet().stream().filter(e -> e.getValue().equals("SENDING"))
                    .map(Map.Entry::getKey).sorted().toList();
            List<Integer> deliveredNotMarked = afterKill.entrySet().stream()
                    .filter(e -> !e.getValue().equals("SENT") && receivedAtKill.containsKey(DispatchHarness.TEXT + e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            List<Integer> markedNotDelivered = afterKill.entrySet().stream()
                    .filter(e -> e.getValue().equals("SENT") && !receivedAtKill.containsKey(DispatchHarness.TEXT + e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            assertTrue(markedNotDelivered.isEmpty(), "rows SENT that Telegram never accepted: " + markedNotDelivered);

            Instant restarted = Instant.now();
            DispatchHarness.Serve second = harness.serve(RESTART_CLOCK);
            boolean resumed = DispatchHarness.await(Duration.ofSeconds(60), Duration.ofMillis(20),
                    () -> harness.received() > atKill || !second.process().isAlive());
            Duration firstAfterRestart = Duration.between(restarted, Instant.now());
            java.time.LocalTime firstAt = java.time.LocalTime.now();
            assertTrue(resumed && second.process().isAlive(), () -> "the restarted serve sent nothing:\n" + harness.logs());
            harness.awaitHealth(second);
            Instant healthy = Instant.now();
            java.time.LocalTime schedulerAt = second.schedulerStarted();
            Duration afterScheduler = schedulerAt == null ? null : Duration.between(schedulerAt, firstAt);
            boolean done = DispatchHarness.await(Duration.ofSeconds(180), Duration.ofMillis(500), () -> {
                try {
                    Map<String, Integer> counts = harness.statuses();
                    return counts.getOrDefault("SENT", 0) == N || !second.process().isAlive();
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
            Map<String, Integer> finalCounts = harness.statuses();
            assertTrue(done && finalCounts.getOrDefault("SENT", 0) == N, () -> "after the restart the outbox is " + finalCounts
                    + ", " + harness.received() + " received\n" + harness.logs());
            DispatchHarness.kill(second.process());

            Map<String, Integer> received = harness.receivedByText();
            List<Integer> lost = new java.util.ArrayList<>();
            Map<Integer, Integer> duplicated = new TreeMap<>();
            for (int i = 0; i < N; i++) {
                int times = received.getOrDefault(DispatchHarness.TEXT + i, 0);
                if (times == 0) {
                    lost.add(i);
                } else if (times > 1) {
                    duplicated.put(i, times);
                }
            }
            int duplicates = duplicated.values().stream().mapToInt(t -> t - 1).sum();
            List<RequestRecord> accepted = harness.accepted();
            long refused429 = telegram.requests("sendMessage").stream().filter(r -> r.status() == 429).count();
            long failed500 = telegram.requests("sendMessage").stream().filter(r -> r.status() == 500).count();
            int busiest = DispatchHarness.busiestSecond(accepted);
            Duration closest = DispatchHarness.closestToOneChat(accepted);
            String summary = "DispatchKillIT: " + IN_FLIGHT + " in flight, round trip " + ROUND_TRIP.toMillis() + " ms; killed " + jitter + " ms after 40 %, at " + atKill + " of " + N + " received; at the kill the outbox was "
                    + countsAfterKill + ", in flight (SENDING) " + inFlight + ", accepted by Telegram but not SENT "
                    + deliveredNotMarked + "; after the restart " + finalCounts + "; lost " + lost + ", duplicates "
                    + duplicates + " " + duplicated + "; sendMessage answered 429 x" + refused429 + " (2 injected), 500 x"
                    + failed500 + " (2 injected); busiest second " + busiest + " messages; closest two to one chat "
                    + closest + "; first message " + firstAfterRestart.toMillis() + " ms after the restart (started at " + restarted
                    + ", healthy at " + healthy + "), " + (afterScheduler == null ? "?" : afterScheduler.toMillis()) + " ms after its scheduler started";
            System.out.println(summary);

            assertTrue(lost.isEmpty(), "lost: " + lost + "\n" + summary);
            assertTrue(inFlight.size() <= IN_FLIGHT, "more rows SENDING than sends in flight\n" + summary);
            assertTrue(duplicates <= IN_FLIGHT, "more than the in-flight messages went out twice\n" + summary);
            assertTrue(duplicated.keySet().stream().allMatch(deliveredNotMarked::contains),
                    "only a message Telegram accepted before the kill but not yet marked SENT may go twice\n" + summary);
            assertEquals(deliveredNotMarked.size(), duplicates,
                    "every message accepted but not marked SENT at the kill is sent again (the known window)\n" + summary);
            assertTrue(busiest <= 30, "more than 30 messages in one second\n" + summary);
            // The service's start-up is measured in docs/benchmarks.md; here the dispatcher's part: once the restarted
            // service runs its jobs, it takes over from the killed one (lease, Quartz's recovery) and sends within 30 s.
            // On a quiet machine the whole restart fits too: -Ddispatch.kill.restart-goal-seconds=30 asserts it.
            assertTrue(afterScheduler != null && afterScheduler.compareTo(Duration.ofSeconds(30)) < 0,
                    "the restarted service sends within 30 s of starting its jobs\n" + summary);
            Long goal = Long.getLong("dispatch.kill.restart-goal-seconds");
            assertTrue(goal == null || firstAfterRestart.compareTo(Duration.ofSeconds(goal)) < 0,
                    "the restart sends within " + goal + " s\n" + summary);
            assertTrue(closest == null || closest.compareTo(Duration.ofSeconds(1)) >= 0,
                    "two messages to one chat within a second\n" + summary);
            assertEquals(0, finalCounts.getOrDefault("PENDING", 0) + finalCounts.getOrDefault("SENDING", 0)
                    + finalCounts.getOrDefault("other:PENDING", 0) + finalCounts.getOrDefault("other:SENDING", 0), summary);
        }
    }
}
