package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Responsibility;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.time.Duration;
import java.util.List;

/**
 * Marking one deadline done, or undoing it, with the permission rules: an officer acts on their
 * units' deadlines, leaders on their commune's, nobody on another commune's.
 */
@Singleton
class Completion {

    static final Duration UNDO_WINDOW = Duration.ofHours(24);

    private final AgendaStore agenda;
    private final Messages messages;

    Completion(AgendaStore agenda, Messages messages) {
        this.agenda = agenda;
        this.messages = messages;
    }

    /** Answers in reply to {@code replyTo} (the user's message, or the message whose button was pressed). */
    List<Outgoing> complete(Turn turn, AgendaItem item, String note, Long replyTo) {
        Reply refusal = refusal(turn, item);
        if (refusal != null) {
            return send(turn, refusal, replyTo, MessageMemo.none());
        }
        if (!item.isOpen() || !agenda.complete(item.deadlineId(), turn.actor(), note, turn.now().toInstant(), turn.source())) {
            AgendaItem now = agenda.item(item.deadlineId()).orElse(item);
            return send(turn, messages.alreadyDone(now), replyTo, MessageMemo.none());
        }
        return send(turn, messages.doneConfirmed(item, turn.now().toLocalDateTime(), note), replyTo,
                MessageMemo.confirmation(turn.officer().id(), item.deadlineId()));
    }

    List<Outgoing> undo(Turn turn, AgendaItem item, Long replyTo) {
        Reply refusal = refusal(turn, item);
        if (refusal != null) {
            return send(turn, refusal, replyTo, MessageMemo.none());
        }
        if (item.doneAt() == null || item.isOpen()) {
            return send(turn, messages.undone(item), replyTo, MessageMemo.none());
        }
        if (Duration.between(item.doneAt(), turn.now().toInstant()).compareTo(UNDO_WINDOW) > 0) {
            return send(turn, messages.undoTooLate(item), replyTo, MessageMemo.none());
        }
        agenda.undo(item.deadlineId(), turn.actor(), turn.now().toInstant(), turn.source());
        return send(turn, messages.undone(item), replyTo, MessageMemo.none());
    }

    private Reply refusal(Turn turn, AgendaItem item) {
        if (item.communeId() != turn.communeId()) {
            return messages.otherCommune();
        }
        if (!Responsibility.mayComplete(turn.officer().officer(), turn.communeId(), item)) {
            return messages.notYourUnit(item, messages.leadUnitNames(item));
        }
        return null;
    }

    private static List<Outgoing> send(Turn turn, Reply reply, Long replyTo, MessageMemo memo) {
        return List.of(new Outgoing.Send(turn.incoming().chatId(), reply, replyTo, memo));
    }
}
