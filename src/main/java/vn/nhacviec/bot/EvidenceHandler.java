package vn.nhacviec.bot;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import vn.nhacviec.evidence.store.EvidenceStore;

import java.util.ArrayList;
import java.util.List;

/**
 * A photo or file that is evidence of completing a deadline ({@link DeadlineGate} found which one):
 * with "xong" in its caption the deadline is marked done first. The file is recorded with its
 * Telegram file id before anything else, fetched on the update lane, checked and stored on the
 * reading pool ({@link DocumentReading}: a hostile file spends that pool's time, under its limit),
 * and the sender hears what became of it; a stored file is shown to the office for review.
 */
@Singleton
class EvidenceHandler {

    private final EvidenceKeeper keeper;
    private final EvidenceStore store;
    private final EvidenceMessages messages;
    private final Completion completion;
    private final EvidenceAtCompletion atCompletion;
    private final DocumentReading reading;
    private final OutgoingSender sender;

    EvidenceHandler(EvidenceKeeper keeper, EvidenceStore store, EvidenceMessages messages, Completion completion,
                    EvidenceAtCompletion atCompletion, DocumentReading reading, @Nullable OutgoingSender sender) {
        this.keeper = keeper;
        this.store = store;
        this.messages = messages;
        this.completion = completion;
        this.atCompletion = atCompletion;
        this.reading = reading;
        this.sender = sender;
    }

    List<Outgoing> file(Turn turn, AgendaItem item, BotInput input) {
        Incoming in = turn.incoming();
        Incoming.ReceivedFile file = in.file();
        List<Outgoing> out = new ArrayList<>();
        if (input instanceof BotInput.Done done && item.isOpen()) {
            out.addAll(completion.complete(turn, item, done.note(), in.messageId(), true));
        }
        long id = keeper.recordFile(item.communeId(), item.deadlineId(), turn.officer().id(), in.chatId(), file.fileId(),
                file.fileName(), null, turn.now().toInstant());
        if (file.size() > 0 && !keeper.check().withinSize(file.size())) {
            out.addAll(Answers.text(in, messages.refused(file.fileName(), keeper.refuseUnfetched(id, file.size()).reason())));
            out.addAll(noticesIfNumber(turn, item));
            return out;
        }
        Evidence recorded = store.find(id).orElseThrow();
        byte[] bytes = keeper.fetch(recorded);
        if (bytes == null || sender == null) {
            out.addAll(Answers.text(in, messages.waiting(file.fileName())));
            return out;
        }
        if (bytes.length == 0) {
            out.addAll(Answers.text(in, messages.refused(file.fileName(), keeper.check().tooLarge(file.size()).reason())));
            return out;
        }
        out.addAll(Answers.text(in, messages.receiving(file.fileName())));
        // everything said so far goes out before the check's outcome
        sender.carryOut(out);
        reading.read(file.fileName(), () -> keeper.keep(id, file.fileName(), bytes, turn.now().toInstant()),
                outcome -> sender.carryOut(answer(turn, item, file, outcome)),
                EvidenceKeeper.Outcome.Refused::new);
        return List.of();
    }

    private List<Outgoing> answer(Turn turn, AgendaItem item, Incoming.ReceivedFile file, EvidenceKeeper.Outcome outcome) {
        Incoming in = turn.incoming();
        if (outcome instanceof EvidenceKeeper.Outcome.Stored stored) {
            List<Outgoing> out = new ArrayList<>(Answers.text(in, messages.stored(item, stored.evidence())));
            out.addAll(atCompletion.notices(turn, item));
            return out;
        }
        if (outcome instanceof EvidenceKeeper.Outcome.Refused refused) {
            // a reading stopped by the pool (too slow, busy) has not marked the row yet
            store.refused(store.ofDeadline(item.deadlineId()).stream().filter(e -> file.fileId().equals(e.telegramFileId())
                    && e.state() == Evidence.State.PENDING).mapToLong(Evidence::id).max().orElse(-1), refused.reason());
            List<Outgoing> out = new ArrayList<>(Answers.text(in, messages.refused(file.fileName(), refused.reason())));
            out.addAll(noticesIfNumber(turn, item));
            return out;
        }
        return Answers.text(in, messages.waiting(file.fileName()));
    }

    /** A refused file whose caption carried a document number: the number still goes to the office. */
    private List<Outgoing> noticesIfNumber(Turn turn, AgendaItem item) {
        boolean number = store.ofDeadline(item.deadlineId()).stream().anyMatch(e -> e.kind() == Evidence.Kind.NUMBER);
        return number ? atCompletion.notices(turn, item) : List.of();
    }

    /** A file from an officer who loads no plans, with no completion to attach it to: both answers in one. */
    List<Outgoing> noCompletion(Turn turn, vn.nhacviec.messaging.Reply mayNotLoad) {
        return Answers.text(turn.incoming(), new vn.nhacviec.messaging.Reply(mayNotLoad.html() + "\n\n"
                + messages.noCompletionForFile().html()));
    }
}
