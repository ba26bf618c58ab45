package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.Explanation;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.messaging.MessageMemo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "❓ Yêu cầu giải trình": a leader's press asks the officers who answer for an overdue item; an officer's
 * reply to that question goes back to the leader, and a date in it becomes an extension request through
 * the usual 📅 flow. Whether the presser may ask, and the answerer answer, is settled by {@link DeadlineGate}.
 */
@Singleton
class ExplanationHandler {

    private final Explanations explanations;
    private final FollowUpMessages texts;
    private final RosterStore roster;
    private final ExtensionHandler extensions;

    ExplanationHandler(Explanations explanations, FollowUpMessages texts, RosterStore roster, ExtensionHandler extensions) {
        this.explanations = explanations;
        this.texts = texts;
        this.roster = roster;
        this.extensions = extensions;
    }

    /** The ❓ button on /quahan. */
    List<Outgoing> ask(Turn turn, AgendaItem item) {
        Explanations.Asking asking = explanations.ask(turn.asActor(), item.deadlineId(), turn.actor(),
                turn.now().toInstant(), turn.today());
        if (asking instanceof Explanations.Asking.AlreadyWaiting waiting) {
            return Answers.text(turn.incoming(), texts.explanationWaiting(item, waiting.explanation()));
        }
        if (!(asking instanceof Explanations.Asking.Asked asked)) {
            return Answers.text(turn.incoming(), texts.notOverdue(item)); // the item changed since the gate looked
        }
        List<Outgoing> out = new ArrayList<>();
        List<String> reached = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        String askerTitle = turn.officer().role().title();
        for (RosterStore.LinkedOrNot officer : asked.officers()) {
            if (officer.chatId() == null) {
                unreachable.add(officer.officer().name());
                continue;
            }
            reached.add(officer.officer().name());
            out.add(new Outgoing.Send(officer.chatId(), texts.explanationAsked(asked.item(), turn.officer().officer().name(),
                    askerTitle, turn.today()), null,
                    new MessageMemo(MessageMemo.Kind.EXPLANATION, officer.officer().id(), Map.of(1, item.deadlineId()))));
        }
        out.add(0, Answers.text(turn.incoming(), texts.explanationSent(asked.item(), reached, unreachable)).get(0));
        return out;
    }

    /** An officer's reply to the question: the reason, and maybe a proposed date. */
    List<Outgoing> answered(Turn turn, AgendaItem item, String text) {
        if (text == null || text.isBlank()) {
            return Answers.text(turn.incoming(), texts.explanationEmpty());
        }
        Optional<Explanation> waiting = explanations.waitingFor(item.deadlineId());
        if (waiting.isEmpty()) {
            return Answers.text(turn.incoming(), texts.explanationAlreadyAnswered());
        }
        LocalDate proposed = ExtensionHandler.parse(text, turn.today()).orElse(null);
        Explanations.Answering answering = explanations.answer(turn.asActor(), waiting.get().id(), text.strip(), proposed,
                turn.actor(), turn.now().toInstant());
        if (!(answering instanceof Explanations.Answering.Answered answered)) {
            return Answers.text(turn.incoming(), texts.explanationAlreadyAnswered());
        }
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), texts.explanationThanks(answered.explanation().askedBy())));
        roster.chatOf(answered.explanation().askedByOfficerId()).filter(chat -> chat != turn.incoming().chatId())
                .ifPresent(chat -> out.add(new Outgoing.Send(chat, texts.explanationAnswered(item,
                        turn.officer().officer().name(), text, proposed), null, MessageMemo.none())));
        if (proposed != null && item.isOpen()) {
            // the proposed date goes through the extension flow: checked, one waiting per item, leaders decide
            out.addAll(extensions.requested(turn, item, Messages.date(proposed)));
        }
        return out;
    }
}
