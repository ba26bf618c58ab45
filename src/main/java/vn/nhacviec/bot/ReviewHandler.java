package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.store.CompletionReviews;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The office accepts or returns a completion: "✔️ Chấp nhận", or "↩️ Trả lại" then the reason (or
 * "trả lại &lt;lý do&gt;" in reply to the notice). A returned item is open again and the officer who
 * reported it hears why. Whether the presser may review is settled by {@link DeadlineGate}.
 */
@Singleton
class ReviewHandler {

    private final CompletionReviews reviews;
    private final EvidenceMessages messages;
    private final RosterStore roster;

    ReviewHandler(CompletionReviews reviews, EvidenceMessages messages, RosterStore roster) {
        this.reviews = reviews;
        this.messages = messages;
        this.roster = roster;
    }

    List<Outgoing> accept(Turn turn, AgendaItem item) {
        reviews.accept(item, turn.officer().id(), turn.actor(), turn.now().toInstant());
        return Answers.text(turn.incoming(), messages.accepted(item));
    }

    List<Outgoing> askReason(Turn turn, AgendaItem item) {
        return List.of(new Outgoing.Send(turn.incoming().chatId(), messages.askReason(item), null,
                new MessageMemo(MessageMemo.Kind.RETURN_REASON, turn.officer().id(), Map.of(1, item.deadlineId()))));
    }

    List<Outgoing> giveBack(Turn turn, AgendaItem item, String reason) {
        if (reason == null || reason.isBlank()) {
            return askReason(turn, item);
        }
        String why = reason.strip();
        CompletionReviews.Returned returned = reviews.giveBack(item, why, turn.officer().id(), turn.actor(),
                turn.now().toInstant());
        if (!returned.reopened()) {
            return Answers.text(turn.incoming(), messages.notDone(item));
        }
        Set<Long> told = new LinkedHashSet<>(returned.officers());
        completedBy(item).ifPresent(told::add);
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), messages.returnedToOffice(item, why)));
        for (long officerId : told) {
            roster.chatOf(officerId).ifPresent(chat -> out.add(new Outgoing.Send(chat,
                    messages.returnedToOfficer(item, turn.officer().officer().name(), why), null,
                    MessageMemo.none())));
        }
        return out;
    }

    /** "telegram:&lt;user id&gt; &lt;name&gt;", as {@link Turn#actor()} records who marked it done. */
    private java.util.Optional<Long> completedBy(AgendaItem item) {
        String by = item.doneBy();
        if (by == null || !by.startsWith("telegram:")) {
            return java.util.Optional.empty();
        }
        try {
            long user = Long.parseLong(by.substring("telegram:".length()).split(" ", 2)[0]);
            return roster.byTelegramUser(user).map(o -> o.officer().id());
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
