package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.DeadlineAccess.Action;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.bot.store.ExtensionRequestStore;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.CallbackData;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.evidence.store.EvidenceSettings;
import vn.nhacviec.evidence.store.EvidenceStore;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the bot applies the access rule, before any handler runs (as TelegramBots' ability
 * bots check privacy once): the deadline an update refers to — a button's, a reply's, "xong #12"'s,
 * an extension request's — is found and checked with {@link DeadlineAccess}. Handlers receive only
 * a target that passed; a refused update gets its answer here and changes nothing.
 */
@Singleton
class DeadlineGate {

    /** What an update refers to, once it passed the rule. */
    sealed interface Target {

        /** The update names no deadline (lists, help, files, "xong" alone). */
        record None() implements Target {
        }

        /** One deadline, allowed for what the update asks. */
        record Deadline(AgendaItem item) implements Target {
        }

        /** "xong" to a list of several open items the officer may see: the handler asks which one. */
        record Several(List<AgendaItem> items) implements Target {
        }

        /** A reply to "❓ Yêu cầu giải trình" from an officer who answers for the item. */
        record Explain(AgendaItem item) implements Target {
        }

        /** A reply to the guided /nghiphep or /bangiao list, asked of this officer. */
        record Guided(MessageMemo memo) implements Target {
        }

        /** A file that is evidence of completing this deadline (it came with "xong", answers the confirmation, or follows "xong" closely). */
        record Evidence(AgendaItem item) implements Target {
        }

        /** A completion the office (or a leader) may accept or return. */
        record Review(AgendaItem item) implements Target {
        }

        /** An extension request the turn's leader may decide. */
        record Extension(ExtensionRequestStore.Request request, AgendaItem item) implements Target {
        }
    }

    /** Either the target, or the answer refusing the update. */
    sealed interface Verdict {
        record Pass(Target target) implements Verdict {
        }

        record Stop(List<Outgoing> answer) implements Verdict {
        }
    }

    private final AgendaStore agenda;
    private final BotMessageStore memory;
    private final ExtensionRequestStore requests;
    private final DeadlineAccess access;
    private final Messages messages;
    private final AccessMessages refusals;
    private final FollowUpMessages followUp;
    private final EvidenceStore evidence;
    private final EvidenceSettings evidenceSettings;
    private final EvidenceMessages evidenceMessages;

    DeadlineGate(AgendaStore agenda, BotMessageStore memory, ExtensionRequestStore requests, DeadlineAccess access,
                 Messages messages, AccessMessages refusals, FollowUpMessages followUp, EvidenceStore evidence,
                 EvidenceSettings evidenceSettings, EvidenceMessages evidenceMessages) {
        this.followUp = followUp;
        this.evidence = evidence;
        this.evidenceSettings = evidenceSettings;
        this.evidenceMessages = evidenceMessages;
        this.agenda = agenda;
        this.memory = memory;
        this.requests = requests;
        this.access = access;
        this.messages = messages;
        this.refusals = refusals;
    }

