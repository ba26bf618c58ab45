package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.Messages;

import java.util.List;

/** /sapden: what falls due in the next 7 days (the commune's for leaders, their units' for officers). */
@Singleton
class UpcomingHandler {

    static final int DAYS = 7;

    private final Worklist worklist;
    private final Messages messages;

    UpcomingHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        List<AgendaItem> soon = worklist.visibleOpen(turn).stream()
                .filter(i -> i.due() != null && !i.due().isBefore(turn.today()) && !i.due().isAfter(turn.today().plusDays(DAYS)))
                .toList();
        return Answers.list(turn.incoming(), turn.officer().id(), messages.upcoming(soon, turn.today()), MessageMemo.Kind.LIST);
    }
}
