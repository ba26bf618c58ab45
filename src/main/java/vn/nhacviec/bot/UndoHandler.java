package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;
import java.util.Optional;

/** "hoàn tác" as a reply to a completion confirmation undoes it, within 24 hours. */
@Singleton
class UndoHandler {

    private final AgendaStore agenda;
    private final BotMessageStore memory;
    private final Completion completion;
    private final Messages messages;

    UndoHandler(AgendaStore agenda, BotMessageStore memory, Completion completion, Messages messages) {
        this.agenda = agenda;
        this.memory = memory;
        this.completion = completion;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        Incoming in = turn.incoming();
        Optional<Long> deadline = in.replyToMessageId() == null ? Optional.empty()
                : memory.find(in.chatId(), in.replyToMessageId())
                        .filter(r -> r.memo().kind() == MessageMemo.Kind.CONFIRMATION)
                        .flatMap(r -> r.memo().deadlineIds().stream().findFirst());
        if (deadline.isEmpty()) {
            return Answers.text(in, messages.undoHowTo());
        }
        return agenda.item(deadline.get())
                .map(item -> completion.undo(turn, item, in.messageId()))
                .orElseGet(() -> Answers.text(in, messages.undoHowTo()));
    }
}
