package vn.nhacviec.reminder.scan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.delegation.Cover;
import vn.nhacviec.coordination.store.PartStore;
import vn.nhacviec.followup.ScanFollowUp;
import vn.nhacviec.reminder.DailyPlan;
import vn.nhacviec.reminder.Digest;
import vn.nhacviec.reminder.Recipient;
import vn.nhacviec.reminder.ReminderHistory;
import vn.nhacviec.reminder.ReminderPolicy;
import vn.nhacviec.reminder.ReminderTexts;
import vn.nhacviec.reminder.ReportingCalendars;
import vn.nhacviec.reminder.ScanWindow;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The daily scan: reads every commune's deadlines and roster, asks the reminder policy what is
 * due today, renders one digest per officer and writes it to the outbox — all in one
 * transaction, claimed by the day's scan_run row, so a scan run twice never sends twice.
 */
@Singleton
public class DailyScan {

    private static final Logger LOG = LoggerFactory.getLogger(DailyScan.class);

    public record Result(LocalDate date, boolean ran, int digests, int messages) {
    }

    /** What a scan would send to one officer. */
    public record Preview(Recipient recipient, List<Reply> messages, boolean linked) {
    }

    private final CommuneStore communes;
    private final AgendaStore agenda;
    private final RosterStore roster;
    private final ScanStore records;
    private final ReminderPolicy policy;
    private final ReminderTexts digests;
    private final OutboxStore outbox;
    private final Clock clock;
    private final boolean botOn;
    private final ScanFollowUp followUp;
    private final PartStore parts;

    public DailyScan(CommuneStore communes, AgendaStore agenda, RosterStore roster, ScanStore records, ReminderPolicy policy,
                     ReminderTexts digests, OutboxStore outbox, Clock clock, @Nullable TelegramGateway gateway,
                     ScanFollowUp followUp, PartStore parts) {
        this.followUp = followUp;
        this.parts = parts;
        this.communes = communes;
        this.agenda = agenda;
        this.roster = roster;
        this.records = records;
        this.policy = policy;
        this.digests = digests;
        this.outbox = outbox;
        this.clock = clock;
        this.botOn = gateway != null;
    }

    @Transactional
    public Result run(LocalDate date) {
        if (!records.claim(date, instance(), botOn, clock.instant())) {
            LOG.info("scan of {} already ran; nothing to do", date);
            return new Result(date, false, 0, 0);
        }
        int[] counts = new int[2];
        decideByBatch(date, false, plan -> {
            plan.warnings().forEach(w -> LOG.warn("scan {}: {}", date, w));
            List<NewOutboxMessage> queued = new ArrayList<>();
            for (Digest digest : plan.digests()) {
                List<Reply> parts = digests.render(digest);
                for (int i = 0; i < parts.size(); i++) {
                    Reply part = parts.get(i);
                    String key = digest.idempotencyKey() + (parts.size() > 1 ? ":part" + (i + 1) : "");
                    queued.add(new NewOutboxMessage(key, digest.recipient().communeId(), digest.recipient().officerId(),
                            NewOutboxMessage.DIGEST, date, part,
                            new MessageMemo(MessageMemo.Kind.DIGEST, digest.recipient().officerId(), part.numbered())));
                }
            }
            counts[0] += plan.digests().size();
            counts[1] += outbox.enqueueAll(queued);
        });
        records.finish(date, clock.instant());
        LOG.info("scan of {}: {} digests, {} messages queued", date, counts[0], counts[1]);
        return new Result(date, true, counts[0], counts[1]);
    }

    /** What the policy decides for a day, without writing anything. */
    @Transactional
    public DailyPlan decide(LocalDate date) {
        return decide(date, false);
    }

    private DailyPlan decide(LocalDate date, boolean everyoneLinked) {
        List<Digest> all = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        decideByBatch(date, everyoneLinked, plan -> {
            all.addAll(plan.digests());
            warnings.addAll(plan.warnings());
        });
        return new DailyPlan(date, all, warnings);
    }

