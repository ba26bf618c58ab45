package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Obligation;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/**
 * "xong": as a reply to a message about one deadline, marks it done; as a reply to a list, takes
 * "xong 2" as the list's second item or asks which one; "xong 12" / "xong #12" anywhere marks the
 * earliest open deadline of task #12. Text after it is kept as the completion note. Which deadline
 * is meant, and whether the officer may, is settled by {@link DeadlineGate} before this runs.
 */
@Singleton
class DoneHandler {

    private final Worklist worklist;
    private final Completion completion;
    private final Messages messages;

    DoneHandler(Worklist worklist, Completion completion, Messages messages) {
        this.worklist = worklist;
        this.completion = completion;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn, BotInput.Done done, DeadlineGate.Target target) {
        Incoming in = turn.incoming();
        if (target instanceof DeadlineGate.Target.Deadline deadline) {
            return completion.complete(turn, deadline.item(), done.note(), in.messageId());
        }
        if (target instanceof DeadlineGate.Target.Several several) {
            return Answers.list(in, turn.officer().id(), messages.whichOne(several.items()), MessageMemo.Kind.QUESTION);
        }
        // one choice per task: the obligation its ✅ would mark
        List<AgendaItem> open = TaskAgenda.of(worklist.visibleOpen(turn), ReportingCalendar.none(), turn.today()).stream()
                .flatMap(t -> t.target().stream()).map(Obligation::item).toList();
        if (open.isEmpty()) {
            return Answers.list(in, turn.officer().id(), messages.myWork(List.of(), turn.today()), MessageMemo.Kind.LIST);
        }
        return Answers.list(in, turn.officer().id(), messages.whichOpen(open.subList(0, Math.min(open.size(), 20))),
                MessageMemo.Kind.QUESTION);
    }
}
