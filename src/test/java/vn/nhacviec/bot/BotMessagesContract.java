package vn.nhacviec.bot;


import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.Button;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.MessageEdit;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the officers and the chairman of Sơn Kỳ read on Monday 08/04/2024 (seed 000, three officers
 * linked): the morning digests, /viec, /quahan and the Monday summary, as the real TelegramBots client
 * delivers them to the Bot API stand-in, compared line by line with the golden texts in
 * src/test/resources/golden/; then the rules every list keeps, and "xong" and the buttons at work.
 * Set the environment variable GOLDEN_WRITE=DIR to write the texts as they are now into DIR (to review a deliberate change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BotMessagesContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final LocalDate MONDAY = LocalDate.of(2024, 4, 8);
    static final long TU = 4001;        // Tư pháp – Hộ tịch
    static final long PHONG = 4002;     // Văn phòng – Thống kê, office role
    static final long CHU_TICH = 4003;  // chairman

    /** An item line of a list: a number or a bullet, then the task code. */
    private static final Pattern ITEM_LINE = Pattern.compile("^(?:\\d+\\. |• (?:Chưa có cán bộ phụ trách: )?)#(\\d+) ");
    private static final Pattern DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;
    final Map<Long, SentMessage> digests = new HashMap<>();

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00", Map.of());
        telegram = bot.telegram();
        telegram.enforceRateLimits(false);
        context = bot.context();
        PlanSource source = PlanFile.fromBytes(Seeds.SON_KY_2024, Seeds.bytes(Seeds.SON_KY_2024));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        context.getBean(PlanStore.class).save(plan, source, "test");
        RosterStore roster = context.getBean(RosterStore.class);
        bot.link(TU, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(PHONG, roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode(), WAIT);
        bot.link(CHU_TICH, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
        // the morning scan, delivered through the outbox
        Map<Long, Integer> before = new HashMap<>();
        List.of(TU, PHONG, CHU_TICH).forEach(chat -> before.put(chat, telegram.sentTo(chat).size()));
        context.getBean(DailyScan.class).run(MONDAY);
        Instant until = Instant.now().plus(WAIT);
        while (before.entrySet().stream().anyMatch(e -> telegram.sentTo(e.getKey()).size() == e.getValue())
                && Instant.now().isBefore(until)) {
            context.getBean(OutboxDispatcher.class).drain(Duration.ofSeconds(5));
        }
        before.forEach((chat, seen) -> digests.put(chat, telegram.awaitNextMessage(chat, seen, WAIT)));
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    // ---------------------------------------------------------------- golden texts

    @Test
    @Order(1)
    void theTuPhapOfficersDigestReadsAsItsGoldenText() {
        golden("digest-tu-phap.txt", digests.get(TU));
    }

    @Test
    @Order(1)
    void theOfficesDigestReadsAsItsGoldenText() {
        golden("digest-van-phong.txt", digests.get(PHONG));
    }

    @Test
    @Order(1)
    void theChairmansDigestWithTheMondaySummaryReadsAsItsGoldenText() {
        golden("digest-chu-tich.txt", digests.get(CHU_TICH));
    }

    @Test
    @Order(1)
    void viecOfTheTuPhapOfficerReadsAsItsGoldenText() {
        golden("viec-tu-phap.txt", say(TU, "/viec"));
    }

    @Test
    @Order(1)
    void viecOfTheOfficeReadsAsItsGoldenTextAndFitsInOneMessage() throws InterruptedException {
        SentMessage list = say(PHONG, "/viec");
        Thread.sleep(1000);
        assertEquals(list, telegram.sentTo(PHONG).get(telegram.sentTo(PHONG).size() - 1), "one message, nothing after it");
        assertTrue(list.buttons().stream().noneMatch(b -> b.text().startsWith("Xem tiếp")), "no second page");
        golden("viec-van-phong.txt", list);
    }

    @Test
    @Order(1)
    void quahanOfTheChairmanReadsAsItsGoldenText() {
        golden("quahan-chu-tich.txt", say(CHU_TICH, "/quahan"));
    }

    @Test
    @Order(1)
    void quahanOfTheTuPhapOfficerReadsAsItsGoldenText() {
        golden("quahan-tu-phap.txt", say(TU, "qua han"));
    }

    @Test
    @Order(1)
    void tiendoOfTheChairmanReadsAsItsGoldenText() {
        golden("tiendo-chu-tich.txt", say(CHU_TICH, "tien do"));
    }

    // ---------------------------------------------------------------- rules every list keeps

    @Test
    @Order(2)
    void noListNamesATaskOnTwoItemLinesAndNoMessageRepeatsAButton() {
        List<SentMessage> lists = new ArrayList<>(digests.values());
        lists.add(say(TU, "/viec"));
        lists.add(say(PHONG, "/viec"));
        lists.add(say(CHU_TICH, "/quahan"));
        lists.add(say(TU, "/quahan"));
        lists.add(say(PHONG, "/sapden"));
        lists.add(say(PHONG, "/thuongxuyen"));
        for (SentMessage list : lists) {
            Set<String> codes = new HashSet<>();
            for (String line : list.plainText().split("\n")) {
                Matcher m = ITEM_LINE.matcher(line);
                if (m.find()) {
                    assertTrue(codes.add(m.group(1)), () -> "#" + m.group(1) + " twice in:\n" + list.plainText());
                }
            }
            List<String> labels = list.buttons().stream().map(Button::text).toList();
            assertEquals(labels.size(), new HashSet<>(labels).size(), () -> "a button twice: " + labels);
            list.buttons().forEach(b -> assertTrue(b.callbackData().getBytes(StandardCharsets.UTF_8).length <= 64));
        }
    }

    @Test
    @Order(2)
    void everyLineOfATaskWithSeveralMilestonesNamesTheMilestoneOrItsDate() {
        for (SentMessage list : List.of(digests.get(TU), digests.get(PHONG), digests.get(CHU_TICH), say(TU, "/viec"),
                say(PHONG, "/viec"), say(CHU_TICH, "/quahan"))) {
            String[] lines = list.plainText().split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("    – ")) {
                    assertTrue(DATE.matcher(line).find(), () -> "an obligation without its date: " + line);
                }
                boolean head = ITEM_LINE.matcher(line).find();
                if (head && !DATE.matcher(line).find() && !line.contains(" — ")) {
                    boolean followed = i + 1 < lines.length && lines[i + 1].startsWith("    – ");
                    assertTrue(followed, () -> "a task line naming no obligation, no date, nothing under it: " + line);
                }
            }
        }
        String viec = say(TU, "/viec").plainText();
        assertTrue(viec.contains("báo cáo quý I — hạn 05/03/2024, quá 34 ngày"), viec);
        assertTrue(viec.contains("Quý I năm 2024 ban hành kế hoạch — hạn 31/03/2024, quá 8 ngày"), viec);
    }

    @Test
    @Order(2)
    void theMondaySummaryGivesFiguresAndChangesNotTheOverdueListAgain() {
        String text = digests.get(CHU_TICH).plainText();
        String summary = text.substring(text.indexOf("📊 Tổng hợp tuần"));
        assertFalse(ITEM_LINE.matcher(summary).find() && summary.contains("quá 34 ngày"), summary);
        assertTrue(summary.contains("quá hạn 20"), summary);
    }

    // ---------------------------------------------------------------- acting on the lists

    @Test
    @Order(3)
    void xongToTheListMarksTheEarliestOverdueObligationOfTheTaskAndSaysWhatStaysOpen() {
        SentMessage list = say(TU, "/viec");
        int n = numberOf(list, 6);
        SentMessage confirmation = reply(TU, list, "xong " + n);
        assertTrue(confirmation.plainText().contains("#6 · I.06 — báo cáo quý I (hạn 05/03/2024)"), confirmation.plainText());
        assertTrue(confirmation.plainText().contains("Việc #6 còn 4 hạn đang mở, sớm nhất: Quý I năm 2024 ban hành kế hoạch"),
                confirmation.plainText());
        assertEquals(DeadlineStatus.DONE, deadline(6, "2024-03-05").status());
        assertEquals(DeadlineStatus.OPEN, deadline(6, "2024-03-31").status());
        reply(TU, confirmation, "hoàn tác");
        assertEquals(DeadlineStatus.OPEN, deadline(6, "2024-03-05").status());
    }

    @Test
    @Order(3)
    void theDigestsButtonMarksTheObligationItNames() {
        SentMessage digest = digests.get(TU);
        Button button = digest.button("✅ #7 báo cáo quý I");
        int before = telegram.sentTo(TU).size();
        telegram.userPresses(TU, digest.messageId(), button.callbackData());
        SentMessage confirmation = telegram.awaitNextMessage(TU, before, WAIT);
        assertTrue(confirmation.plainText().contains("#7 · I.07 — báo cáo quý I (hạn 05/03/2024)"), confirmation.plainText());
        assertEquals(DeadlineStatus.DONE, deadline(7, "2024-03-05").status());
        assertEquals(DeadlineStatus.OPEN, deadline(7, "2024-03-31").status());
        reply(TU, confirmation, "hoàn tác");
        assertEquals(DeadlineStatus.OPEN, deadline(7, "2024-03-05").status());
    }

    @Test
    @Order(3)
    void xongWithATaskCodeMarksItsEarliestOpenObligation() {
        SentMessage confirmation = say(TU, "xong #6");
        assertEquals(DeadlineStatus.DONE, deadline(6, "2024-03-05").status());
        assertEquals(DeadlineStatus.OPEN, deadline(6, "2024-03-31").status());
        reply(TU, confirmation, "hoàn tác");
    }

    @Test
    @Order(4)
    void seeAllEditsTheListInPlace() {
        SentMessage list = say(PHONG, "/viec");
        int edits = telegram.edits().size();
        telegram.userPresses(PHONG, list.messageId(), list.button("📋 Xem tất cả").callbackData());
        MessageEdit edit = awaitEdit(edits);
        assertEquals(list.messageId(), edit.messageId());
        assertEquals("editMessageText", edit.method());
        assertTrue(edit.plainText().startsWith("📋 Tất cả việc đang mở của đồng chí — 08/04/2024"), edit.plainText());
        assertTrue(edit.plainText().contains("#37 · VIII.37"), "the later task: " + edit.plainText());
        assertTrue(edit.plainText().contains("❓ Chưa có ngày"), edit.plainText());
        assertEquals(telegram.sentTo(PHONG).size(), telegram.sentTo(PHONG).indexOf(list) + 1, "no new message");
        // "xong 1" replied to the edited message still means its first item
        SentMessage confirmation = reply(PHONG, list, "xong 1");
        assertTrue(confirmation.plainText().contains("#8 · II.08 — báo cáo quý I"), confirmation.plainText());
        reply(PHONG, confirmation, "hoàn tác");
    }

    private MessageEdit awaitEdit(int seen) {
        Instant until = Instant.now().plus(WAIT);
        while (telegram.edits().size() <= seen && Instant.now().isBefore(until)) {
            Thread.onSpinWait();
        }
        assertTrue(telegram.edits().size() > seen, "the message was not edited");
        return telegram.edits().get(seen);
    }

    // ---------------------------------------------------------------- helpers

    private int numberOf(SentMessage list, int taskCode) {
        for (String line : list.plainText().split("\n")) {
            Matcher m = Pattern.compile("^(\\d+)\\. #" + taskCode + " ").matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("#" + taskCode + " not in " + list.plainText());
    }

    private AgendaItem deadline(int taskCode, String due) {
        long commune = context.getBean(CommuneStore.class).require("Sơn Kỳ").id();
        return context.getBean(AgendaStore.class).all(commune).stream()
                .filter(i -> i.taskCode() == taskCode && LocalDate.parse(due).equals(i.due())).findFirst().orElseThrow();
    }

    private SentMessage say(long user, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userSends(user, text);
        return telegram.awaitNextMessage(user, before, WAIT);
    }

    private SentMessage reply(long user, SentMessage to, String text) {
        int before = telegram.sentTo(user).size();
        telegram.userReplies(user, to.messageId(), text);
        return telegram.awaitNextMessage(user, before, WAIT);
    }

    /** The message, its text then its buttons row by row, against the golden file, line by line. */
    private static void golden(String name, SentMessage message) {
        List<String> actual = new ArrayList<>(List.of(message.plainText().split("\n", -1)));
        for (List<Button> row : message.keyboard()) {
            actual.add("[" + String.join("] [", row.stream().map(Button::text).toList()) + "]");
        }
        String dir = System.getenv("GOLDEN_WRITE");
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.writeString(Path.of(dir, name), String.join("\n", actual) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> expected;
        try (InputStream in = BotMessagesContract.class.getResourceAsStream("/golden/seed000-2024-04-08/" + name)) {
            if (in == null) {
                throw new AssertionError("no golden text " + name + "; actual:\n" + String.join("\n", actual));
            }
            expected = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected = expected.subList(0, expected.size() - 1); // the file ends with a newline
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "(nothing)";
            String got = i < actual.size() ? actual.get(i) : "(nothing)";
            assertEquals(want, got, name + ", line " + (i + 1));
        }
    }
}
