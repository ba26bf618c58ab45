package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.RequestRecord;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two `serve` processes of the packaged jar on one database, both scheduling, both dispatching with several sends in
 * flight, against the Bot API stand-in answering every call 80 ms after it arrives and refusing (429) anything over
 * 30 msg/s overall or 1 msg/s per chat. A real day: Sơn Kỳ's 2024 plan imported through the command line, 300
 * officers linked to Telegram, the clock on Monday 08/04/2024 09:00, after the scan time, so each instance's
 * start-up catch-up tries the day's scan. The scan runs once, every digest goes once and in order to its officer,
 * and the limits hold for the bot as a whole: no 429, at most 30 accepted in any second, none two to one chat
 * within a second.
 */
abstract class SeveralInstancesContract {

    static final int OFFICERS = 300;
    static final String MONDAY = "2024-04-08T09:00:00+07:00";
    static final Duration ROUND_TRIP = Duration.ofMillis(Long.getLong("dispatch.instances.rtt-ms", 80));

    @TempDir
    Path dir;

    /** The harness on this suite's database. */
    protected abstract DispatchHarness harness(Path dir, FakeTelegram telegram);

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void twoInstancesScanOnceAndSendEveryDigestOnceWithinTheBotsLimits() throws Exception {
        try (FakeTelegram telegram = DispatchHarness.startTelegram();
             DispatchHarness harness = harness(dir, telegram)) {
            telegram.enforceRateLimits(true);
            telegram.rateLimits(30, 1);
            telegram.roundTrip(ROUND_TRIP);
            Path plan = dir.resolve("ke-hoach-son-ky.txt");
            Files.write(plan, Seeds.bytes(Seeds.SON_KY_2024));
            harness.runCommand("import", plan.toString(), "--commune", "Sơn Kỳ");
            Map<Long, Long> chatByOfficer = seedOfficers(harness, telegram);

            Instant started = Instant.now();
            DispatchHarness.Serve first = harness.serve(MONDAY);
            DispatchHarness.Serve second = harness.serve(MONDAY);
            harness.awaitHealth(first);
            harness.awaitHealth(second);
            boolean scanned = DispatchHarness.await(Duration.ofSeconds(120), Duration.ofMillis(200),
                    () -> query(harness, "SELECT COUNT(*) FROM scan_run") > 0);
            assertTrue(scanned, () -> "no scan ran:\n" + harness.logs());
            boolean done = DispatchHarness.await(Duration.ofSeconds(240), Duration.ofMillis(500), () ->
                    query(harness, "SELECT COUNT(*) FROM outbox_message WHERE status IN ('PENDING', 'SENDING')") == 0
                            || !first.process().isAlive() || !second.process().isAlive());
            Instant firstAccepted = accepted(telegram).isEmpty() ? null : accepted(telegram).get(0).at();
            DispatchHarness.kill(first.process());
            DispatchHarness.kill(second.process());
            assertTrue(done, () -> "the outbox did not empty:\n" + harness.logs());

            long scans = query(harness, "SELECT COUNT(*) FROM scan_run");
            List<long[]> rows = sentRows(harness);   // officer, telegram message id, in outbox order
            List<RequestRecord> accepted = accepted(telegram);
            long refused = telegram.requests("sendMessage").stream().filter(r -> r.status() != 200).count();
            Map<Long, Integer> receivedByChat = new HashMap<>();
            accepted.forEach(r -> receivedByChat.merge(r.chatId(), 1, Integer::sum));
            Map<Long, Integer> rowsByChat = new HashMap<>();
            Map<Long, Long> lastIdByOfficer = new HashMap<>();
            int outOfOrder = 0;
            for (long[] row : rows) {
                rowsByChat.merge(chatByOfficer.get(row[0]), 1, Integer::sum);
                Long before = lastIdByOfficer.put(row[0], row[1]);
                if (before != null && before > row[1]) {
                    outOfOrder++;
                }
            }
            int busiest = DispatchHarness.busiestSecond(accepted);
            Duration closest = DispatchHarness.closestToOneChat(accepted);
            double seconds = accepted.size() < 2 ? 0
                    : Duration.between(accepted.get(0).at(), accepted.get(accepted.size() - 1).at()).toNanos() / 1e9;
            String summary = String.format("SeveralInstances: %d scan(s); %d digests SENT to %d officers, %d accepted by "
                            + "Telegram (%.1f msg/s), %d refused; busiest second %d; closest two to one chat %s; "
                            + "out of order %d; first accepted %s after the start; outbox %s",
                    scans, rows.size(), rowsByChat.size(), accepted.size(), seconds == 0 ? 0 : (accepted.size() - 1) / seconds,
                    refused, busiest, closest, outOfOrder,
                    firstAccepted == null ? "-" : Duration.between(started, firstAccepted), statuses(harness));
            System.out.println(summary);

            assertEquals(1, scans, summary);
            assertTrue(rows.size() >= OFFICERS / 2, "a working day's digests for most officers\n" + summary);
            assertEquals(rowsByChat, receivedByChat, "each digest received once, by its officer\n" + summary);
            assertEquals(0, refused, "no 429\n" + summary);
            assertTrue(busiest <= 30, summary);
            assertTrue(closest == null || closest.compareTo(Duration.ofSeconds(1)) >= 0, summary);
            assertEquals(0, outOfOrder, "an officer's digest parts arrive in order\n" + summary);
        }
    }

