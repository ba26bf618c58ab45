package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** /thuongxuyen: the continuous tasks, which the other lists only count (the commune's for leaders). */
@Singleton
class ContinuousHandler {

    private final Worklist worklist;
    private final Messages messages;

    ContinuousHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        return Answers.list(turn.incoming(), turn.officer().id(), List.of(page(turn, 1)), MessageMemo.Kind.LIST);
    }

    Reply page(Turn turn, int page) {
        return messages.continuous(worklist.visibleOpen(turn), worklist.calendar(turn), turn.today(), page);
    }
}
