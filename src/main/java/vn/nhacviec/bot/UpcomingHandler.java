package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** /sapden: what falls due within {@link Messages#SOON_DAYS} days (the commune's for leaders, their units' for officers). */
@Singleton
class UpcomingHandler {

    private final Worklist worklist;
    private final Messages messages;

    UpcomingHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        List<AgendaItem> soon = worklist.visibleOpen(turn).stream()
                .filter(i -> i.due() != null && !i.due().isBefore(turn.today()) && !i.due().isAfter(turn.today().plusDays(Messages.SOON_DAYS)))
                .toList();
        return Answers.list(turn.incoming(), turn.officer().id(), messages.upcoming(soon, turn.today()), MessageMemo.Kind.LIST);
    }
}
