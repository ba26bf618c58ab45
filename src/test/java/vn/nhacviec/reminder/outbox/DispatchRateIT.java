package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.RequestRecord;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 1,000 queued messages to 1,000 chats through the packaged jar, the stand-in answering each call a round trip
 * after it arrives ({@code -Ddispatch.rate.rtt-ms}, 80 by default: a server in Vietnam to Telegram): the dispatcher keeps to Telegram's limits on its
 * own (the fake answers 429 to anything over 30/s overall or 1/s per chat, and none is answered) and uses a good
 * part of the overall limit. The rate is measured on the fake's log, from the first to the last accepted message.
 * The speed goal (95 %) is a benchmark, asserted only when asked for ({@code -Ddispatch.rate.goal=0.95}, see
 * docs/benchmarks.md "Outbox dispatch rate"); in the ordinary build a busy machine must not fail it, so the floor
 * there is two thirds of the limit, which still catches a pacer that waits too long.
 */
class DispatchRateIT {

    static final int N = 1000;
    static final double LIMIT = 30;
    static final double GOAL = Double.parseDouble(System.getProperty("dispatch.rate.goal", "0.67"));
    static final Duration ROUND_TRIP = Duration.ofMillis(Long.getLong("dispatch.rate.rtt-ms", 80));
    /** Sends in flight; unset: the service's default. */
    static final Integer IN_FLIGHT = Integer.getInteger("dispatch.rate.in-flight");
    static final Duration DUE_AFTER_START = Duration.ofSeconds(Long.getLong("dispatch.rate.due-after-seconds", 20));

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aThousandQueuedMessagesGoOutOnceEachAtNinetyFivePercentOfTelegramsLimit() throws Exception {
        try (FakeTelegram telegram = DispatchHarness.startTelegram();
             DispatchHarness harness = new DispatchHarness(dir, telegram, System.getProperty("dispatch.rate.h2", ""))) {
            telegram.enforceRateLimits(true);
            telegram.rateLimits(30, 1);
            Duration roundTrip = DispatchHarness.fakeRoundTrip(telegram);
            // Nagle's algorithm on the JDK HttpServer adds about 40 ms to each answer (another test started one before
            // sun.net.httpserver.nodelay was set): that would be the fake's latency on top of the round trip asked for.
            assertTrue(roundTrip.toMillis() < 35, "the fake itself answers in " + roundTrip.toMillis() + " ms: run this "
                    + "test alone (-Dit.test=DispatchRateIT) or set sun.net.httpserver.nodelay before any HttpServer starts");
            telegram.roundTrip(ROUND_TRIP);
            harness.inFlight = IN_FLIGHT;
            harness.runCommand("plan", "list");   // Flyway creates the schema
            // As in a service that has been running when the daily scan queues its digests: the 1,000 are due 20 s
            // after the service's clock starts, when start-up and its catch-up scan are over (they compete for the
            // two cores: with everything due at once the second message came 0.9 s after the first), and one
            // warm-up message to another chat goes first (a fresh JVM's first send takes about 0.5 s).
            harness.seed(N, DUE_AFTER_START);
            harness.seedWarmUp();

            DispatchHarness.Serve serve = harness.serve(DispatchHarness.CLOCK);
            boolean all = DispatchHarness.await(Duration.ofSeconds(180), Duration.ofMillis(100),
                    () -> harness.received() >= N || !serve.process().isAlive());
            assertTrue(all, () -> "only " + harness.received() + " of " + N + " received\n" + harness.logs());
            harness.awaitHealth(serve);
            boolean marked = DispatchHarness.await(Duration.ofSeconds(30), Duration.ofMillis(200), () -> {
                try {
                    return harness.statuses().getOrDefault("SENT", 0) == N;
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
            Map<String, Integer> counts = harness.statuses();
            DispatchHarness.kill(serve.process());

            List<RequestRecord> accepted = harness.accepted();
            List<RequestRecord> refused = telegram.requests("sendMessage").stream().filter(r -> r.status() != 200).toList();
            Map<String, Integer> received = harness.receivedByText();
            long once = received.values().stream().filter(t -> t == 1).count();
            double seconds = Duration.between(accepted.get(0).at(), accepted.get(accepted.size() - 1).at()).toNanos() / 1e9;
            double rate = (accepted.size() - 1) / seconds;
            String summary = String.format("DispatchRateIT: round trip " + ROUND_TRIP.toMillis() + " ms, in flight "
                            + (IN_FLIGHT == null ? DispatchSettings.DEFAULT_IN_FLIGHT : IN_FLIGHT) + ": %d accepted in %.2f s = %.2f msg/s (%.1f %% of %d/s); "
                            + "%d texts received exactly once; refused %d %s; busiest second %d; outbox %s; fake round trip %.1f ms",
                    accepted.size(), seconds, rate, 100 * rate / LIMIT, (int) LIMIT, once, refused.size(),
                    refused.stream().limit(5).map(r -> r.status() + " " + r.description()).toList(),
                    DispatchHarness.busiestSecond(accepted), counts, roundTrip.toNanos() / 1e6);
            System.out.println(summary);
            System.out.println("DispatchRateIT first accepted at " + accepted.get(0).at() + ", then "
                    + accepted.stream().skip(1).limit(3).map(r -> r.at().toString()).toList());
            System.out.println("DispatchRateIT gaps (ms) between accepted messages, by second: " + gapsBySecond(accepted));

            assertTrue(marked, "every row SENT\n" + summary);
            assertEquals(N, received.size(), "every text delivered\n" + summary);
            assertEquals(N, once, "every text delivered exactly once\n" + summary);
            assertTrue(refused.isEmpty(), "the dispatcher paces itself: no 429\n" + summary);
            assertTrue(rate >= GOAL * LIMIT, "at least " + Math.round(GOAL * 100) + " % of 30 msg/s\n" + summary);
        }
    }

    /** Messages accepted in each second from the first, to see where the time goes. */
    private static String gapsBySecond(List<RequestRecord> accepted) {
        StringBuilder text = new StringBuilder();
        var start = accepted.get(0).at();
        int second = 0;
        int count = 0;
        long maxGap = 0;
        for (int i = 0; i < accepted.size(); i++) {
            long at = Duration.between(start, accepted.get(i).at()).toMillis();
            while (at >= (second + 1) * 1000L) {
                text.append(second).append(':').append(count).append("(max gap ").append(maxGap).append(") ");
                second++;
                count = 0;
                maxGap = 0;
            }
            count++;
            if (i > 0) {
                maxGap = Math.max(maxGap, Duration.between(accepted.get(i - 1).at(), accepted.get(i).at()).toMillis());
            }
        }
        return text.append(second).append(':').append(count).toString();
    }
}
