package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanQueryStore;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.plan.store.PlanView;
import vn.nhacviec.testsupport.HostileFiles;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans sent to the bot as files: the real TelegramBots client long-polls the Bot API stand-in,
 * fetches the file with getFile and the file download, and the office confirms or cancels the
 * preview; on a real database (H2 and MariaDB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BotUploadContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long OFFICE = 3001;    // Văn phòng – Thống kê of Sơn Kỳ
    static final long CHAIRMAN = 3002;  // chairman of Sơn Kỳ
    static final long OFFICER = 3003;   // Tư pháp – Hộ tịch of Sơn Kỳ
    static final long NEIGHBOUR = 3005; // Văn hóa – Xã hội of Sơn Kỳ; on the office's update lane (4 lanes by user id)

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() {
        // the office sends some forty files and presses within the minute the class runs: above the flood limit
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00", Map.of("nhacviec.telegram.messages-per-minute", 200));
        telegram = bot.telegram();
        telegram.enforceRateLimits(false);
        context = bot.context();
        // the commune exists (an older plan of 2023); the 2024 plan comes in through the bot
        Plan older = new Plan("Sơn Kỳ", 2023, "Kế hoạch CCHC năm 2023", "1/KH-UBND", ReportingCalendar.none(), List.of(),
                List.of(), true);
        context.getBean(PlanStore.class).save(older, new PlanSource("2023.txt", "", "a".repeat(64)), "test");
        RosterStore roster = context.getBean(RosterStore.class);
        bot.link(OFFICE, roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode(), WAIT);
        bot.link(CHAIRMAN, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
        bot.link(OFFICER, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(NEIGHBOUR, roster.add("Sơn Kỳ", "Vũ Thị Làng", List.of("VH-XH"), Role.OFFICER, "test").inviteCode(), WAIT);
    }

    @AfterAll
    void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theOfficeSendsTheWordPlanSeesAPreviewAndStoresItOnlyOnConfirmation() {
        List<SentMessage> preview = sendFile(OFFICE, "Kế hoạch CCHC 2024.docx", resource("plans/000.docx"));
        String text = String.join("\n", preview.stream().map(SentMessage::plainText).toList());
        assertTrue(text.contains("Xem trước kế hoạch"), text);
        assertTrue(text.contains("26/KH-UBND"), text);
        assertTrue(text.contains("37 nhiệm vụ"), text);
        // hand count of the appendix table, section by section
        assertTrue(text.contains("Phần I: 7 · Phần II: 13 · Phần III: 1 · Phần IV: 3 · Phần V: 3 · Phần VI: 3 · "
                + "Phần VII: 3 · Phần VIII: 4"), text);
        assertTrue(text.contains("Tư pháp – Hộ tịch: "), text);
        assertTrue(text.contains("05/03/2024, 05/06/2024, 05/09/2024, 30/11/2024"), text);
        assertTrue(text.contains("Cần kiểm tra"), "the plan's warnings are listed: " + text);
        preview.forEach(p -> assertTrue(p.plainText().length() <= 4096));
        SentMessage last = preview.get(preview.size() - 1);
        assertEquals(List.of("✅ Nhập kế hoạch", "❌ Hủy"), last.buttons().stream().map(b -> b.text()).toList());
        assertTrue(plan(2024).isEmpty(), "nothing is stored before the confirmation");

        SentMessage imported = press(OFFICE, last, "✅ Nhập kế hoạch");
        assertTrue(imported.plainText().contains("Đã nhập"), imported.plainText());
        assertTrue(imported.plainText().contains("37 việc mới"), imported.plainText());
        PlanView stored = plan(2024).orElseThrow();
        assertEquals(37, stored.tasks());
        assertEquals("Kế hoạch CCHC 2024.docx", stored.sourceName());

        SentMessage again = press(OFFICE, last, "✅ Nhập kế hoạch");
        assertTrue(again.plainText().contains("đã được xử lý"), again.plainText());
        assertEquals(37, plan(2024).orElseThrow().tasks(), "a second press imports nothing more");
    }

    private static String plan2021(String... rows) {
        return "ỦY BAN NHÂN DÂN XÃ SƠN KỲ\nSố: 5/KH-UBND\n\nKẾ HOẠCH\nCải cách hành chính năm 2021\n\n"
                + "STT\tNội dung\tSản phẩm\tBộ phận thực hiện\tBộ phận phối hợp\tThời gian hoàn thành\tGhi chú\n"
                + "I. Cải cách thể chế\t\t\t\t\t\t\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void aRevisedPlanSentToTheBotShowsItsChangesAndKeepsTheDoneMarks() {
        String review = "\tRà soát văn bản quy phạm pháp luật của xã\tBáo cáo\tTư pháp - Hộ tịch\t\tQuý I năm 2021\t";
        String publish = "\tTuyên truyền, phổ biến, giáo dục pháp luật cho nhân dân\tKế hoạch\tTư pháp - Hộ tịch\t\t"
                + "Quý II năm 2021\t";
        String v1 = plan2021("01" + review, "02" + publish);
        Plan first = context.getBean(vn.nhacviec.plan.PlanReader.class).read(v1, 2021).inCommune("Sơn Kỳ");
        context.getBean(PlanStore.class).save(first, new PlanSource("2021.txt", v1, "b".repeat(64)), "test");
        long communeId = context.getBean(CommuneStore.class).find("Sơn Kỳ").orElseThrow().id();
        var agenda = context.getBean(vn.nhacviec.agenda.store.AgendaStore.class);
        var reviewDeadline = agenda.open(communeId).stream().filter(i -> i.title().startsWith("Rà soát văn bản"))
                .findFirst().orElseThrow();
        assertTrue(agenda.complete(reviewDeadline.deadlineId(), "test", null, java.time.Instant.now(), "test"));

        String v2 = plan2021("01\tTổ chức hội nghị triển khai kế hoạch điều chỉnh\tHội nghị\tVăn phòng - Thống kê\t\t"
                + "Quý I năm 2021\t", "02" + review, "03" + publish.replace("Quý II", "Quý III"));
        List<SentMessage> preview = sendFile(OFFICE, "ke-hoach-dieu-chinh-2021.txt", v2.getBytes(StandardCharsets.UTF_8));
        String text = String.join("\n", preview.stream().map(SentMessage::plainText).toList());
        assertTrue(text.contains("So với kế hoạch đã nhập"), text);
        assertTrue(text.contains("➕ Việc mới I.01 · Tổ chức hội nghị triển khai kế hoạch điều chỉnh — hạn 31/03/2021"), text);
        assertTrue(text.contains("🔢 1 việc chỉ đổi số thứ tự."), text);
        assertTrue(text.contains("số thứ tự I.02 → I.03, đổi hạn 30/06/2021 → 30/09/2021"), text);

        SentMessage imported = press(OFFICE, preview.get(preview.size() - 1), "✅ Nhập kế hoạch");
        assertTrue(imported.plainText().contains("1 việc mới"), imported.plainText());
        var done = context.getBean(PlanQueryStore.class).tasks(Optional.of("Sơn Kỳ")).stream()
                .filter(t -> t.code() == reviewDeadline.taskCode()).findFirst().orElseThrow();
        assertEquals("I.02", done.numbering());
        assertEquals(List.of("DONE"), done.deadlines().stream().map(d -> d.status()).toList(), "the done mark stayed");
    }

    @Test
    void theChairmanMayCancelAndThenNothingIsStored() {
        byte[] plan = ("ỦY BAN NHÂN DÂN XÃ SƠN KỲ\nKẾ HOẠCH\nCải cách hành chính năm 2022\n"
                + "STT\tNội dung\tSản phẩm\tBộ phận thực hiện\tBộ phận phối hợp\tThời gian hoàn thành\tGhi chú\n"
                + "I. Cải cách thể chế\t\t\t\t\t\t\n"
                + "01\tRà soát văn bản\tBáo cáo\tTư pháp - Hộ tịch\t\tQuý I năm 2022\t\n").getBytes(StandardCharsets.UTF_8);
        List<SentMessage> preview = sendFile(CHAIRMAN, "kh2022.txt", plan);
        SentMessage last = preview.get(preview.size() - 1);
        assertTrue(last.plainText().contains("1 nhiệm vụ"), last.plainText());
        SentMessage cancelled = press(CHAIRMAN, last, "❌ Hủy");
        assertTrue(cancelled.plainText().contains("Đã hủy"), cancelled.plainText());
        assertTrue(plan(2022).isEmpty());
        SentMessage late = press(CHAIRMAN, last, "✅ Nhập kế hoạch");
        assertTrue(late.plainText().contains("đã được xử lý"), late.plainText());
        assertTrue(plan(2022).isEmpty());
    }

    @Test
    void aPdfPrintedByAnOfficeSuiteIsPreviewedLikeTheWordFile() {
        List<SentMessage> preview = sendFile(CHAIRMAN, "ke-hoach-2024.pdf", resource("plans/office/000.pdf"));
        String text = String.join("\n", preview.stream().map(SentMessage::plainText).toList());
        assertTrue(text.contains("37 nhiệm vụ"), text);
        assertTrue(text.contains("Phần I: 7 · Phần II: 13 · Phần III: 1 · Phần IV: 3"), text);
        SentMessage cancelled = press(CHAIRMAN, preview.get(preview.size() - 1), "❌ Hủy");
        assertTrue(cancelled.plainText().contains("Đã hủy"), cancelled.plainText());
    }

    @Test
    void anOfficerSendingAFileIsPolitelyRefused() {
        String answer = sendFile(OFFICER, "ke-hoach.txt", Seeds.bytes(Seeds.SON_KY_2024)).get(0).plainText();
        assertTrue(answer.contains("Chỉ Văn phòng – Thống kê và Chủ tịch"), answer);
        assertTrue(telegram.requests("getFile").stream().noneMatch(r -> r.toString().contains(Long.toString(OFFICER))));
    }

    @Test
    void tooLargeUnreadableAndOtherCommunesFilesGetAClearAnswer() {
        int before = telegram.sentTo(OFFICE).size();
        telegram.userSendsDocument(OFFICE, "ban-scan.pdf", new byte[] {'%', 'P', 'D', 'F'}, 25L * 1024 * 1024);
        String tooLarge = telegram.awaitNextMessage(OFFICE, before, WAIT).plainText();
        assertTrue(tooLarge.contains("25,0 MB") && tooLarge.contains("quá giới hạn"), tooLarge);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String image = sendFile(OFFICE, "anh-chup.jpg", png).get(0).plainText();
        assertTrue(image.contains("không đọc được tệp «anh-chup.jpg»"), image);
        assertTrue(image.contains("Word (.docx, .doc)"), image);

        String other = sendFile(OFFICE, "son-ha.txt", Seeds.bytes(Seeds.SON_HA_2025)).get(0).plainText();
        assertTrue(other.contains("kế hoạch của UBND xã Sơn Hạ"), other);
        assertTrue(context.getBean(CommuneStore.class).find("Sơn Hạ").isEmpty(), "nothing is created");
    }

    @Test
    void theOfficeSendsARosterWorkbookAndGetsTheNewOfficersInvites() throws IOException {
        byte[] roster = workbook(List.of(
                List.of("DANH SÁCH CÁN BỘ NHẬN NHẮC VIỆC"),
                List.of("STT", "Họ và tên", "Bộ phận", "Chức vụ", "Điện thoại"),
                List.of("1", "Trần Thị Hoa", "Văn hóa – Xã hội", "Cán bộ, công chức", "0912345678"),
                List.of("2", "Nguyễn Văn Tư", "TP-HT", "", ""),
                List.of("3", "Phạm Văn Sai", "Phòng Ma", "", ""),
                List.of("4", "Hồ Văn Phó", "", "Phó Chủ tịch", "")));
        List<SentMessage> preview = sendFile(OFFICE, "danh-sach-can-bo.xlsx", roster);
        String text = String.join("\n", preview.stream().map(SentMessage::plainText).toList());
        assertTrue(text.contains("Xem trước danh sách cán bộ"), text);
        assertTrue(text.contains("2 cán bộ sẽ được thêm"), text);
        assertTrue(text.contains("Trần Thị Hoa — Văn hóa – Xã hội"), text);
        assertTrue(text.contains("Hồ Văn Phó — Phó Chủ tịch"), text);
        assertTrue(text.contains("Đã có trong danh sách, bỏ qua (1)") && text.contains("• Nguyễn Văn Tư"), text);
        assertTrue(text.contains("Dòng 5: không nhận ra bộ phận \"Phòng Ma\""), text);
        RosterStore directory = context.getBean(RosterStore.class);
        assertTrue(directory.list(Optional.of("Sơn Kỳ")).stream().noneMatch(o -> o.name().equals("Trần Thị Hoa")),
                "nobody is added before the confirmation");

        SentMessage last = preview.get(preview.size() - 1);
        int toChairman = telegram.sentTo(CHAIRMAN).size();
        SentMessage invites = press(OFFICE, last, "✅ Nhập danh sách");
        assertTrue(invites.plainText().contains("Đã thêm 1 cán bộ"), invites.plainText());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("Trần Thị Hoa \\([^)]*\\): /start (\\S+)")
                .matcher(invites.plainText());
        assertTrue(code.find(), invites.plainText());
        assertTrue(invites.plainText().contains("https://t.me/" + telegram.botUsername() + "?start=" + code.group(1)));
        assertFalse(invites.plainText().contains("Hồ Văn Phó"), "no leader code goes to the office: " + invites.plainText());
        String waiting = telegram.awaitNextMessage(OFFICE, telegram.sentTo(OFFICE).indexOf(invites) + 1, WAIT).plainText();
        assertTrue(waiting.contains("Chờ Chủ tịch xác nhận") && waiting.contains("Hồ Văn Phó"), waiting);
        long hoa = 3010;
        telegram.userSends(hoa, "/start " + code.group(1));
        assertTrue(telegram.awaitMessage(hoa, WAIT).plainText().contains("Trần Thị Hoa"), "the invite links her account");
        assertEquals(Role.OFFICER, officer("Hồ Văn Phó").role(), "no leader until the chairman confirms");

        SentMessage ask = telegram.awaitNextMessage(CHAIRMAN, toChairman, WAIT);
        assertTrue(ask.plainText().contains("Hồ Văn Phó") && ask.plainText().contains("Phó Chủ tịch"), ask.plainText());
        int officeBefore = telegram.sentTo(OFFICE).size();
        assertTrue(pressData(OFFICER, "g:" + grantId(ask)).contains("Chỉ Chủ tịch"), "an officer cannot confirm");
        assertEquals(Role.OFFICER, officer("Hồ Văn Phó").role());
        SentMessage confirmed = press(CHAIRMAN, ask, ask.buttons().get(0).text());
        java.util.regex.Matcher leaderCode = java.util.regex.Pattern.compile("/start (\\S+)").matcher(confirmed.plainText());
        assertTrue(leaderCode.find(), "the code goes to the chairman: " + confirmed.plainText());
        assertEquals(Role.VICE_CHAIRMAN, officer("Hồ Văn Phó").role());
        String told = telegram.awaitNextMessage(OFFICE, officeBefore, WAIT).plainText();
        assertTrue(told.contains("đã xác nhận") && !told.contains(leaderCode.group(1)), told);
        assertTrue(press(CHAIRMAN, ask, ask.buttons().get(0).text()).plainText().contains("đã được xử lý"),
                "a second press grants nothing more");

        List<SentMessage> again = sendFile(OFFICE, "danh-sach-can-bo.xlsx", roster);
        String second = again.get(again.size() - 1).plainText();
        assertTrue(second.contains("0 cán bộ sẽ được thêm") && second.contains("bot chưa lưu gì"), second);
        assertTrue(again.stream().allMatch(m -> m.buttons().isEmpty()), "nothing to confirm");
    }

    @Test
    void aSlowReadingHoldsUpNobodyAndItsPreviewFollowsWhenReady() throws InterruptedException {
        byte[] plan = ("ỦY BAN NHÂN DÂN XÃ SƠN KỲ\nKẾ HOẠCH\nCải cách hành chính năm 2020\n"
                + "STT\tNội dung\tSản phẩm\tBộ phận thực hiện\tBộ phận phối hợp\tThời gian hoàn thành\tGhi chú\n"
                + "I. Cải cách thể chế\t\t\t\t\t\t\n"
                + "01\tRà soát văn bản\tBáo cáo\tTư pháp - Hộ tịch\t\tQuý I năm 2020\t\n").getBytes(StandardCharsets.UTF_8);
        DocumentReading reading = context.getBean(DocumentReading.class);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the reading of the office's file is held until the others have been answered
        reading.beforeEachReading(() -> {
            started.countDown();
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int before = telegram.sentTo(OFFICE).size();
        try {
            telegram.userSendsDocument(OFFICE, "kh2020.txt", plan);
            String ack = telegram.awaitNextMessage(OFFICE, before, WAIT).plainText();
            assertTrue(ack.startsWith("📥 Đã nhận tệp «kh2020.txt», bot đang đọc"), ack);
            assertTrue(started.await(WAIT.toSeconds(), TimeUnit.SECONDS), "the reading has started");

            int neighbour = telegram.sentTo(NEIGHBOUR).size();
            telegram.userSends(NEIGHBOUR, "/viec");
            String work = telegram.awaitNextMessage(NEIGHBOUR, neighbour, WAIT).plainText();
            assertFalse(work.contains("Xem trước"), work);
            telegram.userSends(OFFICE, "/viec");
            String own = telegram.awaitNextMessage(OFFICE, before + 1, WAIT).plainText();
            assertFalse(own.contains("Xem trước") || own.contains("kh2020"), "the sender too is served: " + own);
            assertEquals(1, release.getCount(), "both answered while the reading was still running");
            assertEquals(before + 2, telegram.sentTo(OFFICE).size(), "no preview before the reading ends");
        } finally {
            reading.beforeEachReading(() -> { });
            release.countDown();
        }
        SentMessage preview = telegram.awaitNextMessage(OFFICE, before + 2, WAIT);
        assertTrue(preview.plainText().contains("Xem trước kế hoạch") && preview.plainText().contains("1 nhiệm vụ"),
                preview.plainText());
        SentMessage cancelled = press(OFFICE, preview, "❌ Hủy");
        assertTrue(cancelled.plainText().contains("Đã hủy"), "the buttons of a late preview work: " + cancelled.plainText());
        assertTrue(plan(2020).isEmpty());
    }

    @Test
    void whenEveryReaderIsBusyTheSenderIsToldToSendAgainAndTheOthersAreStillRead() throws InterruptedException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        DocumentReading reading = context.getBean(DocumentReading.class);
        CountDownLatch release = new CountDownLatch(1);
        reading.beforeEachReading(() -> {
            try {
                release.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        int before = telegram.sentTo(OFFICE).size();
        String busy;
        try {
            // two readers and a queue of four: the seventh file finds no room
            for (int i = 1; i <= 7; i++) {
                telegram.userSendsDocument(OFFICE, "anh-" + i + ".jpg", png);
                String ack = telegram.awaitNextMessage(OFFICE, before + i - 1, WAIT).plainText();
                assertTrue(ack.startsWith("📥 Đã nhận tệp «anh-" + i + ".jpg»"), ack);
            }
            busy = telegram.awaitNextMessage(OFFICE, before + 7, WAIT).plainText();
            assertTrue(busy.contains("«anh-7.jpg»") && busy.contains("bot đang đọc nhiều tệp khác; đồng chí gửi lại tệp sau ít phút"),
                    busy);
        } finally {
            reading.beforeEachReading(() -> { });
            release.countDown();
        }
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(telegram.awaitNextMessage(OFFICE, before + 8 + i, WAIT).plainText());
        }
        for (int i = 1; i <= 6; i++) {
            String name = "«anh-" + i + ".jpg»";
            assertEquals(1, outcomes.stream().filter(o -> o.contains("không đọc được tệp " + name)).count(),
                    name + " is read once it is its turn: " + outcomes);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * Sends the file and returns the bot's answer: every part of a preview, or the one refusal. A file the
     * sender may send is first acknowledged ("đang đọc"), at once; the outcome follows when it has been read.
     */
    private List<SentMessage> sendFile(long user, String fileName, byte[] bytes) {
        int before = telegram.sentTo(user).size();
        telegram.userSendsDocument(user, fileName, bytes);
        SentMessage next = telegram.awaitNextMessage(user, before, WAIT);
        if (next.plainText().startsWith("📥 Đã nhận tệp «" + fileName + "», bot đang đọc")) {
            before++;
            next = telegram.awaitNextMessage(user, before, WAIT);
        }
        List<SentMessage> answers = new ArrayList<>();
        answers.add(next);
        // a preview ends with the part that carries the buttons, or says there is nothing to store
        while (next.plainText().contains("Xem trước") && next.buttons().isEmpty() && !next.plainText().contains("chưa lưu gì")) {
            next = telegram.awaitNextMessage(user, before + answers.size(), WAIT);
            answers.add(next);
        }
        return answers;
    }

    private SentMessage press(long user, SentMessage message, String label) {
        int before = telegram.sentTo(user).size();
        telegram.userPresses(user, message.messageId(), message.button(label).callbackData());
        return telegram.awaitNextMessage(user, before, WAIT);
    }

    private vn.nhacviec.directory.Officer officer(String name) {
        return context.getBean(RosterStore.class).list(Optional.of("Sơn Kỳ")).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static String grantId(SentMessage ask) {
        String data = ask.buttons().get(0).callbackData();
        return data.substring(data.indexOf(':') + 1);
    }

    /** A press of data on no button of the user's own (a modified client); returns the answer's text. */
    private String pressData(long user, String data) {
        int before = telegram.sentTo(user).size();
        telegram.userPressesCrafted(user, telegram.sentTo(user).get(0).messageId(), data);
        return telegram.awaitNextMessage(user, before, WAIT).plainText();
    }

    private Optional<PlanView> plan(int year) {
        return context.getBean(PlanQueryStore.class).plans(Optional.of("Sơn Kỳ")).stream()
                .filter(p -> p.year() == year).findFirst();
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("Cán bộ");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = BotUploadContract.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void hostileFilesGetAnAnswerNamingTheLimitAndTheOfficeIsStillServed() {
        String pages = sendFile(OFFICE, "ke-hoach.pdf", HostileFiles.ruledPagesPdf()).get(0).plainText();
        assertTrue(pages.contains("không đọc được tệp «ke-hoach.pdf»: tệp có 2000 trang, vượt giới hạn 200 trang"), pages);
        String nested = sendFile(OFFICE, "ke-hoach.docx", HostileFiles.nestedTablesDocx()).get(0).plainText();
        assertTrue(nested.contains("lồng bảng trong bảng quá 64 tầng"), nested);
        String sheet = sendFile(OFFICE, "can-bo.xlsx", HostileFiles.hugeMergedRegionXlsx()).get(0).plainText();
        assertTrue(sheet.contains("Nguyễn Văn Tư"), "the roster's merged region is read, clipped: " + sheet);
        String far = sendFile(OFFICE, "nhiem-vu.xlsx", HostileFiles.farCellXlsx()).get(0).plainText();
        assertTrue(far.contains("vượt giới hạn 20000 dòng"), far);
        String plan = String.join("\n", sendFile(OFFICE, "ke-hoach.docx", resource("plans/000.docx")).stream()
                .map(SentMessage::plainText).toList());
        assertTrue(plan.contains("Xem trước kế hoạch"), plan);
    }
}