    /** OFFICERS officers of the imported commune, each in one of the plan's lead units, linked to chats. */
    private static Map<Long, Long> seedOfficers(DispatchHarness harness, FakeTelegram telegram) throws SQLException {
        Map<Long, Long> chatByOfficer = new HashMap<>();
        Timestamp created = Timestamp.from(OffsetDateTime.parse(MONDAY).toInstant().minus(Duration.ofDays(30)));
        try (Connection c = harness.connect()) {
            c.setAutoCommit(false);
            long commune;
            List<String> units = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM commune")) {
                    rs.next();
                    commune = rs.getLong(1);
                }
                try (ResultSet rs = s.executeQuery("SELECT DISTINCT unit_code FROM task_unit WHERE is_lead = TRUE ORDER BY unit_code")) {
                    while (rs.next()) {
                        units.add(rs.getString(1));
                    }
                }
            }
            assertTrue(!units.isEmpty(), "the plan names lead units");
            try (PreparedStatement officer = c.prepareStatement("INSERT INTO officer (commune_id, name, role, telegram_user_id, "
                    + "telegram_chat_id, active, created_at) VALUES (?,?,'OFFICER',?,?,TRUE,?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement unit = c.prepareStatement("INSERT INTO officer_unit (officer_id, unit_code) VALUES (?,?)")) {
                for (int i = 0; i < OFFICERS; i++) {
                    long chat = DispatchHarness.FIRST_CHAT + i;
                    telegram.knowChat(chat);
                    officer.setLong(1, commune);
                    officer.setString(2, "Cán bộ " + i);
                    officer.setLong(3, chat);
                    officer.setLong(4, chat);
                    officer.setTimestamp(5, created);
                    officer.executeUpdate();
                    long id;
                    try (ResultSet keys = officer.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    unit.setLong(1, id);
                    unit.setString(2, units.get(i % units.size()));
                    unit.executeUpdate();
                    chatByOfficer.put(id, chat);
                }
            }
            c.commit();
        }
        return chatByOfficer;
    }

    private static List<RequestRecord> accepted(FakeTelegram telegram) {
        return telegram.requests("sendMessage").stream().filter(r -> r.status() == 200)
                .sorted(java.util.Comparator.comparing(RequestRecord::at)).toList();
    }

    private static List<long[]> sentRows(DispatchHarness harness) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = harness.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT officer_id, telegram_message_id FROM outbox_message "
                     + "WHERE status = 'SENT' ORDER BY id")) {
            while (rs.next()) {
                rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return rows;
    }

    private static Map<String, Long> statuses(DispatchHarness harness) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = harness.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM outbox_message GROUP BY status")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static long query(DispatchHarness harness, String sql) {
        try (Connection c = harness.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
