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
import vn.nhacviec.followup.ScanFollowUp;
import vn.nhacviec.reminder.DailyPlan;
import vn.nhacviec.reminder.Digest;
import vn.nhacviec.reminder.Recipient;
import vn.nhacviec.reminder.ReminderHistory;
import vn.nhacviec.reminder.ReminderPolicy;
import vn.nhacviec.reminder.ReminderTexts;
import vn.nhacviec.reminder.ReportingCalendars;
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

    public DailyScan(CommuneStore communes, AgendaStore agenda, RosterStore roster, ScanStore records, ReminderPolicy policy,
                     ReminderTexts digests, OutboxStore outbox, Clock clock, @Nullable TelegramGateway gateway,
                     ScanFollowUp followUp) {
        this.followUp = followUp;
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
        DailyPlan plan = decide(date);
        plan.warnings().forEach(w -> LOG.warn("scan {}: {}", date, w));
        int messages = 0;
        for (Digest digest : plan.digests()) {
            List<Reply> parts = digests.render(digest);
            for (int i = 0; i < parts.size(); i++) {
                Reply part = parts.get(i);
                String key = digest.idempotencyKey() + (parts.size() > 1 ? ":part" + (i + 1) : "");
                if (outbox.enqueue(new NewOutboxMessage(key, digest.recipient().communeId(), digest.recipient().officerId(),
                        NewOutboxMessage.DIGEST, date, part,
                        new MessageMemo(MessageMemo.Kind.DIGEST, digest.recipient().officerId(), part.numbered())))) {
                    messages++;
                }
            }
        }
        records.finish(date, clock.instant());
        LOG.info("scan of {}: {} digests, {} messages queued", date, plan.digests().size(), messages);
        return new Result(date, true, plan.digests().size(), messages);
    }

    /** What the policy decides for a day, without writing anything. */
    @Transactional
    public DailyPlan decide(LocalDate date) {
        return decide(date, false);
    }

    private DailyPlan decide(LocalDate date, boolean everyoneLinked) {
        List<AgendaItem> items = new ArrayList<>();
        List<Recipient> recipients = new ArrayList<>();
        Cover cover = followUp.cover(date); // an officer on leave: their units go to the delegate that day
        for (CommuneRecord commune : communes.all()) {
            items.addAll(agenda.all(commune.id()));
            List<RosterStore.LinkedOrNot> members = roster.members(commune.id());
            Map<Long, List<String>> units = new LinkedHashMap<>();
            members.forEach(m -> units.put(m.officer().id(), m.officer().units()));
            Map<Long, List<String>> onDuty = cover.apply(units);
            for (RosterStore.LinkedOrNot member : members) {
                Recipient base = Recipient.of(member.officer(), commune.id());
                recipients.add(new Recipient(base.officerId(), base.communeId(), base.name(), base.role(),
                        onDuty.getOrDefault(base.officerId(), List.of()), everyoneLinked || member.chatId() != null));
            }
        }
        ReportingCalendars calendars = new ReportingCalendars(records.calendars(date.getYear()));
        LocalDate previous = records.previousDelivered(date).orElse(null);
        // Officers who linked since the last scan get all their open items now, not at their next stage.
        Set<Long> newlyLinked = previous == null ? Set.of() : records.linkedSince(previous);
        ReminderHistory history = new ReminderHistory(previous, records.snoozes(), newlyLinked)
                .withUnexplained(followUp.unexplained(date));
        return policy.plan(date, items, recipients, calendars, history);
    }

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