    /** @param input what a text message means (null for a button press) */
    Verdict check(Turn turn, BotInput input) {
        Incoming in = turn.incoming();
        if (in.isButton()) {
            Verdict verdict = CallbackData.decode(in.callbackData()).map(pressed -> button(turn, pressed))
                    .orElse(pass(new Target.None()));
            if (verdict instanceof Verdict.Stop stop) {
                List<Outgoing> answer = new ArrayList<>();
                answer.add(new Outgoing.AnswerButton(in.callbackId(), ""));
                answer.addAll(stop.answer());
                return new Verdict.Stop(answer);
            }
            return verdict;
        }
        if (in.hasFile()) {
            return file(turn, input);
        }
        if (input instanceof BotInput.Return) {
            return remembered(turn, MessageMemo.Kind.REVIEW, false).map(id -> review(turn, id))
                    .orElse(pass(new Target.None()));
        }
        if (input instanceof BotInput.Done done) {
            return done(turn, done);
        }
        if (input instanceof BotInput.Undo) {
            return remembered(turn, MessageMemo.Kind.CONFIRMATION, false).map(id -> deadline(turn, id, Action.UNDO))
                    .orElse(pass(new Target.None()));
        }
        if (input instanceof BotInput.PartDone part) {
            return part(turn, part);
        }
        if (input instanceof BotInput.Unknown) {
            // an answer to "❓ Yêu cầu giải trình", asked of this officer
            Optional<Long> explained = remembered(turn, MessageMemo.Kind.EXPLANATION, true);
            if (explained.isPresent()) {
                Verdict verdict = deadline(turn, explained.get(), Action.EXPLAIN);
                return verdict instanceof Verdict.Pass pass && pass.target() instanceof Target.Deadline d
                        ? pass(new Target.Explain(d.item())) : verdict;
            }
            Optional<MessageMemo> guided = guided(turn);
            if (guided.isPresent()) {
                return pass(new Target.Guided(guided.get()));
            }
            Optional<Long> returned = remembered(turn, MessageMemo.Kind.RETURN_REASON, true);
            if (returned.isPresent()) {
                return review(turn, returned.get());
            }
            // a date in reply to the bot's "which date?", asked of this officer
            return remembered(turn, MessageMemo.Kind.EXTENSION, true).map(id -> deadline(turn, id, Action.ASK_EXTENSION))
                    .orElse(pass(new Target.None()));
        }
        return pass(new Target.None());
    }

    /** "xong phần …": the list position in reply to a list, a task code, or the one item a replied message names. */
    private Verdict part(Turn turn, BotInput.PartDone part) {
        Incoming in = turn.incoming();
        Optional<Map<Integer, Long>> listed = in.replyToMessageId() == null ? Optional.empty()
                : memory.find(in.chatId(), in.replyToMessageId()).map(r -> r.memo().items()).filter(m -> !m.isEmpty());
        if (listed.isPresent() && part.itemNumber().isPresent()) {
            Long id = listed.get().get(part.itemNumber().getAsInt());
            return id == null ? stop(turn, messages.noSuchItem(part.itemNumber().getAsInt(), listed.get().size()))
                    : deadline(turn, id, Action.REPORT_PART);
        }
        if (part.taskCode().isPresent()) {
            int code = part.taskCode().get();
            List<AgendaItem> open = agenda.openOfTask(turn.communeId(), code);
            if (open.isEmpty()) {
                return stop(turn, agenda.taskExists(turn.communeId(), code) ? messages.nothingOpenForTask(code)
                        : messages.noSuchTask(code));
            }
            List<AgendaItem> dated = open.stream().filter(i -> i.due() != null).toList();
            return allowed(turn, dated.isEmpty() ? open.get(0) : dated.get(0), Action.REPORT_PART);
        }
        if (listed.isPresent() && listed.get().size() == 1) {
            return deadline(turn, listed.get().values().iterator().next(), Action.REPORT_PART);
        }
        return pass(new Target.None());
    }

    private Optional<MessageMemo> guided(Turn turn) {
        Incoming in = turn.incoming();
        if (in.replyToMessageId() == null) {
            return Optional.empty();
        }
        return memory.find(in.chatId(), in.replyToMessageId()).map(BotMessageStore.Remembered::memo)
                .filter(m -> m.kind() == MessageMemo.Kind.LEAVE || m.kind() == MessageMemo.Kind.HANDOVER)
                .filter(m -> Long.valueOf(turn.officer().id()).equals(m.officerId()));
    }

