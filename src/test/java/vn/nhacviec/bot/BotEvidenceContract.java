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
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.EvidenceBinder;
import vn.nhacviec.evidence.store.EvidenceBinders;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import vn.nhacviec.evidence.store.EvidenceStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.HostileFiles;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.SentMessage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Evidence of completion through the Telegram stand-in, on a real database: "xong" with a photo is
 * stored with its checksum, the office returns it with a reason and the officer finds it open
 * again, the binder of the seed plan holds each stored file under its task, and files over the
 * limit, of a forbidden type or hostile are answered and not stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class BotEvidenceContract {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final long TU = 4001;       // Tư pháp – Hộ tịch of Sơn Kỳ
    static final long PHONG = 4002;    // Văn phòng – Thống kê of Sơn Kỳ
    static final long CHU_TICH = 4003; // chairman

    LiveBot bot;
    FakeTelegram telegram;
    ApplicationContext context;
    Path files;
    long communeId;

    protected abstract TestDatabase database();

    @BeforeAll
    void start() throws IOException {
        files = Files.createTempDirectory("evidence-it");
        bot = LiveBot.start(database(), "2024-04-08T09:00:00+07:00", Map.of("nhacviec.telegram.messages-per-minute", 200,
                "nhacviec.evidence.directory", files.toString(), "nhacviec.evidence.max-bytes", 2 * 1024 * 1024));
        telegram = bot.telegram();
        telegram.enforceRateLimits(false);
        context = bot.context();
        PlanSource source = PlanFile.fromBytes(Seeds.SON_KY_2024, Seeds.bytes(Seeds.SON_KY_2024));
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
        context.getBean(PlanStore.class).save(plan, source, "test");
        communeId = context.getBean(CommuneStore.class).find("Sơn Kỳ").orElseThrow().id();
        RosterStore roster = context.getBean(RosterStore.class);
        bot.link(TU, roster.add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"), Role.OFFICER, "test").inviteCode(), WAIT);
        bot.link(PHONG, roster.add("Sơn Kỳ", "Lê Văn Phòng", List.of("VP-TK"), Role.OFFICE, "test").inviteCode(), WAIT);
        bot.link(CHU_TICH, roster.add("Sơn Kỳ", "Đinh Văn Chủ", List.of(), Role.CHAIRMAN, "test").inviteCode(), WAIT);
    }

    @AfterAll
    void stop() throws IOException {
        if (bot != null) {
            bot.close();
        }
        try (var walk = Files.walk(files)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** The officer's open dated items, soonest first. */
    private List<AgendaItem> openOfTu() {
        return context.getBean(AgendaStore.class).open(communeId).stream()
                .filter(i -> i.due() != null && i.leadUnits().contains("TP-HT")).toList();
    }

    @Test
    @Order(1)
    void xongWithAPhotoIsStoredWithItsChecksumAndShownToTheOffice() throws IOException {
        AgendaItem item = openOfTu().get(0);
        byte[] photo = jpeg();
        int officeBefore = telegram.sentTo(PHONG).size();
        List<String> answers = send(TU, 3, () -> telegram.userSendsPhoto(TU, photo, "xong #" + item.taskCode(), null));
        String all = String.join("\n", answers);
        assertTrue(all.contains("Đã lưu «anh-"), all);
        assertTrue(all.contains("#" + item.taskCode()), all);

        List<Evidence> kept = context.getBean(EvidenceStore.class).ofDeadline(item.deadlineId());
        assertEquals(1, kept.size(), kept.toString());
        Evidence evidence = kept.get(0);
        assertEquals(Evidence.State.STORED, evidence.state());
        assertEquals(PlanFile.sha256(photo), evidence.sha256());
        try (InputStream in = context.getBean(EvidenceKeeper.class).files().open(evidence.storageKey())) {
            assertArrayEquals(photo, in.readAllBytes(), "the stored file is the photo sent");
        }
        assertFalse(context.getBean(AgendaStore.class).item(item.deadlineId()).orElseThrow().isOpen(), "marked done");

        SentMessage notice = telegram.awaitNextMessage(PHONG, officeBefore, WAIT);
        assertTrue(notice.plainText().contains("báo hoàn thành việc #" + item.taskCode()), notice.plainText());
        assertEquals(List.of("✔️ Chấp nhận", "↩️ Trả lại"), notice.buttons().stream().map(b -> b.text()).toList());
    }

    @Test
    @Order(2)
    void theOfficeReturnsItWithAReasonAndTheOfficerSeesItOpenAgain() {
        Evidence evidence = allEvidence().stream().filter(Evidence::isStoredFile).findFirst().orElseThrow();
        AgendaItem item = context.getBean(AgendaStore.class).item(evidence.deadlineId()).orElseThrow();
        SentMessage notice = telegram.sentTo(PHONG).stream().filter(m -> m.plainText().contains("báo hoàn thành việc #"
                + item.taskCode())).reduce((a, b) -> b).orElseThrow();
        int before = telegram.sentTo(PHONG).size();
        telegram.userPresses(PHONG, notice.messageId(), notice.button("↩️ Trả lại").callbackData());
        SentMessage why = telegram.awaitNextMessage(PHONG, before, WAIT);
        assertTrue(why.plainText().contains("Lý do trả lại"), why.plainText());

        int tuBefore = telegram.sentTo(TU).size();
        telegram.userReplies(PHONG, why.messageId(), "Ảnh chưa có dấu đỏ của UBND");
        SentMessage toOfficer = telegram.awaitNextMessage(TU, tuBefore, WAIT);
        assertTrue(toOfficer.plainText().contains("trả lại kết quả việc #" + item.taskCode()), toOfficer.plainText());
        assertTrue(toOfficer.plainText().contains("Lý do: Ảnh chưa có dấu đỏ của UBND"), toOfficer.plainText());
        assertTrue(context.getBean(AgendaStore.class).item(item.deadlineId()).orElseThrow().isOpen(), "open again");

        int listBefore = telegram.sentTo(TU).size();
        telegram.userSends(TU, "/viec");
        String list = telegram.awaitNextMessage(TU, listBefore, WAIT).plainText();
        assertTrue(list.contains("#" + item.taskCode()), "the returned item is in /viec again: " + list);

        List<String> history = context.getBean(vn.nhacviec.audit.AuditRepository.class).findByCommuneIdOrderByIdDesc(communeId)
                .stream().filter(r -> ("deadline:" + item.deadlineId()).equals(r.subject())).map(r -> r.action()).toList();
        assertTrue(history.contains("DEADLINE_DONE") && history.contains("COMPLETION_RETURNED"), history.toString());
    }

    @Test
    @Order(3)
    void aDocumentNumberWithXongIsKeptWithItsDate() {
        AgendaItem item = openOfTu().get(1);
        List<String> answers = send(TU, 1, () -> telegram.userSends(TU, "xong #" + item.taskCode()
                + ", QD so 12/QD-UBND ngay 3/3/2024"));
        assertTrue(answers.get(0).contains("12/QĐ-UBND ngày 03/03/2024"), answers.get(0));
        Evidence number = context.getBean(EvidenceStore.class).ofDeadline(item.deadlineId()).get(0);
        assertEquals(Evidence.Kind.NUMBER, number.kind());
        assertEquals("12/QĐ-UBND", number.number().number());
    }

    @Test
    @Order(4)
    void filesOverTheLimitOfAForbiddenTypeOrHostileGetAClearAnswerAndAreNotStored() {
        AgendaItem item = openOfTu().get(2);
        send(TU, 1, () -> telegram.userSends(TU, "xong #" + item.taskCode()));
        int storedBefore = (int) allEvidence().stream().filter(Evidence::isStoredFile).count();
        Map<String, byte[]> files = new HashMap<>();
        files.put("virus.exe", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        files.put("ghi-chu.txt", "xong rồi".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.put("qua-lon.pdf", bigPdf());
        for (String hostile : List.of("inflating.docx", "many-rows.xlsx", "flate-bomb.pdf", "nested-tables.docx",
                "not-a-document.zip")) {
            files.put(hostile, HostileFiles.all().get(hostile).get());
        }
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            List<String> answers = send(TU, 1, () -> telegram.userSendsDocument(TU, file.getKey(), file.getValue()),
                    a -> a.startsWith("⚠️") || a.startsWith("📎") || a.startsWith("⏳"));
            String answer = answers.get(answers.size() - 1);
            assertTrue(answer.startsWith("⚠️ Không lưu tệp «" + file.getKey() + "»"), file.getKey() + ": " + answer);
        }
        assertTrue(String.join("", List.of()).isEmpty());
        assertEquals(storedBefore, allEvidence().stream().filter(Evidence::isStoredFile).count(), "nothing more stored");
        assertTrue(allEvidence().stream().filter(e -> e.state() == Evidence.State.REFUSED).count() >= files.size());
    }

    @Test
    @Order(5)
    void theBinderOfTheSeedPlanHoldsEachStoredFileUnderItsTask() throws IOException {
        AgendaItem item = openOfTu().get(0);
        byte[] photo = png();
        send(TU, 3, () -> telegram.userSendsPhoto(TU, photo, "xong #" + item.taskCode(), null));
        EvidenceBinders binders = context.getBean(EvidenceBinders.class);
        EvidenceBinders.PlanRef plan = binders.plan(communeId, 2024).orElseThrow();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        binders.write(plan, zip);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(entries.containsKey(EvidenceBinder.INDEX), entries.keySet().toString());
        List<Evidence> stored = allEvidence().stream().filter(Evidence::isStoredFile).toList();
        assertFalse(stored.isEmpty());
        for (Evidence e : stored) {
            AgendaItem task = context.getBean(AgendaStore.class).item(e.deadlineId()).orElseThrow();
            String folderStart = "/" + task.taskCode() + " - ";
            var match = entries.entrySet().stream().filter(en -> en.getKey().contains(folderStart)
                    && en.getKey().matches(".*/" + task.taskCode() + "-[0-9]+\\." + e.type().extension())
                    && java.util.Arrays.equals(en.getValue(), readStored(e))).findFirst();
            assertTrue(match.isPresent(), "evidence " + e.id() + " of #" + task.taskCode() + " in " + entries.keySet());
        }
        // /hoso gives the same binder to the chairman
        int before = telegram.sentDocuments().size();
        telegram.userSends(CHU_TICH, "/hoso");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (telegram.sentDocuments().size() == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(telegram.sentDocuments().size() > before, "the chairman got the binder");
    }

    @Test
    @Order(6)
    void aPhotoTheStoreCannotTakeIsKeptPendingWithItsFileIdAndStoredByTheRetryOnceTheStoreIsBack() throws IOException {
        AgendaItem item = openOfTu().get(0);
        byte[] photo = image("jpg", 0x2255CC); // bytes no earlier test stored
        EvidenceKeeper keeper = context.getBean(EvidenceKeeper.class);
        // the store goes away for real: its directory is replaced by a plain file, which even root cannot write under
        Path away = files.resolveSibling(files.getFileName() + "-away");
        Files.move(files, away);
        Files.writeString(files, "not a directory");
        Evidence pending;
        try {
            List<String> answers = send(TU, 1, () -> telegram.userSendsPhoto(TU, photo, "xong #" + item.taskCode(), null),
                    a -> a.startsWith("⏳") || a.startsWith("⚠️") || a.startsWith("📎 Đã lưu"));
            String last = answers.get(answers.size() - 1);
            assertTrue(last.startsWith("⏳") && last.contains("không cần gửi lại"), String.join("\n", answers));
            assertFalse(context.getBean(AgendaStore.class).item(item.deadlineId()).orElseThrow().isOpen(),
                    "the completion counts while its file waits");
            pending = context.getBean(EvidenceStore.class).ofDeadline(item.deadlineId()).stream()
                    .filter(e -> e.kind() == Evidence.Kind.FILE).findFirst().orElseThrow();
            assertEquals(Evidence.State.PENDING, pending.state(), pending.toString());
            assertFalse(pending.telegramFileId() == null || pending.telegramFileId().isBlank(), "the file id is kept");
            assertTrue(pending.sha256() == null && pending.storageKey() == null, pending.toString());
            assertTrue(String.valueOf(pending.lastError()).startsWith("store:"), pending.lastError());

            // a retry while the store is still away keeps it waiting, nothing lost
            assertEquals(0, keeper.retryPending(java.time.Instant.parse("2024-04-08T02:10:00Z"), 50));
            Evidence still = context.getBean(EvidenceStore.class).find(pending.id()).orElseThrow();
            assertEquals(Evidence.State.PENDING, still.state());
            assertTrue(still.attempts() > pending.attempts(), "the attempt is counted");
        } finally {
            Files.delete(files);
            Files.move(away, files);
        }

        // the store is back: the retry (what EvidenceRetry runs every few minutes) fetches it again by its file id
        assertEquals(1, keeper.retryPending(java.time.Instant.parse("2024-04-08T02:15:00Z"), 50));
        Evidence stored = context.getBean(EvidenceStore.class).find(pending.id()).orElseThrow();
        assertEquals(Evidence.State.STORED, stored.state(), stored.toString());
        assertEquals(pending.telegramFileId(), stored.telegramFileId());
        assertEquals(PlanFile.sha256(photo), stored.sha256(), "stored with its checksum");
        assertArrayEquals(photo, readStored(stored), "the stored file is the photo sent");
        assertEquals(0, keeper.retryPending(java.time.Instant.parse("2024-04-08T02:20:00Z"), 50), "nothing left waiting");
    }

    private byte[] readStored(Evidence e) {
        try (InputStream in = context.getBean(EvidenceKeeper.class).files().open(e.storageKey())) {
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private List<Evidence> allEvidence() {
        return context.getBean(AgendaStore.class).all(communeId).stream()
                .flatMap(i -> context.getBean(EvidenceStore.class).ofDeadline(i.deadlineId()).stream()).toList();
    }

    private List<String> send(long user, int count, Runnable action) {
        return send(user, count, action, a -> true);
    }

    /** Runs the action and collects the bot's next messages to {@code user} until {@code count} matched {@code last}. */
    private List<String> send(long user, int count, Runnable action, java.util.function.Predicate<String> last) {
        int before = telegram.sentTo(user).size();
        action.run();
        List<String> answers = new java.util.ArrayList<>();
        int matched = 0;
        while (matched < count) {
            String next = telegram.awaitNextMessage(user, before + answers.size(), WAIT).plainText();
            answers.add(next);
            if (last.test(next)) {
                matched++;
            }
        }
        return answers;
    }

    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] image(String format) throws IOException {
        return image(format, 0xCC2222);
    }

    static byte[] image(String format, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            image.setRGB(x, x % 48, rgb);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PDF over the 2 MB limit this suite configures. */
    private static byte[] bigPdf() {
        byte[] bytes = new byte[3 * 1024 * 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }
}
