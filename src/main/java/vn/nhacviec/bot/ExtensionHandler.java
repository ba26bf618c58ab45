package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.bot.store.ExtensionRequestStore;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "📅 Xin gia hạn": the officer names a new date in reply to the bot's question; the chairman and
 * vice-chairmen (not the asker) get approve / refuse buttons; an approved date replaces the due date.
 * Who may ask and decide, for which deadline, is settled by {@link DeadlineGate} before this runs.
 */
@Singleton
class ExtensionHandler {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?");

    private final AgendaStore agenda;
    private final ExtensionRequestStore requests;
    private final RosterStore roster;
    private final Messages messages;
    private final AccessMessages refusals;
    private final OfficerWork work;

    ExtensionHandler(AgendaStore agenda, ExtensionRequestStore requests, RosterStore roster, Messages messages,
                     AccessMessages refusals, OfficerWork work) {
        this.work = work;
        this.agenda = agenda;
        this.requests = requests;
        this.roster = roster;
        this.messages = messages;
        this.refusals = refusals;
    }

    /** The 📅 button: ask which date, remembering the deadline (and who was asked) for the reply. */
    List<Outgoing> ask(Turn turn, AgendaItem item) {
        return List.of(new Outgoing.Send(turn.incoming().chatId(), messages.askNewDate(item), null,
                new MessageMemo(MessageMemo.Kind.EXTENSION, turn.officer().id(), Map.of(1, item.deadlineId()))));
    }

    /** The reply with a date: record the request (one waiting per deadline) and put it before the leaders. */
    List<Outgoing> requested(Turn turn, AgendaItem item, String text) {
        Optional<LocalDate> date = parse(text, turn.today());
        OfficerWork.ExtensionAsk asked = work.askExtension(turn.asActor(), item, date.orElse(null), turn.today(),
                turn.now().toInstant());
        if (asked instanceof OfficerWork.ExtensionAsk.BadDate) {
            return Answers.text(turn.incoming(), messages.badNewDate(text, turn.today()));
        }
        if (!(asked instanceof OfficerWork.ExtensionAsk.Filed filed)) {
            return Answers.text(turn.incoming(), refusals.extensionWaiting(item));
        }
        Optional<Long> id = Optional.of(filed.requestId());
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), messages.extensionSent(item, date.get())));
        for (RosterStore.LinkedOrNot member : roster.members(item.communeId())) {
            if (member.officer().role().leadsCommune() && member.chatId() != null && member.officer().id() != turn.officer().id()) {
                out.add(new Outgoing.Send(member.chatId(), messages.extensionRequest(id.get(), item,
                        turn.officer().officer().name(), date.get()), null, MessageMemo.none()));
            }
        }
        return out;
    }

    /** A leader's decision from the approve / refuse buttons. */
    List<Outgoing> decide(Turn turn, ExtensionRequestStore.Request request, AgendaItem item, boolean approve) {
        if (!request.isPending() || !requests.decide(request.id(), approve, turn.actor(), turn.now().toInstant())) {
            return Answers.text(turn.incoming(), messages.extensionAlreadyDecided());
        }
        if (approve && !agenda.changeDue(item.deadlineId(), request.requestedDue(), turn.actor(), turn.now().toInstant(),
                "extension request " + request.id() + ", " + turn.source())) {
            return Answers.text(turn.incoming(), refusals.notOpen(item)); // done or cancelled in the meantime
        }
        String leader = turn.officer().officer().name();
        var reply = approve ? messages.extensionApproved(item, request.requestedDue(), leader)
                : messages.extensionRefused(item, leader);
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), reply));
        roster.chatOf(request.officerId()).filter(chat -> chat != turn.incoming().chatId())
                .ifPresent(chat -> out.add(new Outgoing.Send(chat, reply, null, MessageMemo.none())));
        return out;
    }

    /** "30/4/2024", "30-04-2024", "30/4" (this year). */
    static Optional<LocalDate> parse(String text, LocalDate today) {
        Matcher m = DATE.matcher(text == null ? "" : text);
        if (!m.find()) {
            return Optional.empty();
        }
        String year = m.group(3) == null ? String.valueOf(today.getYear()) : m.group(3);
        try {
            return Optional.of(LocalDate.parse(m.group(1) + "/" + m.group(2) + "/" + year, DateTimeFormatter.ofPattern("d/M/yyyy")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