    /**
     * Decides the day a batch of communes at a time, in commune order, and hands each batch's plan to
     * {@code batchDone}: only one batch's deadlines and roster are in memory, whatever the size of the
     * country. The policy decides each commune on its own, so the batches add up to the plan of the whole.
     */
    private void decideByBatch(LocalDate date, boolean everyoneLinked, Consumer<DailyPlan> batchDone) {
        if (!policy.calendar().isWorkingDay(date)) {
            return; // a day off sends nothing: no need to read the country
        }
        LocalDate previous = records.previousDelivered(date).orElse(null);
        // Officers who linked since the last scan get all their open items now, not at their next stage.
        Set<Long> newlyLinked = previous == null ? Set.of() : records.linkedSince(previous);
        LocalDate windowStart = ScanWindow.of(date, previous, policy.calendar()).after();
        Cover cover = followUp.cover(date); // an officer on leave: their units go to the delegate that day
        List<ReminderHistory.Unexplained> unexplained = followUp.unexplained(date);
        long[] ids = communes.all().stream().mapToLong(CommuneRecord::id).sorted().toArray();
        List<long[]> batches = new ArrayList<>();
        for (int from = 0; from < ids.length; from += COMMUNES_PER_BATCH) {
            batches.add(new long[] {ids[from], ids[Math.min(ids.length, from + COMMUNES_PER_BATCH) - 1]});
        }
        // The next batch is read while this one is decided and queued: reading is mostly waiting for the
        // database, deciding is all CPU, so the two overlap (the reads are their own read-only transactions;
        // the writes stay in the scan's). Two batches are in memory at a time, hence batches of 50.
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "scan-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Batch> next = batches.isEmpty() ? null : reader.submit(() -> read(batches.get(0), date, everyoneLinked,
                    previous, newlyLinked, windowStart, cover, unexplained));
            for (int b = 0; b < batches.size(); b++) {
                Batch batch = await(next);
                if (b + 1 < batches.size()) {
                    long[] following = batches.get(b + 1);
                    next = reader.submit(() -> read(following, date, everyoneLinked, previous, newlyLinked, windowStart,
                            cover, unexplained));
                }
                batchDone.accept(policy.plan(date, batch.items(), batch.recipients(), batch.calendars(), batch.history()));
            }
        } finally {
            reader.shutdownNow();
        }
    }

    /** What the policy needs to decide a batch of communes. */
    private record Batch(List<AgendaItem> items, List<Recipient> recipients, ReportingCalendars calendars,
                         ReminderHistory history) {
    }

    private Batch read(long[] range, LocalDate date, boolean everyoneLinked, @Nullable LocalDate previous,
                       Set<Long> newlyLinked, LocalDate windowStart, Cover cover,
                       List<ReminderHistory.Unexplained> unexplained) {
        long first = range[0];
        long last = range[1];
        List<AgendaItem> items = new ArrayList<>();
        agenda.allOfCommunes(first, last).values().forEach(items::addAll);
        List<Recipient> recipients = new ArrayList<>();
        roster.membersOfCommunes(first, last).forEach((communeId, members) -> {
            Map<Long, List<String>> units = new LinkedHashMap<>();
            members.forEach(m -> units.put(m.officer().id(), m.officer().units()));
            Map<Long, List<String>> onDuty = cover.apply(units);
            for (RosterStore.LinkedOrNot member : members) {
                Recipient base = Recipient.of(member.officer(), communeId);
                recipients.add(new Recipient(base.officerId(), base.communeId(), base.name(), base.role(),
                        onDuty.getOrDefault(base.officerId(), List.of()), everyoneLinked || member.chatId() != null));
            }
        });
        ReportingCalendars calendars = new ReportingCalendars(records.calendars(date.getYear(), first, last));
        // the parts already reported of the open coordinated items: those units are not reminded again
        List<Long> coordinated = items.stream().filter(i -> i.isOpen() && !i.partUnits().isEmpty())
                .map(AgendaItem::deadlineId).toList();
        ReminderHistory history = new ReminderHistory(previous, records.snoozes(first, last, windowStart), newlyLinked)
                .withUnexplained(unexplained)
                .withPartReports(coordinated.isEmpty() ? Map.of() : parts.of(coordinated));
        return new Batch(items, recipients, calendars, history);
    }

    private static Batch await(Future<Batch> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Communes decided together: about 20,000 deadlines in memory at a time, twice (one read ahead). */
    private static final int COMMUNES_PER_BATCH = 50;

    /**
     * What each officer would get on {@code date} if every officer were linked (the office checks
     * the policy before people link); {@code linked} says who really is.
     */
    @Transactional
    public List<Preview> preview(LocalDate date) {
        Set<Long> linked = new java.util.HashSet<>();
        communes.all().forEach(c -> roster.members(c.id()).stream().filter(m -> m.chatId() != null)
                .forEach(m -> linked.add(m.officer().id())));
        return decide(date, true).digests().stream()
                .map(d -> new Preview(d.recipient(), digests.render(d), linked.contains(d.recipient().officerId()))).toList();
    }

    private static String instance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
