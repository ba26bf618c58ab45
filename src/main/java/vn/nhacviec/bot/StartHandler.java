package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.LinkRefusal;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.store.Roster;

import java.util.List;

/** {@code /start CODE}: links the Telegram account to the officer the invite was issued for. */
@Singleton
class StartHandler {

    private final Roster roster;
    private final Messages messages;

    StartHandler(Roster roster, Messages messages) {
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
