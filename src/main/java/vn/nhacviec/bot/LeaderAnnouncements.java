package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.directory.LeaderListener;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;

/**
 * Every new chairman or vice-chairman is announced to the commune's chairmen, through the outbox,
 * in the same transaction that made them leader — whether the command line or the bot did it.
 */
@Singleton
class LeaderAnnouncements implements LeaderListener {

    private final OutboxStore outbox;
    private final AccessMessages messages;

    LeaderAnnouncements(OutboxStore outbox, AccessMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public void leaderAdded(long communeId, Officer leader, List<Long> chairmen, String grantedBy) {
        for (long chairman : chairmen) {
            outbox.enqueue(new NewOutboxMessage("leader:" + leader.id() + ":" + leader.role() + ":to:" + chairman,
                    communeId, chairman, NewOutboxMessage.NOTICE, null,
                    messages.leaderAnnounced(leader.name(), leader.role(), grantedBy), MessageMemo.none()));
        }
    }
}