    private Verdict button(Turn turn, CallbackData pressed) {
        if (pressed instanceof CallbackData.Done done) {
            return deadline(turn, done.deadlineId(), Action.COMPLETE);
        }
        if (pressed instanceof CallbackData.Undo undo) {
            return deadline(turn, undo.deadlineId(), Action.UNDO);
        }
        if (pressed instanceof CallbackData.Snooze snooze) {
            return deadline(turn, snooze.deadlineId(), Action.SNOOZE);
        }
        if (pressed instanceof CallbackData.Extend extend) {
            return deadline(turn, extend.deadlineId(), Action.ASK_EXTENSION);
        }
        if (pressed instanceof CallbackData.PartDone part) {
            return deadline(turn, part.deadlineId(), Action.REPORT_PART);
        }
        if (pressed instanceof CallbackData.AskWhy why) {
            return agenda.item(why.deadlineId()).map(item -> access.refusalToAskWhy(turn.asActor(), item, turn.today())
                            .map(refusal -> stop(turn, text(refusal, item)))
                            .orElseGet(() -> pass(new Target.Deadline(item))))
                    .orElseGet(() -> stop(turn, messages.unknownInput()));
        }
        if (pressed instanceof CallbackData.Accept accept) {
            return review(turn, accept.deadlineId());
        }
        if (pressed instanceof CallbackData.Return returned) {
            return review(turn, returned.deadlineId());
        }
        if (pressed instanceof CallbackData.Approve approve) {
            return request(turn, approve.requestId());
        }
        if (pressed instanceof CallbackData.Refuse refuse) {
            return request(turn, refuse.requestId());
        }
        return pass(new Target.None());
    }

    private Verdict done(Turn turn, BotInput.Done done) {
        Incoming in = turn.incoming();
        Optional<Map<Integer, Long>> listed = in.replyToMessageId() == null ? Optional.empty()
                : memory.find(in.chatId(), in.replyToMessageId()).map(r -> r.memo().items()).filter(m -> !m.isEmpty());
        if (listed.isEmpty()) {
            return done.taskCode().map(code -> byTaskCode(turn, code)).orElse(pass(new Target.None()));
        }
        Map<Integer, Long> items = listed.get();
        if (done.itemNumber().isPresent()) {
            Long id = items.get(done.itemNumber().getAsInt());
            return id == null ? stop(turn, messages.noSuchItem(done.itemNumber().getAsInt(), items.size()))
                    : deadline(turn, id, Action.COMPLETE);
        }
        if (done.taskCode().isPresent()) {
            return byTaskCode(turn, done.taskCode().get());
        }
        if (items.size() == 1) {
            return deadline(turn, items.values().iterator().next(), Action.COMPLETE);
        }
        List<AgendaItem> seen = items.values().stream().map(agenda::item).flatMap(Optional::stream)
                .filter(i -> access.may(turn.asActor(), Action.SEE, i)).toList();
        List<AgendaItem> open = seen.stream().filter(AgendaItem::isOpen).toList();
        if (open.size() == 1) {
            return allowed(turn, open.get(0), Action.COMPLETE);
        }
        if (open.isEmpty()) {
            return stop(turn, seen.isEmpty() ? messages.unknownInput() : messages.alreadyDone(seen.get(0), turn.now().getZone()));
        }
        return pass(new Target.Several(open));
    }

    /**
     * A file: with "xong" in its caption, the deadline "xong" names; in reply to a done confirmation,
     * that deadline; shortly after the sender's own "xong", the deadline they just marked — except from
     * those who load plans (the office, the chairman): a file they send unannounced is a plan or roster
     * file, so their evidence needs the caption or the reply. Else it is no evidence.
     */
    private Verdict file(Turn turn, BotInput input) {
        Verdict verdict = input instanceof BotInput.Done done ? done(turn, done) : pass(new Target.None());
        if (verdict instanceof Verdict.Pass p && !(p.target() instanceof Target.Deadline)) {
            Optional<Long> confirmed = remembered(turn, MessageMemo.Kind.CONFIRMATION, false);
            if (confirmed.isEmpty() && !turn.officer().role().loadsPlans()) {
                confirmed = evidence.latestCompletedBy(turn.actor(), turn.now().toInstant().minus(evidenceSettings.window()));
            }
            verdict = confirmed.map(id -> deadline(turn, id, Action.COMPLETE)).orElse(pass(new Target.None()));
        }
        if (verdict instanceof Verdict.Pass p && p.target() instanceof Target.Deadline d) {
            return pass(new Target.Evidence(d.item()));
        }
        return verdict;
    }

