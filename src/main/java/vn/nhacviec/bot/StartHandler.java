package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.LinkRefusal;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/** {@code /start CODE}: links the Telegram account to the officer the invite was issued for. */
@Singleton
class StartHandler {

    private final RosterStore roster;
    private final Messages messages;
    private final AccessMessages access;

    StartHandler(RosterStore roster, Messages messages, AccessMessages access) {
        this.access = access;
        this.roster = roster;
        this.messages = messages;
    }

    List<Outgoing> handle(Incoming incoming, String code) {
        if (code.isBlank()) {
            // Telegram's own "Start" button sends /start with no code: explain how to get one.
            return roster.byTelegramUser(incoming.userId()).isPresent()
                    ? Answers.text(incoming, messages.help(roster.byTelegramUser(incoming.userId()).get().role()))
                    : Answers.text(incoming, messages.notLinked());
        }
        LinkResult result = roster.link(code, incoming.userId(), incoming.chatId());
        Reply reply;
        if (result instanceof LinkResult.Linked linked) {
            reply = messages.linked(linked.officer().officer(), linked.communeName());
            if (linked.movedFromChat() != null && linked.movedFromChat() != incoming.chatId()) {
                // the account that held the link hears that it moved: a leaked code does not take over silently
                return List.of(new Outgoing.Send(incoming.chatId(), reply, null, MessageMemo.none()),
                        new Outgoing.Send(linked.movedFromChat(), access.linkMovedAway(linked.officer().officer().name()),
                                null, MessageMemo.none()));
            }
        } else if (result instanceof LinkResult.AlreadyUsed) {
            reply = messages.linkRefused(LinkRefusal.ALREADY_USED);
        } else if (result instanceof LinkResult.Expired) {
            reply = messages.linkRefused(LinkRefusal.EXPIRED);
        } else {
            reply = messages.linkRefused(LinkRefusal.WRONG_CODE);
        }
        return Answers.text(incoming, reply);
    }
}
