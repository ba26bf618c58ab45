package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.coordination.Parts;
import vn.nhacviec.coordination.TaskParts;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.List;

/**
 * /viec: the officer's tasks that need action now (or all of them), one entry per task; then, for coordinated
 * tasks where a unit reported its part, which parts are in.
 */
@Singleton
class MyWorkHandler {

    private final Worklist worklist;
    private final Messages messages;
    private final Parts parts;
    private final FollowUpMessages followUp;

    MyWorkHandler(Worklist worklist, Messages messages, Parts parts, FollowUpMessages followUp) {
        this.worklist = worklist;
        this.messages = messages;
        this.parts = parts;
        this.followUp = followUp;
    }

    List<Outgoing> handle(Turn turn) {
        List<Outgoing> out = new ArrayList<>(Answers.list(turn.incoming(), turn.officer().id(), List.of(page(turn, false, 1)),
                MessageMemo.Kind.LIST));
        // coordinated items of the officer's units: which parts are in, once a unit has reported
        List<TaskParts> reported = parts.parts(worklist.ownOpen(turn)).stream()
                .filter(p -> p.isCoordinated() && p.reported() > 0).toList();
        if (!reported.isEmpty()) {
            out.addAll(Answers.text(turn.incoming(), followUp.partsInOwnWork(reported)));
        }
        return out;
    }

    Reply page(Turn turn, boolean all, int page) {
        return messages.myWork(worklist.ownOpen(turn), worklist.calendar(turn), turn.today(), all, page);
    }
}
