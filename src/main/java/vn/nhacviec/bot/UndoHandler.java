package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** "hoàn tác" as a reply to a completion confirmation undoes it, within 24 hours. */
@Singleton
class UndoHandler {

    private final Completion completion;
    private final Messages messages;

    UndoHandler(Completion completion, Messages messages) {
        this.completion = completion;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn, DeadlineGate.Target target) {
        if (target instanceof DeadlineGate.Target.Deadline deadline) {
            return completion.undo(turn, deadline.item(), turn.incoming().messageId());
        }
        return Answers.text(turn.incoming(), messages.undoHowTo());
    }
}
