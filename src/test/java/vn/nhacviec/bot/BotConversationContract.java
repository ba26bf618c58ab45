package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.deadline.Milestone;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.InviteCodes;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.InviteRecord;
import vn.nhacviec.directory.store.InviteRepository;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.LiveBot;
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
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bot end to end: the real TelegramBots client long-polls a local Bot API stand-in, on a
 * real database, with the clock inside the seed plan's year (08/04/2024, 09:00).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BotConversationContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long TU = 1001;        // Tư pháp – Hộ tịch officer of Sơn Kỳ
    static final long PHONG = 1002;     // Văn phòng – Thống kê, office role
    static final long CHU_TICH = 1003;  // chairman of Sơn Kỳ
    static final long SON_HA = 1004;    // an officer of another commune
    static final long STRANGER = 1999;  // never linked
    static final long CT_BUSY = 1005;   // chairman of a commune with 60 overdue items

    static final int FLOOD_LIMIT = 60;

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;
    final Map<String, String> invites = new HashMap<>();

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00",
                Map.of("nhacviec.telegram.messages-per-minute", FLOOD_LIMIT));
        telegram = bot.telegram();
        context = bot.context();
        importPlan(Seeds.SON_KY_2024, null);
        importPlan(Seeds.SON_HA_2025, null);
        importPlan(overduePlan(), "Quá Hạn");
        RosterStore roster = context.getBean(RosterStore.class);
        invites.put("tu", roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode());
        invites.put("phong", roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode());
        invites.put("ct", roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode());
        invites.put("sonha", roster.add("Sơn Hạ", "Phạm Văn Hạ", List.of("TP-HT"), Role.OFFICER, "test").inviteCode());
        invites.put("busy", roster.add("Quá Hạn", "Trần Văn Bận", List.of(), Role.CHAIRMAN, "test").inviteCode());
        link(TU, "tu");
        link(PHONG, "phong");
        link(CHU_TICH, "ct");
        link(SON_HA, "sonha");
        link(CT_BUSY, "busy");
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    private void importPlan(String seed, String commune) {
        PlanSource source = PlanFile.fromBytes(seed, Seeds.bytes(seed));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        context.getBean(PlanStore.class).save(commune == null ? plan : plan.inCommune(commune), source, "test");
    }

    private void importPlan(Plan plan, String commune) {
        PlanSource source = new PlanSource("generated.txt", "generated", "f".repeat(64));
        context.getBean(PlanStore.class).save(plan.inCommune(commune), source, "test");
    }

    /** 60 tasks all overdue on 08/04/2024, with texts full of HTML-special characters. */
    private static Plan overduePlan() {
        List<Task> tasks = IntStream.rangeClosed(1, 60).mapToObj(n -> new Task("I", String.format("%02d", n),
                "Việc số " + n + " <khẩn> & \"quan trọng\": rà soát, thống kê, báo cáo kết quả thực hiện nhiệm vụ "
                        + "cải cách hành chính của UBND xã theo kế hoạch đã ban hành",
                "Báo cáo", List.of(n % 2 == 0 ? "VP-TK" : "TP-HT"), List.of("ALL"), "Tháng 1/2024", "",
                List.of(new Milestone(MilestoneKind.ONCE, "Tháng 1/2024", List.of(LocalDate.of(2024, 1, 31)))), List.of()))
                .toList();
        return new Plan("Quá Hạn", 2024, "Kế hoạch thử quá hạn", "99/KH-UBND", ReportingCalendar.none(), tasks, List.of(), true);
    }

    private void link(long user, String who) {
        bot.link(user, invites.get(who), WAIT);
    }

    /** Sends text as the user and returns the bot's answers (waits for {@code count} of them). */
    private List<SentMessage> say(long user, String text, int count) {
        int before = telegram.sentTo(user).size();
        telegram.userSends(user, text);
        return awaitAnswers(user, before, count);
    }

    private SentMessage say(long user, String text) {
        return say(user, text, 1).get(0);
    }

    private SentMessage reply(long user, SentMessage to, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userReplies(user, to.messageId(), text);
        return awaitAnswers(user, before, 1).get(0);
    }

    private List<SentMessage> awaitAnswers(long user, int before, int count) {
        List<SentMessage> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(telegram.awaitNextMessage(user, before + i, WAIT));
        }
        return answers;
    }

    private AgendaItem item(int taskCode, String commune) {
        long communeId = context.getBean(CommuneStore.class).require(commune).id();
        return context.getBean(AgendaStore.class).all(communeId).stream().filter(i -> i.taskCode() == taskCode)
                .filter(i -> i.due() != null).findFirst().orElseThrow();
    }

    @Test
    void theCommandMenuIsRegisteredInVietnamese() {
        assertTrue(telegram.commands().containsAll(List.of("viec", "sapden", "quahan", "tiendo", "huongdan", "help")),
                telegram.commands().toString());
    }

    @Test
    void invitesGetATelegramDeepLinkOnceTheBotsNameIsKnown() {
        assertEquals("https://t.me/" + telegram.botUsername() + "?start=ABCDEFGH23",
                context.getBean(vn.nhacviec.bot.store.BotIdentityStore.class).deepLink("ABCDEFGH23").orElseThrow());
    }

    @Test
    void linkingGreetsTheOfficerByNameCommuneAndUnit() {
        SentMessage welcome = telegram.sentTo(TU).get(0);
        assertTrue(welcome.plainText().contains("Nguyễn Văn Tư"), welcome.plainText());
        assertTrue(welcome.plainText().contains("Tư pháp – Hộ tịch"), welcome.plainText());
        assertTrue(welcome.plainText().contains("Sơn Kỳ"), welcome.plainText());
    }

    @Test
    void aWrongReusedOrExpiredCodeLinksNothing() {
        assertTrue(say(2004, "/start").plainText().contains("chưa được liên kết"), "Telegram's Start button, no code");
        assertTrue(say(2001, "/start NOTACODE23").plainText().contains("mã"));
        String used = say(2002, "/start " + invites.get("tu")).plainText();
        assertTrue(used.contains("đã được dùng") || used.contains("đã dùng"), used);
        NewOfficerFixture.expiredInvite(context, "Sơn Kỳ", "Lê Văn Phòng", "OLDCODE234");
        String expired = say(2003, "/start OLDCODE234").plainText();
        assertTrue(expired.contains("hết hạn"), expired);
        assertTrue(context.getBean(RosterStore.class).byTelegramUser(2002).isEmpty());
        assertTrue(context.getBean(RosterStore.class).byTelegramUser(2003).isEmpty());
    }

    @Test
    void anUnlinkedAccountIsToldHowToLinkAndChangesNothing() {
        String answer = say(STRANGER, "xong #4").plainText();
        assertTrue(answer.contains("chưa được liên kết"), answer);
        assertEquals(DeadlineStatus.OPEN, item(4, "Sơn Kỳ").status());
    }

    @Test
    void myWorkListsTheOfficersDeadlinesSoonestFirstWithOverdueMarked() {
        for (String command : List.of("/viec", "viec", "Việc", "VIEC")) {
            SentMessage list = say(TU, command);
            assertTrue(list.plainText().contains("#5 · I.05"), command + ": " + list.plainText());
            assertTrue(list.plainText().contains("20/02/2024"), list.plainText());
            assertTrue(list.plainText().contains("quá 48 ngày"), list.plainText());
            assertTrue(list.plainText().indexOf("#5 · I.05") < list.plainText().indexOf("#4 · I.04"), "soonest first");
            assertFalse(list.plainText().contains("II.08"), "another unit's task");
            assertFalse(list.buttons().isEmpty());
        }
    }

    @Test
    void everyCommandAnswersWithOrWithoutDiacriticsAndSlash() {
        for (String command : List.of("/sapden", "sắp đến hạn", "sap den han", "/quahan", "quá hạn", "QUA HAN",
                "/tiendo", "tiến độ", "tien do", "/huongdan", "/help", "hướng dẫn")) {
            SentMessage answer = say(TU, command);
            assertFalse(answer.plainText().isBlank(), command);
        }
        assertTrue(say(TU, "qua han").plainText().contains("#5 · I.05"));
        assertTrue(say(CHU_TICH, "tien do").plainText().contains("%"));
    }

    @Test
    void theChairmanSeesEveryOverdueDeadlineOfTheCommuneGroupedByUnit() {
        List<SentMessage> parts = say(CHU_TICH, "/quahan", 1);
        String text = parts.get(0).plainText();
        assertTrue(text.contains("Tư pháp – Hộ tịch"), text);
        assertTrue(text.contains("Văn phòng – Thống kê"), text);
        assertTrue(text.contains("Nguyễn Văn Tư"), text);
        assertTrue(text.contains("#5 · I.05"), text);
    }

    @Test
    void sixtyOverdueItemsAreOneMessagePagedInPlaceWithEveryItemOnce() throws InterruptedException {
        int before = telegram.sentTo(CT_BUSY).size();
        telegram.userSends(CT_BUSY, "/quahan");
        SentMessage first = telegram.awaitNextMessage(CT_BUSY, before, WAIT);
        Thread.sleep(1500);
        assertEquals(before + 1, telegram.sentTo(CT_BUSY).size(), "one message, however long the list");
        assertTrue(first.plainText().startsWith("⛔"));
        List<String> pages = new ArrayList<>(List.of(first.plainText()));
        List<vn.nhacviec.testsupport.telegram.Button> buttons = first.buttons();
        while (buttons.stream().anyMatch(b -> b.text().equals("Xem tiếp ▶"))) {
            int edits = telegram.edits().size();
            telegram.userPresses(CT_BUSY, first.messageId(), buttons.stream().filter(b -> b.text().equals("Xem tiếp ▶"))
                    .findFirst().orElseThrow().callbackData());
            java.time.Instant until = java.time.Instant.now().plus(WAIT);
            while (telegram.edits().size() == edits && java.time.Instant.now().isBefore(until)) {
                Thread.onSpinWait();
            }
            var edit = telegram.edits().get(edits);
            assertEquals(first.messageId(), edit.messageId(), "the same message, edited");
            pages.add(edit.plainText());
            buttons = edit.keyboard().stream().flatMap(List::stream).toList();
            assertTrue(pages.size() < 20, "the pages end");
        }
        assertTrue(pages.size() >= 2, "60 long items need more than one page; got " + pages.size());
        assertEquals(before + 1, telegram.sentTo(CT_BUSY).size(), "paging sent no new message");
        String all = String.join("\n", pages);
        for (int n = 1; n <= 60; n++) {
            assertEquals(1, count(all, "Việc số " + n + " <khẩn> & \"quan trọng\""), "item " + n);
        }
        pages.forEach(p -> assertTrue(p.length() <= 4096));
    }

    @Test
    void xongAsAReplyToAListWithANumberMarksThatItem() {
        SentMessage list = say(TU, "/viec");
        SentMessage confirmation = reply(TU, list, "xong 1, đã gửi báo cáo số 15/BC-UBND");
        assertTrue(confirmation.plainText().contains("#5 · I.05"), confirmation.plainText());
        AgendaItem done = item(5, "Sơn Kỳ");
        assertEquals(DeadlineStatus.DONE, done.status());
        assertEquals("đã gửi báo cáo số 15/BC-UBND", done.note());

        SentMessage undone = reply(TU, confirmation, "hoan tac");
        assertFalse(undone.plainText().isBlank());
        assertEquals(DeadlineStatus.OPEN, item(5, "Sơn Kỳ").status());
    }

    @Test
    void xongWithATaskCodeWorksAnywhereAndItsButtonToo() {
        SentMessage confirmation = say(TU, "Đã xong #4");
        assertTrue(confirmation.plainText().contains("#4 · I.04"), confirmation.plainText());
        assertEquals(DeadlineStatus.DONE, item(4, "Sơn Kỳ").status());
        reply(TU, confirmation, "hoàn tác");
        assertEquals(DeadlineStatus.OPEN, item(4, "Sơn Kỳ").status());

        SentMessage list = say(TU, "/viec");
        String data = "d:" + item(4, "Sơn Kỳ").deadlineId();
        int before = telegram.sentTo(TU).size();
        telegram.userPresses(TU, list.messageId(), data);
        SentMessage pressed = telegram.awaitNextMessage(TU, before, WAIT);
        assertTrue(pressed.plainText().contains("#4 · I.04"), pressed.plainText());
        assertEquals(DeadlineStatus.DONE, item(4, "Sơn Kỳ").status());
        assertFalse(telegram.answeredCallbacks().isEmpty(), "every button press is answered");
        reply(TU, pressed, "hoàn tác");
    }

    @Test
    void xongToAListOfSeveralAsksWhichOne() {
        SentMessage list = say(TU, "/viec");
        SentMessage question = reply(TU, list, "xong");
        assertTrue(question.plainText().contains("việc nào"), question.plainText());
        assertTrue(question.buttons().size() >= 2);
    }

    @Test
    void anOfficerMayNotCompleteAnotherUnitsDeadline() {
        String answer = say(TU, "xong #8").plainText();
        assertTrue(answer.contains("Văn phòng – Thống kê"), answer);
        assertEquals(DeadlineStatus.OPEN, item(8, "Sơn Kỳ").status());
    }

    @Test
    void nobodyTouchesAnotherCommunesDeadline() {
        // Telegram only delivers presses of buttons the bot made, so the forged press goes to the router directly.
        long otherCommunes = item(5, "Sơn Kỳ").deadlineId();
        List<Outgoing> answer = context.getBean(Conversation.class).handle(new Incoming(1, SON_HA, SON_HA, 1, null, null,
                "forged", "d:" + otherCommunes));
        String text = answer.stream().filter(o -> o instanceof Outgoing.Send).map(o -> ((Outgoing.Send) o).reply().html())
                .findFirst().orElseThrow();
        assertTrue(text.contains("xã khác"), text);
        assertEquals(DeadlineStatus.OPEN, item(5, "Sơn Kỳ").status());
    }

    @Test
    void theChairmanMayCompleteAnyDeadlineOfTheCommune() {
        SentMessage confirmation = say(CHU_TICH, "xong #25");
        assertTrue(confirmation.plainText().contains("#25 · V.25"), confirmation.plainText());
        assertEquals(DeadlineStatus.DONE, item(25, "Sơn Kỳ").status());
        reply(CHU_TICH, confirmation, "hoàn tác");
    }

    @Test
    void theChairmanGetsTheQuarterlyReportAsAWorkbookAndAnOfficerIsPointedToTiendo() {
        int before = telegram.sentDocuments().size();
        telegram.userSends(CHU_TICH, "/baocao");
        java.time.Instant until = java.time.Instant.now().plusSeconds(20);
        while (telegram.sentDocuments().size() == before && java.time.Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }
        var document = telegram.sentDocuments().get(before);
        assertEquals(CHU_TICH, document.chatId());
        assertTrue(document.fileName().endsWith("Q2-2024.xlsx"), document.fileName());
        assertEquals('P', (char) document.bytes()[0], "an xlsx is a zip");
        assertTrue(say(TU, "bao cao").plainText().contains("/tiendo"));
    }

    @Test
    void aFloodingUserIsSlowedDownWithoutSlowingOthers() {
        int before = telegram.sentTo(PHONG).size();
        for (int i = 0; i < 100; i++) {
            telegram.userSends(PHONG, "/huongdan");
        }
        long started = System.nanoTime();
        SentMessage other = say(TU, "/huongdan");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 15, "another user waited too long");
        assertFalse(other.plainText().isBlank());
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int answered = telegram.sentTo(PHONG).size() - before;
        assertTrue(answered <= FLOOD_LIMIT + 1, "answered " + answered + " of 100");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** Test data the roster cannot make through its API: an invite that is already past its 7 days. */
    static final class NewOfficerFixture {
        static void expiredInvite(ApplicationContext context, String commune, String officerName, String code) {
            long officerId = context.getBean(RosterStore.class).list(java.util.Optional.of(commune)).stream()
                    .filter(o -> o.name().equals(officerName)).findFirst().orElseThrow().id();
            context.getBean(InviteRepository.class).save(new InviteRecord(null, officerId, context.getBean(InviteCodes.class).hash(code),
                    Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-03-08T00:00:00Z"), null));
        }
    }
}
