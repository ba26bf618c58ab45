package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** /sapden: tasks whose next obligation falls due within the window (the commune's for leaders, their units' for officers). */
@Singleton
class UpcomingHandler {

    private final Worklist worklist;
    private final Messages messages;

    UpcomingHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        return Answers.list(turn.incoming(), turn.officer().id(), List.of(page(turn, 1)), MessageMemo.Kind.LIST);
    }

    Reply page(Turn turn, int page) {
        return messages.upcoming(worklist.visibleOpen(turn), worklist.calendar(turn), turn.today(), page);
    }
}
