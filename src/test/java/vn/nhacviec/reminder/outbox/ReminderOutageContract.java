package vn.nhacviec.reminder.outbox;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.reminder.scan.ScanStore;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Database outages and fail-overs against the reminder engine, on a real database with the real TelegramBots
 * client and the Bot API stand-in. An outage is a table taken away (renamed) and given back: the statements that
 * need it fail as they would with the database gone, the rest of the test keeps its connection.
 * The clock is Monday 08/04/2024 09:00, after the 07:30 scan time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReminderOutageContract {

    static final long TU = 4001;      // Tư pháp – Hộ tịch
    static final LocalDate MONDAY = LocalDate.of(2024, 4, 8);

    FakeTelegram telegram;
    TestDatabase database;
    ApplicationContext service;
    final Map<String, Object> properties = new HashMap<>();

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        telegram = FakeTelegram.start();
        telegram.enforceRateLimits(false);
        database = database();
        properties.putAll(database.properties());
        properties.put("nhacviec.clock", "2024-04-08T09:00:00+07:00");
        properties.put("nhacviec.telegram.token", telegram.token());
        properties.put("nhacviec.telegram.api-url", telegram.url());
        properties.put("nhacviec.telegram.polling", "true");
        properties.put("nhacviec.uploads.expiry-check", "1s");
        // The dispatcher is driven by the tests here; the scheduled instance is started by the test that needs it.
        properties.put("nhacviec.scheduler.enabled", "false");
        service = ApplicationContext.run(new HashMap<>(properties), "test");
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        service.getBean(PlanStore.class).save(plan, source, "test");
        RosterStore roster = service.getBean(RosterStore.class);
        telegram.knowChat(TU);
        roster.link(roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), TU, TU);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (database != null) {
            database.close();
        }
    }

    // ---- the daily scan -----------------------------------------------------------------------------------------

    @Test
    void aScanLostToADatabaseOutageRunsOnceTheDatabaseIsBack() throws Exception {
        sql("ALTER TABLE scan_run RENAME TO scan_run_away");
        Map<String, Object> scheduled = new HashMap<>(properties);
        scheduled.put("nhacviec.scheduler.enabled", "true");
        scheduled.put("nhacviec.scheduler.scan-retry-seconds", "1");
        scheduled.put("nhacviec.telegram.polling", "false");   // one poller per token
        try (ApplicationContext instance = ApplicationContext.run(scheduled, "test")) {
            Thread.sleep(3000);   // the start-up catch-up and two retries meet the outage
            assertEquals(0, count("SELECT COUNT(*) FROM scan_run_away"), "no scan could run during the outage");
            sql("ALTER TABLE scan_run_away RENAME TO scan_run");
            ScanStore records = instance.getBean(ScanStore.class);
            assertTrue(await(Duration.ofSeconds(30), () -> records.ran(MONDAY)),
                    "the scan ran within seconds of the database coming back");
        } finally {
            if (count("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'scan_run_away'") > 0) {
                sql("ALTER TABLE scan_run_away RENAME TO scan_run");
            }
        }
    }

    // ---- sending ----------------------------------------------------------------------------------------------

    @Test
    void aDigestSentDuringADatabaseOutageGoesOutOnceAndItsXongReplyStillWorks() throws Exception {
        DailyScan scan = service.getBean(DailyScan.class);
        long officer = service.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id();
        LocalDate day = LocalDate.of(2024, 4, 10);
        for (int i = 0; i < 60 && scan.decide(day).digestFor(officer).isEmpty(); i++) {
            day = day.plusDays(1);
        }
        assertTrue(scan.decide(day).digestFor(officer).isPresent(), "the officer has a digest on " + day);
        scan.run(day);
        OutboxStore outbox = service.getBean(OutboxStore.class);
        LocalDate scanned = day;
        OutboxMessage digest = outbox.withStatus(List.of("PENDING")).stream()
                .filter(m -> scanned.equals(m.scanDate()) && Long.valueOf(officer).equals(m.officerId())).findFirst().orElseThrow();
        long deadlineId = digest.memo().items().get(1);

        telegram.delayRequests(Duration.ofSeconds(3));   // Telegram is slow: the outage starts while it answers
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> drain = pool.submit(() -> service.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(60)));
            assertTrue(await(Duration.ofSeconds(20), () -> status(outbox, digest.id()).equals("SENDING")), "claimed");
            sql("ALTER TABLE bot_message RENAME TO bot_message_away");
            try {
                assertTrue(await(Duration.ofSeconds(20), () -> !telegram.sentTo(TU).isEmpty()), "Telegram has the digest");
                Thread.sleep(2000);
                assertEquals("SENDING", status(outbox, digest.id()), "its record waits for the database");
            } finally {
                sql("ALTER TABLE bot_message_away RENAME TO bot_message");
                telegram.delayRequests(Duration.ZERO);
            }
            drain.get();
        } finally {
            pool.shutdownNow();
        }
        assertEquals("SENT", status(outbox, digest.id()));
        service.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(5));
        String heading = vn.nhacviec.bot.text.Messages.date(day);
        List<SentMessage> copies = telegram.sentTo(TU).stream()
                .filter(m -> m.plainText().contains("Việc cần chú ý") && m.plainText().contains(heading)).toList();
        assertEquals(1, copies.size(), "sent once: " + copies);

        int before = telegram.sentTo(TU).size();
        telegram.userReplies(TU, copies.get(0).messageId(), "xong 1");
        SentMessage answer = telegram.awaitNextMessage(TU, before, Duration.ofSeconds(20));
        AgendaStore agenda = service.getBean(AgendaStore.class);
        assertEquals(DeadlineStatus.DONE, agenda.item(deadlineId).orElseThrow().status(),
                "\"xong 1\" on the digest marked its item 1 done; the bot said: " + answer.plainText());
    }

    @Test
    void messagesToRemovedOfficersStopAndOldNoticesToUnlinkedOfficersGoStale() throws Exception {
        RosterStore roster = service.getBean(RosterStore.class);
        long commune = service.getBean(CommuneStore.class).require("Sơn Kỳ").id();
        long removed = roster.add("Sơn Kỳ", "Phạm Văn Đi", List.of("TP-HT"), Role.OFFICER, "test").officer().id();
        long unlinked = roster.add("Sơn Kỳ", "Vũ Thị Chưa", List.of("VH-XH"), Role.OFFICER, "test").officer().id();
        OutboxStore outbox = service.getBean(OutboxStore.class);
        outbox.enqueue(notice("test:removed", commune, removed));
        outbox.enqueue(notice("test:unlinked", commune, unlinked));
        roster.remove("Sơn Kỳ", String.valueOf(removed), "test");
        OutboxDispatcher dispatcher = service.getBean(OutboxDispatcher.class);
        dispatcher.drain(Duration.ofSeconds(5));
        assertEquals("FAILED", statusOf(outbox, "test:removed"));
        assertEquals("PENDING", statusOf(outbox, "test:unlinked"), "an unlinked officer may still link this week");

        sql("UPDATE outbox_message SET created_at = TIMESTAMPADD(DAY, -8, created_at), not_before = TIMESTAMPADD(DAY, -8, "
                + "not_before) WHERE idempotency_key = 'test:unlinked'");
        dispatcher.drain(Duration.ofSeconds(5));
        assertEquals("STALE", statusOf(outbox, "test:unlinked"), "after a week it is no longer retried");
    }

    // ---- fencing ----------------------------------------------------------------------------------------------

    @Test
    void aDispatcherThatLostTheLeaseCanNeitherClaimNorChangeWhatTheNewHolderClaimed() throws Exception {
        DispatchLeaseStore leases = service.getBean(DispatchLeaseStore.class);
        OutboxStore outbox = service.getBean(OutboxStore.class);
        long commune = service.getBean(CommuneStore.class).require("Sơn Kỳ").id();
        long officer = service.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id();
        outbox.enqueue(notice("test:fence:1", commune, officer));
        outbox.enqueue(notice("test:fence:2", commune, officer));
        long first = idOf(outbox, "test:fence:1");
        long second = idOf(outbox, "test:fence:2");

        DispatchLeaseStore.Lease a = leases.acquire("instance-a", Duration.ofSeconds(1)).orElseThrow();
        assertTrue(leases.acquire("instance-b", Duration.ofSeconds(30)).isEmpty(), "the lease is held");
        assertTrue(outbox.claim(first, a));
        assertTrue(await(Duration.ofSeconds(10), () -> leases.acquire("instance-b", Duration.ofSeconds(30)).isPresent()),
                "an expired lease passes to the next dispatcher (a stalled instance after a fail-over)");
        DispatchLeaseStore.Lease b = leases.acquire("instance-b", Duration.ofSeconds(30)).orElseThrow();

        assertFalse(leases.renew(a, Duration.ofSeconds(30)), "the old holder learns it lost the lease");
        assertFalse(outbox.claim(second, a), "the old holder claims nothing more");
        assertEquals(1, outbox.recoverInterrupted(b), "the new holder takes back what the old one had in hand");
        assertTrue(outbox.claim(first, b));
        outbox.retryAt(first, a, Instant.now().plusSeconds(3600), "late answer of the old holder");
        outbox.failed(first, a, "late answer of the old holder");
        assertEquals("SENDING", status(outbox, first), "the old holder's late changes are fenced off");
        assertEquals(0, outbox.recoverInterrupted(b), "the holder's own claims are not taken back");
        outbox.retryAt(first, b, Instant.now(), "test");
        leases.release(b);
        assertTrue(leases.acquire("instance-c", Duration.ofSeconds(30)).isPresent(), "a released lease is free at once");
        leases.release(leases.acquire("instance-c", Duration.ofSeconds(30)).orElseThrow());
        sql("UPDATE outbox_message SET status = 'FAILED' WHERE idempotency_key LIKE 'test:fence:%'");
    }

    @Test
    void twoInstancesDrainingAtOnceSendEachMessageOnce() throws Exception {
        Map<String, Object> secondProperties = new HashMap<>(properties);
        secondProperties.put("nhacviec.telegram.polling", "false");
        long commune = service.getBean(CommuneStore.class).require("Sơn Kỳ").id();
        long officer = service.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id();
        OutboxStore outbox = service.getBean(OutboxStore.class);
        for (int i = 0; i < 12; i++) {
            outbox.enqueue(new NewOutboxMessage("test:both:" + i, commune, officer, NewOutboxMessage.NOTICE, null,
                    new Reply("Cả hai " + i), MessageMemo.none()));
        }
        try (ApplicationContext second = ApplicationContext.run(secondProperties, "test")) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> both = pool.invokeAll(List.of(
                        () -> service.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(30)),
                        () -> second.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(30))));
                int sent = both.get(0).get() + both.get(1).get();
                for (int round = 0; round < 5 && sent < 12; round++) {
                    sent += service.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(30));
                }
                assertEquals(12, sent);
                assertTrue(both.get(0).get() == 0 || both.get(1).get() == 0,
                        "one dispatcher sent while the other found the lease held: " + both.get(0).get() + " / "
                                + both.get(1).get());
            } finally {
                pool.shutdownNow();
            }
        }
        Map<String, Long> copies = new HashMap<>();
        telegram.sentTo(TU).stream().filter(m -> m.plainText().startsWith("Cả hai "))
                .forEach(m -> copies.merge(m.plainText(), 1L, Long::sum));
        assertEquals(12, copies.size());
        assertTrue(copies.values().stream().allMatch(c -> c == 1), "each once: " + copies);
    }

    // ---- growth -----------------------------------------------------------------------------------------------

    @Test
    void anUploadNobodyDecidedOnExpiresOnScheduleWithoutAnotherUpload() throws Exception {
        PendingUploadStore uploads = service.getBean(PendingUploadStore.class);
        long commune = service.getBean(CommuneStore.class).require("Sơn Kỳ").id();
        long officer = service.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id();
        Instant now = service.getBean(Clock.class).instant();
        long old = uploads.create(commune, officer, PendingUploadStore.Kind.PLAN, "cu.docx", new byte[4096],
                now.minus(Duration.ofDays(2)));
        long fresh = uploads.create(commune, officer, PendingUploadStore.Kind.PLAN, "moi.docx", new byte[4096], now);
        assertTrue(await(Duration.ofSeconds(20), () -> !uploads.find(old).orElseThrow().isPending()),
                "the old preview expired on the schedule");
        PendingUploadStore.Upload expired = uploads.find(old).orElseThrow();
        assertEquals("EXPIRED", expired.status());
        assertEquals(0, expired.content().length, "its bytes are gone");
        assertTrue(uploads.find(fresh).orElseThrow().isPending(), "a fresh preview waits for its sender");
        assertEquals(4096, uploads.find(fresh).orElseThrow().content().length);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static NewOutboxMessage notice(String key, long commune, long officer) {
        return new NewOutboxMessage(key, commune, officer, NewOutboxMessage.NOTICE, null, new Reply("Tin thử " + key),
                MessageMemo.none());
    }

    private static String status(OutboxStore outbox, long id) {
        return all(outbox).stream().filter(m -> m.id() == id).findFirst().map(OutboxMessage::status).orElse("?");
    }

    private static String statusOf(OutboxStore outbox, String key) {
        return all(outbox).stream().filter(m -> m.idempotencyKey().equals(key)).findFirst().map(OutboxMessage::status)
                .orElse("?");
    }

    private static long idOf(OutboxStore outbox, String key) {
        return all(outbox).stream().filter(m -> m.idempotencyKey().equals(key)).findFirst().orElseThrow().id();
    }

    private static List<OutboxMessage> all(OutboxStore outbox) {
        return outbox.withStatus(List.of("PENDING", "SENDING", "SENT", "FAILED", "STALE"));
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"),
                (String) Optional.ofNullable(properties.get("datasources.default.password")).orElse(""));
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
