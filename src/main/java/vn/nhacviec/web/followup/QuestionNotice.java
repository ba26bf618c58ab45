package vn.nhacviec.web.followup;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A "❓ Yêu cầu giải trình" asked on the web reaches the responsible officers as the bot's own question,
 * through the outbox, with the same memo the bot gives it — so the officer's reply in the chat is read as
 * the answer, exactly as when the leader pressed the button in the bot.
 */
@Singleton
class QuestionNotice {

    private final OutboxStore outbox;
    private final FollowUpMessages texts;

    QuestionNotice(OutboxStore outbox, FollowUpMessages texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Queues the question for each linked officer; returns the names of those who cannot be reached. */
    List<String> deliver(Explanations.Asking.Asked asked, String askerName, String askerTitle, LocalDate today) {
        List<String> unreachable = new ArrayList<>();
        for (RosterStore.LinkedOrNot officer : asked.officers()) {
            if (officer.chatId() == null) {
                unreachable.add(officer.officer().name());
                continue;
            }
            long id = officer.officer().id();
            outbox.enqueue(new NewOutboxMessage("explanation:" + asked.explanation().id() + ":to:" + id,
                    asked.item().communeId(), id, NewOutboxMessage.NOTICE, null,
                    texts.explanationAsked(asked.item(), askerName, askerTitle, today),
                    new MessageMemo(MessageMemo.Kind.EXPLANATION, id, Map.of(1, asked.item().deadlineId()))));
        }
        return unreachable;
    }
}
