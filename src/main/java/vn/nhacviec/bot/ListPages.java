package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.CallbackData;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

/**
 * "Xem tiếp", "◀ Trang trước", "📋 Xem tất cả": the list is computed again for the officer at the
 * press and the pressed message is edited to show the asked page, instead of sending more messages.
 */
@Singleton
class ListPages {

    private final MyWorkHandler myWork;
    private final OverdueHandler overdue;
    private final UpcomingHandler upcoming;
    private final ContinuousHandler continuous;

    ListPages(MyWorkHandler myWork, OverdueHandler overdue, UpcomingHandler upcoming, ContinuousHandler continuous) {
        this.myWork = myWork;
        this.overdue = overdue;
        this.upcoming = upcoming;
        this.continuous = continuous;
    }

    Outgoing edit(Turn turn, CallbackData.Page page) {
        Reply reply = switch (page.list()) {
            case MY_WORK -> myWork.page(turn, false, page.page());
            case MY_WORK_ALL -> myWork.page(turn, true, page.page());
            case OVERDUE -> overdue.page(turn, page.page());
            case UPCOMING -> upcoming.page(turn, page.page());
            case CONTINUOUS -> continuous.page(turn, page.page());
        };
        Incoming in = turn.incoming();
        return new Outgoing.Edit(in.chatId(), in.messageId(), reply,
                new MessageMemo(MessageMemo.Kind.LIST, turn.officer().id(), reply.numbered()));
    }
}