    private Verdict review(Turn turn, long deadlineId) {
        Optional<AgendaItem> item = agenda.item(deadlineId);
        if (item.isEmpty()) {
            return stop(turn, messages.unknownInput());
        }
        return access.refusal(turn.asActor(), Action.REVIEW, item.get())
                .map(refusal -> stop(turn, refusal == DeadlineAccess.Refusal.LEADERS_ONLY ? evidenceMessages.reviewersOnly()
                        : text(refusal, item.get())))
                .orElseGet(() -> pass(new Target.Review(item.get())));
    }

    /** "xong #12": the earliest open dated deadline of task #12 in the officer's commune (else the undated one). */
    private Verdict byTaskCode(Turn turn, int code) {
        List<AgendaItem> open = agenda.openOfTask(turn.communeId(), code);
        List<AgendaItem> dated = open.stream().filter(i -> i.due() != null).toList();
        if (open.isEmpty()) {
            return stop(turn, agenda.taskExists(turn.communeId(), code) ? messages.nothingOpenForTask(code)
                    : messages.noSuchTask(code));
        }
        return allowed(turn, dated.isEmpty() ? open.get(0) : dated.get(0), Action.COMPLETE);
    }

    private Optional<Long> remembered(Turn turn, MessageMemo.Kind kind, boolean askedOfThisOfficer) {
        Incoming in = turn.incoming();
        if (in.replyToMessageId() == null) {
            return Optional.empty();
        }
        return memory.find(in.chatId(), in.replyToMessageId()).map(BotMessageStore.Remembered::memo)
                .filter(memo -> memo.kind() == kind)
                .filter(memo -> !askedOfThisOfficer || Long.valueOf(turn.officer().id()).equals(memo.officerId()))
                .flatMap(memo -> memo.deadlineIds().stream().findFirst());
    }

    private Verdict deadline(Turn turn, long deadlineId, Action action) {
        return agenda.item(deadlineId).map(item -> allowed(turn, item, action))
                .orElseGet(() -> stop(turn, messages.unknownInput()));
    }

    private Verdict allowed(Turn turn, AgendaItem item, Action action) {
        return access.refusal(turn.asActor(), action, item).map(refusal -> stop(turn, text(refusal, item)))
                .orElseGet(() -> pass(new Target.Deadline(item)));
    }

    private Verdict request(Turn turn, long requestId) {
        if (!turn.officer().role().leadsCommune()) {
            return stop(turn, messages.leadersOnly());
        }
        Optional<ExtensionRequestStore.Request> request = requests.find(requestId);
        Optional<AgendaItem> item = request.flatMap(r -> agenda.item(r.deadlineId()));
        if (item.isEmpty()) {
            return stop(turn, messages.unknownInput());
        }
        return access.refusalToDecide(turn.asActor(), item.get(), request.get().officerId())
                .map(refusal -> stop(turn, text(refusal, item.get())))
                .orElseGet(() -> pass(new Target.Extension(request.get(), item.get())));
    }

    private Reply text(DeadlineAccess.Refusal refusal, AgendaItem item) {
        return switch (refusal) {
            case OTHER_COMMUNE -> messages.otherCommune();
            case NOT_YOUR_UNIT -> messages.notYourUnit(item, messages.leadUnitNames(item));
            case LEADERS_ONLY -> messages.leadersOnly();
            case OWN_REQUEST -> refusals.ownExtensionRequest();
            case CLOSED -> refusals.notOpen(item);
            case NOT_OVERDUE -> followUp.notOverdue(item);
            case NOT_A_PART -> followUp.notAPart(item);
            case CHAIRMAN_OR_OFFICE -> followUp.chairmanOrOffice();
            case NOT_DONE -> evidenceMessages.notDone(item);
        };
    }

    private static Verdict pass(Target target) {
        return new Verdict.Pass(target);
    }

    private static Verdict stop(Turn turn, Reply reply) {
        return new Verdict.Stop(Answers.text(turn.incoming(), reply));
    }
}
