package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** /viec: the officer's open deadlines for their units, soonest first, overdue marked. */
@Singleton
class MyWorkHandler {

    private final Worklist worklist;
    private final Messages messages;

    MyWorkHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        return Answers.list(turn.incoming(), turn.officer().id(), messages.myWork(worklist.ownOpen(turn), turn.today()),
                MessageMemo.Kind.LIST);
    }
}
