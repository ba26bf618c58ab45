package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.InputParser;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.directory.LinkedOfficer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The bot's one entry point: what arrived → what to answer. It only routes; each command has
 * its handler. Before any handler runs, in this order: a flooding user is slowed down; only
 * private chats are served (a group never links nor hears anyone's work); unlinked accounts may
 * only link; and the deadline the update refers to passes the one access rule ({@link DeadlineGate}).
 */
@Singleton
public class Conversation {

    private final RosterStore roster;
    private final Messages messages;
    private final Clock clock;
    private final FloodGuard floodGuard;
    private final InputParser parser = new InputParser();
    private final Handlers handlers;
    private final TurnTransactions turns;

    private final DeadlineGate gate;
    private final AccessMessages access;
    private final UploadMessages uploadMessages;

    Conversation(RosterStore roster, Messages messages, Clock clock, Handlers handlers, BotProperties properties,
                 DeadlineGate gate, AccessMessages access, UploadMessages uploadMessages, TurnTransactions turns) {
        this.turns = turns;
        this.uploadMessages = uploadMessages;
        this.gate = gate;
        this.access = access;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
        this.handlers = handlers;
        this.floodGuard = new FloodGuard(properties.getMessagesPerMinute(), clock);
    }

    public List<Outgoing> handle(Incoming incoming) {
        FloodGuard.Verdict verdict = floodGuard.check(incoming.userId());
        if (verdict == FloodGuard.Verdict.DROP) {
            return incoming.isButton() ? List.of(new Outgoing.AnswerButton(incoming.callbackId(), "")) : List.of();
        }
        if (verdict == FloodGuard.Verdict.WARN) {
            return Answers.text(incoming, messages.slowDown());
        }
        // A file is fetched from Telegram during its turn: no transaction may wait on that download.
        return incoming.hasFile() ? route(incoming) : turns.inOne(() -> route(incoming));
    }

    private List<Outgoing> route(Incoming incoming) {
        BotInput input = incoming.isButton() ? null : parser.parse(incoming.text());
        if (!incoming.privateChat()) {
            return inGroup(incoming, input);
        }
        if (input instanceof BotInput.Start start) {
            return handlers.start.handle(incoming, start.code());
        }
        Optional<LinkedOfficer> officer = roster.byTelegramUser(incoming.userId());
        if (officer.isEmpty()) {
            List<Outgoing> notLinked = Answers.text(incoming, messages.notLinked());
            return incoming.isButton()
                    ? List.of(new Outgoing.AnswerButton(incoming.callbackId(), ""), notLinked.get(0)) : notLinked;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        // on leave: the delegate acts with the absent officer's units that day, the absent officer with none
        Turn turn = new Turn(incoming, handlers.handovers.onDuty(officer.get(), now.toLocalDate()), now);
        DeadlineGate.Verdict checked = gate.check(turn, input);
        if (checked instanceof DeadlineGate.Verdict.Stop refused) {
            return refused.answer();
        }
        DeadlineGate.Target target = ((DeadlineGate.Verdict.Pass) checked).target();
        if (incoming.isButton()) {
            return handlers.button.handle(turn, target);
        }
        if (incoming.hasFile()) {
            if (target instanceof DeadlineGate.Target.Evidence evidence) {
                return handlers.evidence.file(turn, evidence.item(), input);
            }
            return turn.officer().role().loadsPlans() ? handlers.upload.received(turn) : handlers.evidence.noCompletion(turn, uploadMessages.mayNotLoad());
        }
        if (target instanceof DeadlineGate.Target.Review review) {
            // "trả lại <lý do>" to a notice, or the reason in reply to "why?"
            String reason = input instanceof BotInput.Return r ? r.reason() : incoming.text();
            return handlers.review.giveBack(turn, review.item(), reason);
        }
        if (input instanceof BotInput.Binder) {
            return handlers.binder.handle(turn);
        }
        if (input instanceof BotInput.MyWork) {
            return handlers.myWork.handle(turn);
        }
        if (input instanceof BotInput.Upcoming) {
            return handlers.upcoming.handle(turn);
        }
        if (input instanceof BotInput.Overdue) {
            return handlers.overdue.handle(turn);
        }
        if (input instanceof BotInput.Continuous) {
            return handlers.continuous.handle(turn);
        }
        if (input instanceof BotInput.Progress) {
            return handlers.progress.handle(turn);
        }
        if (input instanceof BotInput.PartDone part) {
            return handlers.parts.handle(turn, part, target);
        }
        if (input instanceof BotInput.Coordinating) {
            return handlers.parts.list(turn);
        }
        if (input instanceof BotInput.Leave leave) {
            return handlers.leave.leave(turn, leave.details());
        }
        if (input instanceof BotInput.HandOver handOver) {
            return handlers.leave.handOver(turn, handOver.details());
        }
        if (input instanceof BotInput.Done done) {
            return handlers.done.handle(turn, done, target);
        }
        if (input instanceof BotInput.Undo) {
            return handlers.undo.handle(turn, target);
        }
        if (input instanceof BotInput.Report) {
            return handlers.report.handle(turn);
        }
        if (input instanceof BotInput.Web) {
            return handlers.web.handle(turn);
        }
        if (input instanceof BotInput.Help) {
            return Answers.text(incoming, messages.help(turn.officer().role()));
        }
        if (target instanceof DeadlineGate.Target.Explain explain) {
            return handlers.explanation.answered(turn, explain.item(), incoming.text());
        }
        if (target instanceof DeadlineGate.Target.Guided guided) {
            return handlers.leave.guided(turn, guided.memo(), incoming.text());
        }
        if (target instanceof DeadlineGate.Target.Deadline extension) {
            // the only deadline plain text can refer to: a date in reply to "which date?"
            return handlers.extension.requested(turn, extension.item(), incoming.text());
        }
        return Answers.text(incoming, messages.unknownInput());
    }

    /** A group or channel: /start is refused with why; everything else is ignored (a press is answered). */
    private List<Outgoing> inGroup(Incoming incoming, BotInput input) {
        if (incoming.isButton()) {
            return List.of(new Outgoing.AnswerButton(incoming.callbackId(), ""));
        }
        return input instanceof BotInput.Start ? Answers.text(incoming, access.groupChat()) : List.of();
    }

    /** The handlers, gathered so the router's constructor stays readable. */
    @Singleton
    record Handlers(StartHandler start, MyWorkHandler myWork, UpcomingHandler upcoming, OverdueHandler overdue,
                    ProgressHandler progress, DoneHandler done, UndoHandler undo, ButtonHandler button,
                    ExtensionHandler extension, ReportHandler report, UploadHandler upload,
                    ContinuousHandler continuous, PartHandler parts, ExplanationHandler explanation, LeaveHandler leave,
                    Handovers handovers, EvidenceHandler evidence, ReviewHandler review, BinderHandler binder,
                    WebHandler web) {
    }
}
