package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` stopped with SIGTERM in the middle of sending the outbox, then started again, as an operator (or systemd)
 * restarts it: the first stops cleanly (no stack trace, no trigger left held, nothing duplicated), the second sends a
 * newly queued message within seconds. Both run from a directory with no configuration, so they read the defaults
 * shipped in the jar (holidays included).
 */
class ServeRestartIT {

    static final int N = 90;
    /**
     * As in the shipped application.yml: AUTO_SERVER (the test and the command line open it meanwhile) and the async:
     * file system, because Quartz interrupts its cluster thread at shutdown and an interrupt during a plain file write
     * makes H2 close the whole database under the jobs still finishing.
     */
    static final String SHIPPED_H2_OPTIONS = ";WRITE_DELAY=0";
    static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aServiceStoppedWithSigtermStopsCleanlyAndTheNextStartDispatchesWithinSeconds() throws Exception {
        try (FakeTelegram telegram = DispatchHarness.startTelegram();
             DispatchHarness harness = new DispatchHarness(dir, telegram, "async:", SHIPPED_H2_OPTIONS)) {
            harness.projectConfig = false;
            harness.polling = true;
            telegram.enforceRateLimits(true);
            telegram.rateLimits(30, 1);
            harness.runCommand("plan", "list");   // Flyway creates the schema
            harness.seed(N, Duration.ofMinutes(-1));

            DispatchHarness.Serve first = harness.serve(DispatchHarness.CLOCK);
            assertTrue(DispatchHarness.await(Duration.ofSeconds(120), Duration.ofMillis(10), () -> harness.received() >= 20),
                    () -> "the first service did not start sending:\n" + harness.logs());
            first.process().destroy();   // SIGTERM
            assertTrue(first.process().waitFor(60, TimeUnit.SECONDS), "serve did not stop within 60 s of SIGTERM");
            String firstLog = Files.readString(dir.resolve("serve-2.log"));
            assertFalse(STACK_FRAME.matcher(firstLog).find(), () -> "a stack trace at shutdown:\n" + firstLog);
            assertFalse(firstLog.contains("holiday file"), () -> "the jar's holidays were not found:\n" + firstLog);
            assertEquals(List.of(), heldTriggers(harness), "no trigger is left held by the stopped instance");
            assertEquals(0, harness.statuses().getOrDefault("SENDING", 0), "the message in hand was finished and recorded");
            assertTrue(harness.received() < N, "the stop came in the middle of sending: " + harness.received());

            long queuedAt = queueOneMore(harness);
            DispatchHarness.Serve second = harness.serve("2024-04-09T10:05:00+07:00");
            harness.awaitHealth(second);
            Instant up = Instant.now();
            assertTrue(DispatchHarness.await(Duration.ofSeconds(60), Duration.ofMillis(50),
                    () -> telegram.allSent().stream().anyMatch(m -> m.plainText().equals("Sau khởi động lại"))),
                    () -> "the restarted service did not send the new message:\n" + harness.logs());
            Duration took = Duration.between(up, Instant.now());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "sent " + took.toMillis() + " ms after start (row " + queuedAt + ")");
            assertTrue(DispatchHarness.await(Duration.ofSeconds(60), Duration.ofMillis(100), () -> harness.received() >= N),
                    () -> "not everything went out after the restart: " + harness.received() + "\n" + harness.logs());
            Map<String, Integer> byText = harness.receivedByText();
            assertEquals(N, byText.size());
            assertTrue(byText.values().stream().allMatch(c -> c == 1), () -> "sent twice: " + byText.entrySet().stream()
                    .filter(e -> e.getValue() > 1).toList());

            second.process().destroy();
            assertTrue(second.process().waitFor(60, TimeUnit.SECONDS));
            String secondLog = Files.readString(dir.resolve("serve-3.log"));
            assertFalse(STACK_FRAME.matcher(secondLog).find(), () -> "a stack trace:\n" + secondLog);
        }
    }

    /** Triggers Quartz still counts as firing or acquired, which a new instance would wait out. */
    private static List<String> heldTriggers(DispatchHarness harness) throws Exception {
        try (Connection c = harness.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT trigger_name, 'fired' FROM qrtz_fired_triggers UNION ALL "
                     + "SELECT trigger_name, trigger_state FROM qrtz_triggers WHERE trigger_state IN ('ACQUIRED', 'BLOCKED')")) {
            List<String> held = new java.util.ArrayList<>();
            while (rs.next()) {
                held.add(rs.getString(1) + " " + rs.getString(2));
            }
            return held;
        }
    }

    private static long queueOneMore(DispatchHarness harness) throws Exception {
        Timestamp due = Timestamp.from(OffsetDateTime.parse(DispatchHarness.CLOCK).toInstant());
        try (Connection c = harness.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO outbox_message "
                + "(idempotency_key, commune_id, officer_id, kind, html, status, attempts, not_before, created_at) "
                + "SELECT 'test:after-restart', commune_id, id, 'NOTICE', 'Sau khởi động lại', 'PENDING', 0, ?, ? "
                + "FROM officer WHERE telegram_chat_id = " + DispatchHarness.FIRST_CHAT, Statement.RETURN_GENERATED_KEYS)) {
            s.setTimestamp(1, due);
            s.setTimestamp(2, due);
            assertEquals(1, s.executeUpdate());
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
