package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** /viec: the officer's tasks that need action now (or all of them), one entry per task. */
@Singleton
class MyWorkHandler {

    private final Worklist worklist;
    private final Messages messages;

    MyWorkHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        return Answers.list(turn.incoming(), turn.officer().id(), List.of(page(turn, false, 1)), MessageMemo.Kind.LIST);
    }

    Reply page(Turn turn, boolean all, int page) {
        return messages.myWork(worklist.ownOpen(turn), worklist.calendar(turn), turn.today(), all, page);
    }
}
