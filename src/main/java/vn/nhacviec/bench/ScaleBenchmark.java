package vn.nhacviec.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bench.store.GeneratedCountryStore;
import vn.nhacviec.bot.Conversation;
import vn.nhacviec.bot.Incoming;
import vn.nhacviec.bot.OutgoingSender;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.bot.telegram.UpdateLanes;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.reminder.scan.DailyScan;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The national-scale measurements of docs/benchmarks.md, run on a generated country through the
 * service's own code: the daily scan as the scheduler runs it, and the bot's conversation as the
 * update lanes run it, with Telegram replaced by a {@link RecordingGateway} (its time is excluded).
 */
@Singleton
public class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final GeneratedCountryStore country;
    private final DailyScan scan;
    private final Conversation conversation;
    private final BotMessageStore memory;
    private final AgendaStore agenda;
    private final RosterStore roster;
    private final DeadlineAccess access;
    private final java.time.Clock clock;
    private final int lanes;

    public ScaleBenchmark(GeneratedCountryStore country, DailyScan scan, Conversation conversation, BotMessageStore memory,
                          AgendaStore agenda, RosterStore roster, DeadlineAccess access, java.time.Clock clock,
                          vn.nhacviec.bot.BotProperties bot) {
        this.clock = clock;
        this.lanes = bot.getUpdateLanes();
        this.country = country;
        this.scan = scan;
        this.conversation = conversation;
        this.memory = memory;
        this.agenda = agenda;
        this.roster = roster;
        this.access = access;
    }

    /** The scan of {@code day}, {@code runs} times (each after forgetting the previous run and its digests). */
    public void scan(LocalDate day, int runs, PrintStream out) {
        for (int run = 1; run <= runs; run++) {
            country.forgetScan(day);
            try (HeapWatch heap = HeapWatch.start()) {
                java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                DailyScan.Result result = scan.run(day);
                double seconds = (System.nanoTime() - start) / 1e9;
                // the scan's own CPU time: on a shared machine the wall time also counts waiting for a core
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                out.printf(Locale.ROOT, "scan %s run %d: %.2f s (scan thread CPU %.2f s), %d digests, %d messages queued, "
                                + "heap in use at most %d MB (after collections at most %d MB) of max %d MB, load %s%n", day, run,
                        seconds, cpuSeconds, result.digests(), result.messages(), heap.highestBytes() >> 20,
                        heap.liveBytes() >> 20, HeapWatch.maxBytes() >> 20, load());
            }
        }
    }

    /** The busy commune's chairman sends /quahan {@code warmup + count} times; the last {@code count} are timed. */
    public void overdue(int warmup, int count, PrintStream out) {
        GeneratedCountryStore.Chairman chairman = country.busyChairman();
        RecordingGateway gateway = new RecordingGateway(System.currentTimeMillis() * 10);
        OutgoingSender sender = new OutgoingSender(gateway, memory);
        long overdue = agenda.open(chairman.communeId()).stream().filter(i -> i.isOverdue(LocalDate.now(clock))).count();
        long[] nanos = new long[count];
        long[] cpu = new long[count];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup + count; i++) {
            Incoming in = new Incoming(i, chairman.telegramUserId(), chairman.telegramUserId(), 1_000_000 + i, "/quahan",
                    null, null, null);
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sender.carryOut(conversation.handle(in));
            long took = System.nanoTime() - start;
            if (i >= warmup) {
                nanos[i - warmup] = took;
                cpu[i - warmup] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        out.printf(Locale.ROOT, "/quahan of the chairman of commune %d (%d overdue deadlines): %s; first page %d items, "
                        + "%d characters; load %s%n", chairman.communeId(), overdue, new Timings(nanos).summary(),
                gateway.last().numbered().size(), gateway.last().html().length(), load());
        // the service's own CPU per answer (the database's is not in it): what a loaded machine cannot inflate
        out.println("  CPU of the handling thread: " + new Timings(cpu).summary());
    }

    /**
     * "xong N" replies to digests at {@code rate} updates a second for {@code seconds}, from officers of
     * the first communes, each reply marking a different open deadline; through the service's update
     * lanes. A warm-up round of {@code warmupSeconds} at the same rate, from other chats, goes first and is
     * not counted: a serving JVM has long compiled the turn's code, a fresh one spends a core on it during
     * the first seconds. Afterwards the deadlines are opened again.
     */
    public void done(int rate, int seconds, int warmupSeconds, int perChat, PrintStream out) throws Exception {
        int warmupChats = chatsFor(rate * warmupSeconds, perChat);
        int chats = chatsFor(rate * seconds, perChat);
        List<Chat> prepared = prepareChats(warmupChats + chats, perChat);
        if (prepared.size() < warmupChats + chats) {
            throw new IllegalStateException("only " + prepared.size() + " officers with " + perChat
                    + " open items found; " + (warmupChats + chats) + " needed");
        }
        Set<Long> marked = new HashSet<>();
        prepared.forEach(c -> marked.addAll(c.items().values()));
        try {
            if (warmupSeconds > 0) {
                Round warmup = offer(prepared.subList(0, warmupChats), rate, rate * warmupSeconds);
                out.printf(Locale.ROOT, "warm-up (not counted): %d updates in %.1f s, %d failed%n",
                        warmup.total(), warmup.elapsed(), warmup.failed());
            }
            List<Chat> measured = prepared.subList(warmupChats, warmupChats + chats);
            Round round = offer(measured, rate, rate * seconds);
            long nowDone = measured.stream().flatMap(c -> c.items().values().stream()).map(agenda::item)
                    .flatMap(java.util.Optional::stream).filter(i -> !i.isOpen()).count();
            out.printf(Locale.ROOT, "xong (%d lanes): %d updates from %d chats offered at %d/s; all handled in %.1f s (%.0f/s)%s; "
                            + "%d deadlines marked done, %d answers sent, %d failed; load %s%n", this.lanes, round.total(), chats, rate,
                    round.elapsed(), round.total() / round.elapsed(), round.all() ? "" : " (TIMED OUT)", nowDone, round.sends(),
                    round.failed(), load());
            out.println("  processing per update: " + new Timings(round.processing()).summary());
            out.println("  offered → answered (queueing in the lanes included): " + new Timings(round.latency()).summary());
            out.println("  CPU of the lane thread per update: " + new Timings(round.cpu()).summary());
        } finally {
            out.println("  reopened " + country.reopen(marked) + " deadlines for the next run");
        }
    }

    private static int chatsFor(int updates, int perChat) {
        return (updates + perChat - 1) / perChat;
    }

    private record Round(int total, double elapsed, boolean all, int failed, long sends,
                         long[] processing, long[] latency, long[] cpu) {
    }

    /** {@code total} "xong N" replies from {@code chats} (round-robin, item 1 first) offered at {@code rate}/s, open loop. */
    private Round offer(List<Chat> chats, int rate, int total) throws Exception {
        RecordingGateway gateway = new RecordingGateway(System.currentTimeMillis() * 10);
        OutgoingSender sender = new OutgoingSender(gateway, memory);
        long[] scheduled = new long[total];
        long[] processing = new long[total];
        long[] latency = new long[total];
        long[] cpu = new long[total];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch finished = new CountDownLatch(total);
        UpdateLanes lanes = new UpdateLanes(this.lanes, incoming -> {
            int i = (int) incoming.updateId();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            try {
                sender.carryOut(conversation.handle(incoming));
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                throw e;
            } finally {
                long end = System.nanoTime();
                processing[i] = end - start;
                cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
                latency[i] = end - scheduled[i];
                finished.countDown();
            }
        }, "");
        List<Update> updates = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            Chat chat = chats.get(i % chats.size());
            int item = i / chats.size() + 1;
            updates.add(JSON.readValue(String.format(Locale.ROOT, "{\"update_id\":%d,\"message\":{\"message_id\":%d,"
                            + "\"from\":{\"id\":%d,\"is_bot\":false,\"first_name\":\"Cán bộ\"},\"chat\":{\"id\":%d,\"type\":\"private\"},"
                            + "\"date\":1781490000,\"text\":\"xong %d\",\"reply_to_message\":{\"message_id\":%d,"
                            + "\"chat\":{\"id\":%d,\"type\":\"private\"},\"date\":1781480000}}}",
                    i, 2_000_000 + i, chat.telegramId(), chat.telegramId(), item, chat.digestMessageId(), chat.telegramId()),
                    Update.class));
        }
        long origin = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < total; i++) {
            scheduled[i] = origin + (long) (i * (1e9 / rate));
            long wait = scheduled[i] - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            lanes.consume(updates.get(i));
        }
        boolean all = finished.await(5, TimeUnit.MINUTES);
        long end = System.nanoTime();
        lanes.close();
        return new Round(total, (end - origin) / 1e9, all, failed.get(), gateway.sends(), processing, latency, cpu);
    }

    /** The machine's load average over the last minute, as the figures are read against it. */
    static String load() {
        return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private record Chat(long officerId, long telegramId, long digestMessageId, Map<Integer, Long> items) {
    }

    /** Officers with {@code perChat} open dated items of their own, each item given to one officer only, and a digest listing them. */
    private List<Chat> prepareChats(int chats, int perChat) {
        List<Chat> result = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        // Telegram's message ids are ints: one id per run (seconds), distinct chats keep the memos apart
        long messageId = java.time.Instant.now().getEpochSecond() % 2_000_000_000L;
        Map<Long, List<long[]>> byCommune = new LinkedHashMap<>();
        for (long[] officer : country.linkedOfficers(chats / 8 + 10)) {
            byCommune.computeIfAbsent(officer[1], c -> new ArrayList<>()).add(officer);
        }
        for (Map.Entry<Long, List<long[]>> commune : byCommune.entrySet()) {
            List<AgendaItem> open = agenda.open(commune.getKey()).stream().filter(i -> i.due() != null).toList();
            Map<Long, List<String>> units = new java.util.HashMap<>();
            roster.members(commune.getKey()).forEach(m -> units.put(m.officer().id(), m.officer().units()));
            for (long[] officer : commune.getValue()) {
                Map<Integer, Long> items = new LinkedHashMap<>();
                for (AgendaItem item : open) {
                    if (items.size() < perChat && !taken.contains(item.deadlineId())
                            && access.leads(units.getOrDefault(officer[0], List.of()), item)) {
                        items.put(items.size() + 1, item.deadlineId());
                    }
                }
                if (items.size() == perChat && result.size() < chats) {
                    taken.addAll(items.values());
                    long digest = messageId;
                    memory.remember(officer[2], digest, new MessageMemo(MessageMemo.Kind.DIGEST, officer[0], items));
                    result.add(new Chat(officer[0], officer[2], digest, items));
                }
            }
            if (result.size() >= chats) {
                break;
            }
        }
        return result;
    }
}
