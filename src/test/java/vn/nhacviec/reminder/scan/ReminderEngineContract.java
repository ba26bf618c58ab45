package vn.nhacviec.reminder.scan;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;
import vn.nhacviec.reminder.outbox.OutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reminder engine with Quartz (clustered job store) on a real database and the real
 * TelegramBots client against the Bot API stand-in; the clock is Monday 08/04/2024 09:00.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReminderEngineContract {

    static final long TU = 3001;      // Tư pháp – Hộ tịch
    static final long PHONG = 3002;   // office, Văn phòng – Thống kê
    static final long CT = 3003;      // chairman
    static final LocalDate MONDAY = LocalDate.of(2024, 4, 8);

    FakeTelegram telegram;
    TestDatabase database;
    ApplicationContext first;
    final Map<String, Object> properties = new HashMap<>();

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        telegram = FakeTelegram.start();
        database = database();
        properties.putAll(database.properties());
        properties.put("nhacviec.clock", "2024-04-08T09:00:00+07:00");
        properties.put("nhacviec.telegram.token", telegram.token());
        properties.put("nhacviec.telegram.api-url", telegram.url());
        properties.put("nhacviec.telegram.polling", "true");
        properties.put("nhacviec.scheduler.dispatch-every-seconds", "2");
        // The data first, with the scheduler off; then the instance whose start-up catch-up scans it.
        properties.put("nhacviec.scheduler.enabled", "false");
        ApplicationContext setup = startInstance();
        PlanSource source = PlanFile.fromBytes("000.txt", Seeds.bytes(Seeds.SON_KY_2024));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        setup.getBean(PlanStore.class).save(plan, source, "test");
        RosterStore roster = setup.getBean(RosterStore.class);
        link(roster, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), TU);
        link(roster, roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode(), PHONG);
        link(roster, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), CT);
        roster.add("Sơn Kỳ", "Trần Thị Văn", List.of("VH-XH"), Role.OFFICER, "test");   // never links
        setup.close();
        properties.put("nhacviec.scheduler.enabled", "true");
        first = startInstance();
    }

    private ApplicationContext startInstance() {
        return ApplicationContext.run(new HashMap<>(properties), "test");
    }

    private void link(RosterStore roster, String code, long user) {
        telegram.knowChat(user);
        roster.link(code, user, user);
    }

    @AfterAll
    void stop() {
        if (first != null) {
            first.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private List<OutboxMessage> outbox(ApplicationContext context, String... statuses) {
        return context.getBean(OutboxStore.class).withStatus(List.of(statuses));
    }

    private void drainUntilEmpty(ApplicationContext context) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Instant soon = context.getBean(java.time.Clock.class).instant().plusSeconds(30);
            if (outbox(context, "PENDING", "SENDING").stream().noneMatch(m -> m.notBefore().isBefore(soon))) {
                break;
            }
            context.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(5));
            Thread.sleep(200);
        }
    }

    @Test
    void scansQueueOneDigestPerOfficerAndDeliverItExactlyOnceThrough429And500() throws Exception {
        telegram.tooManyRequestsNext("sendMessage", 2, 1);
        telegram.failNext("sendMessage", 2, 500);
        DailyScan scan = first.getBean(DailyScan.class);
        LocalDate day = LocalDate.of(2024, 4, 10);
        List<Long> recipients = scan.decide(day).digests().stream().map(d -> d.recipient().officerId()).toList();
        DailyScan.Result result = scan.run(day);
        assertEquals(recipients.size(), result.digests());
        assertTrue(result.ran());
        assertFalse(scan.run(day).ran(), "a second scan the same day sends nothing new");
        drainUntilEmpty(first);
        List<OutboxMessage> sent = outbox(first, "SENT").stream().filter(m -> day.equals(m.scanDate())).toList();
        assertEquals(result.messages(), sent.size());
        for (long chat : List.of(TU, PHONG, CT)) {
            List<SentMessage> digests = telegram.sentTo(chat).stream()
                    .filter(m -> m.plainText().contains("Việc cần chú ý — thứ Tư 10/04/2024")).toList();
            long distinct = digests.stream().map(SentMessage::plainText).distinct().count();
            assertEquals(distinct, digests.size(), "no digest twice for " + chat);
        }
        RosterStore roster = first.getBean(RosterStore.class);
        for (long chat : List.of(TU, PHONG, CT)) {
            long officer = roster.byTelegramUser(chat).orElseThrow().id();
            boolean got = telegram.sentTo(chat).stream().anyMatch(m -> m.plainText().contains("thứ Tư 10/04/2024"));
            assertEquals(recipients.contains(officer), got, "digest of 10/04 for " + chat);
        }
    }

    @Test
    void theCatchUpScanRanAtStartAndItsDigestsWentOutWithButtons() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!first.getBean(ScanStore.class).ran(MONDAY) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertTrue(first.getBean(ScanStore.class).ran(MONDAY), "the scan of today ran at start (09:00 is past 07:30)");
        drainUntilEmpty(first);
        SentMessage digest = telegram.sentTo(CT).stream().filter(m -> m.plainText().contains("thứ Hai 08/04/2024"))
                .findFirst().orElseThrow(() -> new AssertionError("the chairman got no digest: " + telegram.sentTo(CT)));
        assertTrue(digest.plainText().contains("Quá hạn từ 3 ngày làm việc"), digest.plainText());
        SentMessage office = telegram.sentTo(PHONG).stream().filter(m -> m.plainText().contains("thứ Hai 08/04/2024"))
                .findFirst().orElseThrow();
        assertTrue(office.plainText().contains("Trần Thị Văn"), "the office learns who cannot be reached: " + office.plainText());
    }

    @Test
    void twoInstancesOnOneDatabaseRunAScanOnce() throws Exception {
        Map<String, Object> secondProperties = new HashMap<>(properties);
        secondProperties.put("nhacviec.telegram.polling", "false");   // only one instance may long-poll a token
        ApplicationContext second = ApplicationContext.run(secondProperties, "test");
        try {
            LocalDate day = LocalDate.of(2024, 4, 11);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<DailyScan.Result>> both = List.of(() -> first.getBean(DailyScan.class).run(day),
                    () -> second.getBean(DailyScan.class).run(day));
            List<DailyScan.Result> results = new ArrayList<>();
            for (Future<DailyScan.Result> f : pool.invokeAll(both)) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    // The loser of the race may see the primary key refuse its scan_run row: also "did not run".
                    results.add(new DailyScan.Result(day, false, 0, 0));
                }
            }
            pool.shutdown();
            assertEquals(1, results.stream().filter(DailyScan.Result::ran).count());
            long queued = outbox(first, "PENDING", "SENDING", "SENT").stream().filter(m -> day.equals(m.scanDate())).count();
            assertEquals(results.stream().mapToInt(DailyScan.Result::messages).sum(), queued);
        } finally {
            second.close();
        }
    }

    @Test
    void anExtensionAskedFromADigestAndApprovedReplacesTheDueDate() throws Exception {
        DailyScan scan = first.getBean(DailyScan.class);
        RosterStore roster = first.getBean(RosterStore.class);
        long tu = roster.byTelegramUser(TU).orElseThrow().id();
        LocalDate day = LocalDate.of(2024, 4, 15);
        for (int i = 0; i < 60 && scan.decide(day).digestFor(tu).isEmpty(); i++) {
            day = day.plusDays(1);
        }
        scan.run(day);
        drainUntilEmpty(first);
        LocalDate scanned = day;
        SentMessage digest = telegram.sentTo(TU).stream()
                .filter(m -> m.plainText().contains(vn.nhacviec.bot.text.Messages.date(scanned)))
                .filter(m -> m.buttons().stream().anyMatch(b -> b.text().startsWith("📅")))
                .findFirst().orElseThrow(() -> new AssertionError("no digest with 📅 for " + scanned + ": " + telegram.sentTo(TU)));
        vn.nhacviec.testsupport.telegram.Button ask = digest.buttons().stream().filter(b -> b.text().startsWith("📅"))
                .findFirst().orElseThrow();
        long deadlineId = Long.parseLong(ask.callbackData().substring(2));

        int before = telegram.sentTo(TU).size();
        telegram.userPresses(TU, digest.messageId(), ask.callbackData());
        SentMessage question = telegram.awaitNextMessage(TU, before, Duration.ofSeconds(20));
        assertTrue(question.plainText().contains("đến ngày nào"), question.plainText());

        int chairmanBefore = telegram.sentTo(CT).size();
        telegram.userReplies(TU, question.messageId(), "30/12/2024");
        SentMessage sent = telegram.awaitNextMessage(TU, before + 1, Duration.ofSeconds(20));
        assertTrue(sent.plainText().contains("Đã gửi đề nghị gia hạn"), sent.plainText());
        SentMessage request = telegram.awaitNextMessage(CT, chairmanBefore, Duration.ofSeconds(20));
        assertTrue(request.plainText().contains("30/12/2024"), request.plainText());

        int tuBefore = telegram.sentTo(TU).size();
        telegram.userPresses(CT, request.messageId(), request.button("✔️ Đồng ý").callbackData());
        SentMessage approved = telegram.awaitNextMessage(TU, tuBefore, Duration.ofSeconds(20));
        assertTrue(approved.plainText().contains("đã đồng ý gia hạn"), approved.plainText());
        assertEquals(LocalDate.of(2024, 12, 30),
                first.getBean(vn.nhacviec.agenda.store.AgendaStore.class).item(deadlineId).orElseThrow().due());
    }

    @Test
    void anOfficerWhoLinksGetsAllTheirOpenItemsInTheNextScan() {
        RosterStore roster = first.getBean(RosterStore.class);
        DailyScan scan = first.getBean(DailyScan.class);
        var added = roster.add("Sơn Kỳ", "Hoàng Văn Mới", List.of("TP-HT"), Role.OFFICER, "test");
        long officer = added.officer().id();
        scan.run(LocalDate.of(2024, 6, 3));
        telegram.knowChat(3010);
        roster.link(added.inviteCode(), 3010, 3010);
        var digest = scan.decide(LocalDate.of(2024, 6, 4)).digestFor(officer);
        assertTrue(digest.isPresent(), "the newly linked officer gets a digest the next day");
        assertTrue(digest.get().lines(vn.nhacviec.reminder.SectionKind.OFFICER_DAILY).stream()
                .anyMatch(l -> l.deadlineId() == first.getBean(vn.nhacviec.agenda.store.AgendaStore.class)
                        .openOfTask(first.getBean(vn.nhacviec.directory.store.CommuneStore.class).require("Sơn Kỳ").id(), 5)
                        .get(0).deadlineId()), "including #5, overdue since 20/02");
    }

    @Test
    void aBlockedOfficerIsMarkedUnreachableAndTheOfficeIsTold() throws Exception {
        drainUntilEmpty(first);   // earlier tests' digests must not be the ones that meet the block
        telegram.markBlocked(TU);
        try {
            long tu = first.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id();
            long communeId = first.getBean(vn.nhacviec.directory.store.CommuneStore.class).require("Sơn Kỳ").id();
            first.getBean(OutboxStore.class).enqueue(new NewOutboxMessage("test:blocked", communeId, tu,
                    NewOutboxMessage.NOTICE, null, new Reply("Tin thử"), MessageMemo.none()));
            drainUntilEmpty(first);
            assertTrue(outbox(first, "FAILED").stream().anyMatch(m -> m.idempotencyKey().startsWith("test:blocked")),
                    () -> "outbox: " + outbox(first, "PENDING", "SENDING", "SENT", "FAILED").stream()
                            .filter(m -> m.idempotencyKey().startsWith("test:")).map(m -> m.status() + " " + m.lastError()).toList());
            assertTrue(first.getBean(RosterStore.class).chatOf(first.getBean(RosterStore.class).byTelegramUser(TU).orElseThrow().id())
                    .isEmpty(), "no more sends to a chat that blocked the bot");
            assertTrue(telegram.sentTo(PHONG).stream().anyMatch(m -> m.plainText().contains("đã chặn bot")));
        } finally {
            telegram.unblock(TU);
            // Writing to the bot again (a fresh /start) makes the officer reachable again.
            RosterStore roster = first.getBean(RosterStore.class);
            roster.link(roster.invite("Sơn Kỳ", "Nguyễn Văn Tư", "test").inviteCode(), TU, TU);
        }
    }
}
