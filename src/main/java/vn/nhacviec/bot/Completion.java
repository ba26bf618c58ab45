package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.time.Duration;
import java.util.List;

/**
 * Marking one deadline done, or undoing it. Who may is settled before this runs ({@link DeadlineGate});
 * here only the deadline's state matters: done already, or past the undo window.
 */
@Singleton
class Completion {

    static final Duration UNDO_WINDOW = Duration.ofHours(24);

    private final AgendaStore agenda;
    private final Messages messages;
    private final Worklist worklist;

    private final EvidenceAtCompletion evidence;

    Completion(AgendaStore agenda, Messages messages, Worklist worklist, EvidenceAtCompletion evidence) {
        this.evidence = evidence;
        this.agenda = agenda;
        this.messages = messages;
        this.worklist = worklist;
    }

    /** Answers in reply to {@code replyTo} (the user's message, or the message whose button was pressed). */
    List<Outgoing> complete(Turn turn, AgendaItem item, String note, Long replyTo) {
        return complete(turn, item, note, replyTo, false);
    }

    /**
     * As above; a document number in the note is kept as evidence, and on a task whose product is a
     * document the confirmation asks for the evidence unless {@code fileFollows} (it came with "xong").
     */
    List<Outgoing> complete(Turn turn, AgendaItem item, String note, Long replyTo, boolean fileFollows) {
        if (!item.isOpen() || !agenda.complete(item.deadlineId(), turn.actor(), note, turn.now().toInstant(), turn.source())) {
            AgendaItem now = agenda.item(item.deadlineId()).orElse(item);
            return send(turn, messages.alreadyDone(now, turn.now().getZone()), replyTo, MessageMemo.none());
        }
        // a task with several obligations: the confirmation names the one marked and what stays open
        List<AgendaItem> stillOpen = agenda.openOfTask(item.communeId(), item.taskCode());
        Reply confirmed = messages.doneConfirmed(item, turn.now().toLocalDateTime(), note,
                stillOpen.isEmpty() ? vn.nhacviec.deadline.ReportingCalendar.none() : worklist.calendar(turn), stillOpen);
        EvidenceAtCompletion.Added added = evidence.atCompletion(turn, item, note, fileFollows);
        List<Outgoing> out = new java.util.ArrayList<>(send(turn, added.confirmation(confirmed), replyTo,
                MessageMemo.confirmation(turn.officer().id(), item.deadlineId())));
        out.addAll(added.notices());
        return out;
    }

    List<Outgoing> undo(Turn turn, AgendaItem item, Long replyTo) {
        if (item.doneAt() == null || item.isOpen()) {
            return send(turn, messages.undone(item), replyTo, MessageMemo.none());
        }
        if (Duration.between(item.doneAt(), turn.now().toInstant()).compareTo(UNDO_WINDOW) > 0) {
            return send(turn, messages.undoTooLate(item), replyTo, MessageMemo.none());
        }
        agenda.undo(item.deadlineId(), turn.actor(), turn.now().toInstant(), turn.source());
        return send(turn, messages.undone(item), replyTo, MessageMemo.none());
    }

    private static List<Outgoing> send(Turn turn, Reply reply, Long replyTo, MessageMemo memo) {
        return List.of(new Outgoing.Send(turn.incoming().chatId(), reply, replyTo, memo));
    }
}
