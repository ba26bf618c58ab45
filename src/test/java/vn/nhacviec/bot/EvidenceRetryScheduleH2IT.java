package vn.nhacviec.bot;

import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.store.EvidenceStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.testsupport.LiveBot;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evidence retry is really scheduled: with the service's scheduler on (as in {@code serve}) and the retry
 * every second, a photo that came while the file store was away is stored by itself once the store is back,
 * without the officer sending it again and without anyone calling the retry.
 */
class EvidenceRetryScheduleH2IT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long TU = 4101;

    @Test
    void aWaitingPhotoIsStoredByTheScheduledRetryOnceTheStoreIsBack() throws Exception {
        Path files = Files.createTempDirectory("evidence-retry");
        Path away = files.resolveSibling(files.getFileName() + "-away");
        try (LiveBot bot = LiveBot.start(TestDatabase.h2(), "2024-04-08T09:00:00+07:00", Map.of(
                "nhacviec.scheduler.enabled", "true", "nhacviec.evidence.retry-every", "1s",
                "nhacviec.evidence.directory", files.toString()))) {
            FakeTelegram telegram = bot.telegram();
            telegram.enforceRateLimits(false);
            PlanSource source = PlanFile.fromBytes(Seeds.SON_KY_2024, Seeds.bytes(Seeds.SON_KY_2024));
            Plan plan = new PlanReader(UnitCatalog.defaults()).read(source.text(), 2024);
            bot.context().getBean(PlanStore.class).save(plan, source, "test");
            long communeId = bot.context().getBean(CommuneStore.class).find("Sơn Kỳ").orElseThrow().id();
            bot.link(TU, bot.context().getBean(RosterStore.class).add("Sơn Kỳ", "Nguyễn Văn Tư", List.of("TP-HT"),
                    Role.OFFICER, "test").inviteCode(), WAIT);
            AgendaItem item = bot.context().getBean(AgendaStore.class).open(communeId).stream()
                    .filter(i -> i.due() != null && i.leadUnits().contains("TP-HT")).findFirst().orElseThrow();
            EvidenceStore store = bot.context().getBean(EvidenceStore.class);

            Files.move(files, away); // the store is away: a plain file where its directory was
            Files.writeString(files, "not a directory");
            byte[] photo = BotEvidenceContract.image("jpg", 0x22AA55);
            telegram.userSendsPhoto(TU, photo, "xong #" + item.taskCode(), null);
            await(() -> telegram.sentTo(TU).stream().anyMatch(m -> m.plainText().startsWith("⏳")), "the officer is told it waits");
            Evidence waiting = await(() -> store.ofDeadline(item.deadlineId()).stream()
                    .filter(e -> e.kind() == Evidence.Kind.FILE).findFirst(), "the file is recorded");
            assertEquals(Evidence.State.PENDING, waiting.state(), waiting.toString());

            Files.delete(files); // the store is back
            Files.move(away, files);
            Evidence stored = await(() -> store.find(waiting.id()).filter(e -> e.state() == Evidence.State.STORED),
                    "the scheduled retry stores it");
            assertEquals(PlanFile.sha256(photo), stored.sha256());
            assertTrue(Files.isRegularFile(files.resolve(stored.storageKey())), stored.storageKey());
            assertEquals(waiting.telegramFileId(), stored.telegramFileId(), "fetched again by its Telegram file id");
        } finally {
            if (Files.isRegularFile(files)) {
                Files.delete(files);
                Files.move(away, files);
            }
            try (var walk = Files.walk(files)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static <T> T await(Supplier<Optional<T>> probe, String what) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out: " + what);
    }

    private static void await(java.util.function.BooleanSupplier probe, String what) throws InterruptedException {
        await(() -> probe.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), what);
    }
}
