package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.ExtensionRequestStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.reminder.ReminderHistory;
import vn.nhacviec.reminder.scan.ScanStore;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one access rule, through the real TelegramBots client and the Bot API stand-in: buttons,
 * replies and codes that reach for another commune's or another unit's deadline, or for someone
 * else's account, are refused and change nothing (H2 and MariaDB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BotAccessContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long TU = 5001;       // Tư pháp – Hộ tịch, Sơn Kỳ
    static final long CT = 5003;       // chairman, Sơn Kỳ
    static final long PCT = 5006;      // vice-chairman, Sơn Kỳ
    static final long HA = 5004;       // Tư pháp – Hộ tịch, Sơn Hạ
    static final long CT_HA = 5005;    // chairman, Sơn Hạ
    static final long VAN = 5007;      // Văn hóa – Xã hội, Sơn Kỳ

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;
    RosterStore roster;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00", Map.of());
        telegram = bot.telegram();
        telegram.enforceRateLimits(false);
        context = bot.context();
        importPlan(Seeds.SON_KY_2024);
        importPlan(Seeds.SON_HA_2025);
        roster = context.getBean(RosterStore.class);
        bot.link(TU, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(CT, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
        bot.link(PCT, roster.add("Sơn Kỳ", "Lê Thị Phó", List.of(), Role.VICE_CHAIRMAN, "test").inviteCode(), WAIT);
        bot.link(HA, roster.add("Sơn Hạ", "Phạm Văn Hạ", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(CT_HA, roster.add("Sơn Hạ", "Trần Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
        bot.link(VAN, roster.add("Sơn Kỳ", "Hà Thị Văn", List.of("VH-XH"), Role.OFFICER, "test").inviteCode(), WAIT);
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private void importPlan(String seed) {
        PlanSource source = PlanFile.fromBytes(seed, Seeds.bytes(seed));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        context.getBean(PlanStore.class).save(plan, source, "test");
    }

    // ---- ⏰ and 📅 on deadlines that are not the presser's ------------------------------------------------------

    @Test
    void snoozeOnAnotherCommunesDeadlineIsRefusedAndStoresNothing() {
        AgendaItem theirs = openItem("Sơn Kỳ", "TP-HT");
        var before = snoozesOf(theirs);
        String answer = pressCrafted(HA, "s:" + theirs.deadlineId());
        assertTrue(answer.contains("xã khác"), answer);
        assertFalse(answer.contains("#" + theirs.taskCode()), "nothing about the item is revealed: " + answer);
        assertEquals(before, snoozesOf(theirs), "no snooze stored");
    }

    @Test
    void snoozeOnAnotherUnitsDeadlineIsRefusedAndStoresNothing() {
        AgendaItem otherUnit = openItem("Sơn Kỳ", "VP-TK");
        var before = snoozesOf(otherUnit);
        String answer = pressCrafted(TU, "s:" + otherUnit.deadlineId());
        assertTrue(answer.contains("Văn phòng – Thống kê"), answer);
        assertEquals(before, snoozesOf(otherUnit), "no snooze stored");
    }

    @Test
    void aSnoozeIsThePressersOwnOnly() {
        AgendaItem mine = openItemOfTask("Sơn Kỳ", "TP-HT", 3);
        long tu = officerId(TU);
        int before = telegram.answeredCallbacks().size();
        telegram.userPressesCrafted(TU, telegram.sentTo(TU).get(0).messageId(), "s:" + mine.deadlineId());
        awaitCallbacks(before + 1);
        assertTrue(telegram.answeredCallbacks().get(before).text().contains("Sẽ nhắc lại"),
                telegram.answeredCallbacks().get(before).toString());
        assertEquals(Map.of(new ReminderHistory.Snooze(mine.deadlineId(), tu), LocalDate.of(2024, 4, 9)), snoozesOf(mine),
                "stored for the officer who pressed, nobody else");
    }

    @Test
    void extensionButtonOnAnotherCommunesDeadlineRevealsNothing() {
        AgendaItem theirs = openItem("Sơn Kỳ", "TP-HT");
        String answer = pressCrafted(HA, "x:" + theirs.deadlineId());
        assertTrue(answer.contains("xã khác"), answer);
        assertFalse(answer.contains("#" + theirs.taskCode()) || answer.contains("Tư pháp"), answer);
    }

    @Test
    void extensionButtonOnAnotherUnitsDeadlineIsRefused() {
        AgendaItem otherUnit = openItem("Sơn Kỳ", "VP-TK");
        String answer = pressCrafted(TU, "x:" + otherUnit.deadlineId());
        assertTrue(answer.contains("Văn phòng – Thống kê"), answer);
        assertFalse(answer.contains("ngày nào"), "no date is asked: " + answer);
    }

    // ---- extensions ----------------------------------------------------------------------------------------------

    @Test
    void anExtensionCannotBeApprovedAcrossCommunes() {
        AgendaItem hasItem = openItem("Sơn Hạ", "TP-HT");
        SentMessage request = askExtension(HA, CT_HA, hasItem, "30/12/2025");
        String approve = approveData(request);
        String answer = pressCrafted(CT, approve);
        assertTrue(answer.contains("xã khác"), answer);
        assertEquals(hasItem.due(), item(hasItem.deadlineId()).due(), "the due date is unchanged");
        assertTrue(requests().find(requestId(approve)).orElseThrow().isPending(), "the request still waits");
    }

    @Test
    void aReplyIsRecheckedWhenTheAccountNowBelongsToAnotherCommune() {
        // the review's repro: asked as a Sơn Kỳ officer, answered after the account was linked to Sơn Hạ
        long moved = 5020;
        bot.link(moved, roster.add("Sơn Kỳ", "Vũ Văn Chuyển", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        AgendaItem sonKy = openItem("Sơn Kỳ", "TP-HT");
        SentMessage question = pressAndAwait(moved, "x:" + sonKy.deadlineId());
        assertTrue(question.plainText().contains("ngày nào"), question.plainText());
        bot.link(moved, roster.add("Sơn Hạ", "Vũ Văn Chuyển", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        int leaders = telegram.sentTo(CT_HA).size() + telegram.sentTo(CT).size();
        String answer = reply(moved, question, "30/12/2024");
        assertFalse(answer.contains("Đã gửi đề nghị"), answer);
        assertEquals(leaders, telegram.sentTo(CT_HA).size() + telegram.sentTo(CT).size(), "no leader is asked");
        assertEquals(sonKy.due(), item(sonKy.deadlineId()).due());
    }

    @Test
    void aViceChairmanDoesNotApproveTheirOwnRequestButTheChairmanMay() {
        AgendaItem item = openItem("Sơn Kỳ", "VH-XH");
        int pctBefore = telegram.sentTo(PCT).size();
        SentMessage request = askExtension(PCT, CT, item, "30/12/2024");
        assertTrue(telegram.sentTo(PCT).subList(pctBefore, telegram.sentTo(PCT).size()).stream()
                .allMatch(m -> m.buttons().isEmpty()), "the asker gets no approve button");
        String approve = approveData(request);
        String own = pressCrafted(PCT, approve);
        assertTrue(own.contains("chính mình"), own);
        assertEquals(item.due(), item(item.deadlineId()).due());

        int before = telegram.sentTo(CT).size();
        telegram.userPresses(CT, request.messageId(), approve);
        String approved = telegram.awaitNextMessage(CT, before, WAIT).plainText();
        assertTrue(approved.contains("30/12/2024"), approved);
        assertEquals(LocalDate.of(2024, 12, 30), item(item.deadlineId()).due());
    }

    @Test
    void repeatedRepliesFileOneRequest() {
        AgendaItem item = openItemOfTask("Sơn Kỳ", "TP-HT", 1);
        SentMessage question = pressAndAwait(TU, "x:" + item.deadlineId());
        int leaders = telegram.sentTo(CT).size();
        assertTrue(reply(TU, question, "30/11/2024").contains("Đã gửi đề nghị"));
        telegram.awaitNextMessage(CT, leaders, WAIT);
        String second = reply(TU, question, "15/12/2024");
        assertTrue(second.contains("đang chờ"), second);
        pause();
        assertEquals(leaders + 1, telegram.sentTo(CT).size(), "the chairman is asked once");
    }

    @Test
    void anExtensionOfADeadlineDoneMeanwhileIsNotApproved() {
        AgendaItem item = openItemOfTask("Sơn Kỳ", "TP-HT", 2);
        SentMessage request = askExtension(TU, CT, item, "30/10/2024");
        String done = pressCrafted(TU, "d:" + item.deadlineId());
        assertTrue(done.contains("#" + item.taskCode()), done);
        assertEquals(DeadlineStatus.DONE, item(item.deadlineId()).status());
        int before = telegram.sentTo(CT).size();
        telegram.userPresses(CT, request.messageId(), approveData(request));
        String answer = telegram.awaitNextMessage(CT, before, WAIT).plainText();
        assertTrue(answer.contains("không còn mở"), answer);
        assertEquals(item.due(), item(item.deadlineId()).due());
    }

    // ---- linking -------------------------------------------------------------------------------------------------

    @Test
    void startInAGroupIsRefusedInVietnameseAndLinksNothing() {
        long group = -100777;
        String code = roster.add("Sơn Kỳ", "Đỗ Văn Nhóm", List.of("CA"), Role.OFFICER, "test").inviteCode();
        int before = telegram.sentTo(group).size();
        telegram.userSendsInGroup(5030, group, "/start " + code);
        String answer = telegram.awaitNextMessage(group, before, WAIT).plainText();
        assertTrue(answer.contains("tin nhắn riêng"), answer);
        assertTrue(roster.byTelegramUser(5030).isEmpty(), "nothing linked");
        bot.link(5030, code, WAIT);
        assertTrue(roster.byTelegramUser(5030).isPresent(), "the code still works in the private chat");
        assertEquals(5030L, roster.byTelegramUser(5030).orElseThrow().chatId());
    }

    @Test
    void aSpareInviteCodeIsDeadOnceTheOfficerLinked() {
        var added = roster.add("Sơn Kỳ", "Bùi Văn Dự", List.of("QS"), Role.OFFICER, "test");
        String spare = roster.invite("Sơn Kỳ", "Bùi Văn Dự", "test").inviteCode();
        bot.link(5040, added.inviteCode(), WAIT);
        String answer = say(5041, "/start " + spare);
        assertFalse(answer.contains("Xin chào"), answer);
        assertEquals(added.officer().id(), roster.byTelegramUser(5040).orElseThrow().id(), "still linked to its account");
        assertTrue(roster.byTelegramUser(5041).isEmpty());
    }

    @Test
    void aNewCodeMovesTheLinkAndTellsTheOldAccount() {
        var added = roster.add("Sơn Kỳ", "Ngô Văn Đổi", List.of("QS"), Role.OFFICER, "test");
        bot.link(5050, added.inviteCode(), WAIT);
        String fresh = roster.invite("Sơn Kỳ", "Ngô Văn Đổi", "test").inviteCode();
        int before = telegram.sentTo(5050).size();
        bot.link(5051, fresh, WAIT);
        String notice = telegram.awaitNextMessage(5050, before, WAIT).plainText();
        assertTrue(notice.contains("không còn liên kết") && notice.contains("Ngô Văn Đổi"), notice);
        assertEquals(added.officer().id(), roster.byTelegramUser(5051).orElseThrow().id());
        assertTrue(roster.byTelegramUser(5050).isEmpty());
    }

    @Test
    void aLeaderAddedOnTheCommandLineIsAnnouncedToTheChairman() {
        roster.add("Sơn Kỳ", "Lý Văn Mới", List.of(), Role.VICE_CHAIRMAN, "cli:operator");
        long chairman = officerId(CT);
        List<String> notices = context.getBean(vn.nhacviec.reminder.outbox.OutboxStore.class)
                .withStatus(List.of("PENDING", "SENDING", "SENT")).stream()
                .filter(m -> Long.valueOf(chairman).equals(m.officerId()))
                .map(m -> m.reply().html()).filter(h -> h.contains("Lý Văn Mới")).toList();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("Phó Chủ tịch"), notices.get(0));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    /** The officer presses 📅 on the item and answers with a date; returns the leader's request message. */
    private SentMessage askExtension(long asker, long leader, AgendaItem item, String date) {
        SentMessage question = pressAndAwait(asker, "x:" + item.deadlineId());
        assertTrue(question.plainText().contains("ngày nào"), question.plainText());
        int before = telegram.sentTo(leader).size();
        String sent = reply(asker, question, date);
        assertTrue(sent.contains("Đã gửi đề nghị"), sent);
        return telegram.awaitNextMessage(leader, before, WAIT);
    }

    private SentMessage pressAndAwait(long user, String data) {
        int before = telegram.sentTo(user).size();
        telegram.userPressesCrafted(user, telegram.sentTo(user).get(0).messageId(), data);
        return telegram.awaitNextMessage(user, before, WAIT);
    }

    private String pressCrafted(long user, String data) {
        return pressAndAwait(user, data).plainText();
    }

    private String say(long user, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userSends(user, text);
        return telegram.awaitNextMessage(user, before, WAIT).plainText();
    }

    private String reply(long user, SentMessage to, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userReplies(user, to.messageId(), text);
        return telegram.awaitNextMessage(user, before, WAIT).plainText();
    }

    private void awaitCallbacks(int count) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (telegram.answeredCallbacks().size() < count && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertTrue(telegram.answeredCallbacks().size() >= count, "the press was answered");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<ReminderHistory.Snooze, LocalDate> snoozesOf(AgendaItem item) {
        Map<ReminderHistory.Snooze, LocalDate> result = new java.util.HashMap<>();
        context.getBean(ScanStore.class).snoozes().forEach((key, until) -> {
            if (key.deadlineId() == item.deadlineId()) {
                result.put(key, until);
            }
        });
        return result;
    }

    private long officerId(long telegramUser) {
        return roster.byTelegramUser(telegramUser).orElseThrow().id();
    }

    private ExtensionRequestStore requests() {
        return context.getBean(ExtensionRequestStore.class);
    }

    /** The approve button's data on a leader's request message. */
    private static String approveData(SentMessage request) {
        return request.buttons().stream().map(b -> b.callbackData()).filter(d -> d != null && d.startsWith("a:"))
                .findFirst().orElseThrow(() -> new AssertionError("no approve button: " + request));
    }

    private static long requestId(String callbackData) {
        return Long.parseLong(callbackData.substring(callbackData.indexOf(':') + 1));
    }

    private AgendaItem item(long deadlineId) {
        return context.getBean(AgendaStore.class).item(deadlineId).orElseThrow();
    }

    private AgendaItem openItem(String commune, String unit) {
        return openItemOfTask(commune, unit, 0);
    }

    /** The {@code nth} open dated deadline led by {@code unit} (tests that change one take their own). */
    private AgendaItem openItemOfTask(String commune, String unit, int nth) {
        long communeId = context.getBean(CommuneStore.class).require(commune).id();
        return context.getBean(AgendaStore.class).open(communeId).stream()
                .filter(i -> i.due() != null && i.leadUnits().equals(List.of(unit)))
                .skip(nth).findFirst().orElseThrow();
    }
}
