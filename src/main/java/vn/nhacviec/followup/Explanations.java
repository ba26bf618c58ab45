package vn.nhacviec.followup;

import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.store.ExplanationStore;
import vn.nhacviec.reminder.ReminderHistory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "❓ Yêu cầu giải trình": the chairman or a vice-chairman asks why an overdue item is late; the officers
 * who answer for it that day (a colleague on leave's delegate included) are asked; their answer goes back
 * to the asker. The bot and the web call this; the bot delivers the questions and answers.
 */
public class Explanations {

    /** What asking came to. */
    public sealed interface Asking {
        /** Filed: {@code officers} are to be asked (those of them linked to Telegram can be). */
        record Asked(Explanation explanation, AgendaItem item, List<RosterStore.LinkedOrNot> officers) implements Asking {
        }

        /** One is already waiting for an answer on this item. */
        record AlreadyWaiting(Explanation explanation, AgendaItem item) implements Asking {
        }

        record Refused(DeadlineAccess.Refusal refusal, AgendaItem item) implements Asking {
        }

        record Unknown() implements Asking {
        }
    }

    /** What answering came to. */
    public sealed interface Answering {
        record Answered(Explanation explanation, AgendaItem item) implements Answering {
        }

        record AlreadyAnswered(Explanation explanation) implements Answering {
        }

        record Refused(DeadlineAccess.Refusal refusal, AgendaItem item) implements Answering {
        }

        record Unknown() implements Answering {
        }
    }

    private final AgendaStore agenda;
    private final ExplanationStore store;
    private final RosterStore roster;
    private final Handovers handovers;
    private final DeadlineAccess access;
    private final ChaseRule chase;

    public Explanations(AgendaStore agenda, ExplanationStore store, RosterStore roster, Handovers handovers,
                        DeadlineAccess access, ChaseRule chase) {
        this.agenda = agenda;
        this.store = store;
        this.roster = roster;
        this.handovers = handovers;
        this.access = access;
        this.chase = chase;
    }

    public Asking ask(Actor actor, long deadlineId, String by, Instant at, LocalDate today) {
        Optional<AgendaItem> item = agenda.item(deadlineId);
        if (item.isEmpty()) {
            return new Asking.Unknown();
        }
        Optional<DeadlineAccess.Refusal> refusal = access.refusalToAskWhy(actor, item.get(), today);
        if (refusal.isPresent()) {
            return new Asking.Refused(refusal.get(), item.get());
        }
        Optional<Long> id = store.ask(deadlineId, item.get().communeId(), actor.officerId(), by, today, at);
        if (id.isEmpty()) {
            return store.waitingFor(deadlineId).<Asking>map(e -> new Asking.AlreadyWaiting(e, item.get()))
                    .orElseGet(() -> ask(actor, deadlineId, by, at, today)); // answered in between: ask again
        }
        return new Asking.Asked(store.find(id.get()).orElseThrow(), item.get(), responsible(item.get(), today));
    }

    /** The officers who answer for the item on {@code day}: its lead units' officers, a delegate for one away. */
    public List<RosterStore.LinkedOrNot> responsible(AgendaItem item, LocalDate day) {
        Map<Long, List<String>> units = handovers.unitsOn(item.communeId(), day);
        return roster.members(item.communeId()).stream()
                .filter(m -> access.leads(units.getOrDefault(m.officer().id(), List.of()), item)).toList();
    }

    /** An officer's answer; {@code proposedDue} (may be null) is passed on as an extension request by the caller. */
    public Answering answer(Actor actor, long explanationId, String text, LocalDate proposedDue, String by, Instant at) {
        Optional<Explanation> asked = store.find(explanationId);
        Optional<AgendaItem> item = asked.flatMap(e -> agenda.item(e.deadlineId()));
        if (item.isEmpty()) {
            return new Answering.Unknown();
        }
        if (asked.get().isAnswered()) {
            return new Answering.AlreadyAnswered(asked.get());
        }
        Optional<DeadlineAccess.Refusal> refusal = access.refusal(actor, DeadlineAccess.Action.EXPLAIN, item.get());
        if (refusal.isPresent() && refusal.get() != DeadlineAccess.Refusal.CLOSED) {
            return new Answering.Refused(refusal.get(), item.get()); // done meanwhile: the answer is still welcome
        }
        if (!store.answer(explanationId, text, proposedDue, by, at)) {
            return new Answering.AlreadyAnswered(store.find(explanationId).orElse(asked.get()));
        }
        return new Answering.Answered(store.find(explanationId).orElseThrow(), item.get());
    }

    /** The unanswered request of an item, if any. */
    public Optional<Explanation> waitingFor(long deadlineId) {
        return store.waitingFor(deadlineId);
    }

    /** A commune's requests, newest first (the web's list). */
    public List<Explanation> ofCommune(long communeId) {
        return store.ofCommune(communeId);
    }

    /** The unanswered requests past the limit on {@code day}, for the chairman's digest (still open items only). */
    public List<ReminderHistory.Unexplained> toChase(LocalDate day) {
        List<ReminderHistory.Unexplained> due = new ArrayList<>();
        for (Explanation e : store.unanswered()) {
            if (chase.chase(e, day)) {
                agenda.item(e.deadlineId()).filter(AgendaItem::isOpen).ifPresent(item -> due.add(new ReminderHistory.Unexplained(
                        item, e.askedByOfficerId(), e.askedBy(), e.askedOn(), chase.workingDaysWaiting(e.askedOn(), day))));
            }
        }
        return due;
    }
}
