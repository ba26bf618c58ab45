package vn.nhacviec.web.work;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;

import java.time.LocalDate;

/**
 * An extension asked on the web reaches the chairman and vice-chairmen as it does from the bot — the
 * bot's own message with its approve / refuse buttons — through the outbox (the web has no chat to answer in).
 */
@Singleton
class LeaderNotice {

    private final RosterStore roster;
    private final OutboxStore outbox;
    private final Messages messages;

    LeaderNotice(RosterStore roster, OutboxStore outbox, Messages messages) {
        this.roster = roster;
        this.outbox = outbox;
        this.messages = messages;
    }

    void extensionAsked(long requestId, AgendaItem item, long askerId, String askerName, LocalDate requested) {
        for (RosterStore.LinkedOrNot member : roster.members(item.communeId())) {
            if (member.officer().role().leadsCommune() && member.chatId() != null && member.officer().id() != askerId) {
                outbox.enqueue(new NewOutboxMessage("extension:" + requestId + ":to:" + member.officer().id(),
                        item.communeId(), member.officer().id(), NewOutboxMessage.NOTICE, null,
                        messages.extensionRequest(requestId, item, askerName, requested), MessageMemo.none()));
            }
        }
    }
}
