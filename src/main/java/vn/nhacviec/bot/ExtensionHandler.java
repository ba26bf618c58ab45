package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Responsibility;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.ExtensionRequests;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.store.Roster;
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
 * vice-chairmen get approve / refuse buttons; an approved date replaces the due date.
 */
@Singleton
class ExtensionHandler {

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?");

    private final AgendaStore agenda;
    private final ExtensionRequests requests;
    private final Roster roster;
    private final Messages messages;

    ExtensionHandler(AgendaStore agenda, ExtensionRequests requests, Roster roster, Messages messages) {
        this.agenda = agenda;
        this.requests = requests;
        this.roster = roster;
        this.messages = messages;
    }

    /** The 📅 button: ask which date, remembering the deadline for the reply. */
    List<Outgoing> ask(Turn turn, AgendaItem item) {
        if (item.communeId() != turn.communeId() || !Responsibility.mayComplete(turn.officer().officer(), turn.communeId(), item)) {
            return Answers.text(turn.incoming(), messages.notYourUnit(item, messages.leadUnitNames(item)));
        }
        return List.of(new Outgoing.Send(turn.incoming().chatId(), messages.askNewDate(item), null,
                new MessageMemo(MessageMemo.Kind.EXTENSION, turn.officer().id(), Map.of(1, item.deadlineId()))));
    }

    /** The reply with a date: record the request and put it before the commune's leaders. */
    List<Outgoing> requested(Turn turn, long deadlineId, String text) {
        Optional<AgendaItem> found = agenda.item(deadlineId);
        if (found.isEmpty() || !found.get().isOpen()) {
            return Answers.text(turn.incoming(), messages.unknownInput());
        }
        AgendaItem item = found.get();
        Optional<LocalDate> date = parse(text, turn.today());
        if (date.isEmpty() || !date.get().isAfter(turn.today()) || (item.due() != null && !date.get().isAfter(item.due()))) {
            return Answers.text(turn.incoming(), messages.badNewDate(text, turn.today()));
        }
        long id = requests.create(deadlineId, turn.communeId(), turn.officer().id(), date.get(), turn.now().toInstant());
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), messages.extensionSent(item, date.get())));
        for (Roster.LinkedOrNot member : roster.members(turn.communeId())) {
            if (member.officer().role().leadsCommune() && member.chatId() != null) {
                out.add(new Outgoing.Send(member.chatId(), messages.extensionRequest(id, item, turn.officer().officer().name(),
                        date.get()), null, MessageMemo.none()));
            }
        }
        return out;
    }

    /** A leader's decision from the approve / refuse buttons. */
    List<Outgoing> decide(Turn turn, long requestId, boolean approve) {
        if (!turn.officer().role().leadsCommune()) {
            return Answers.text(turn.incoming(), messages.leadersOnly());
        }
        Optional<ExtensionRequests.Request> request = requests.find(requestId).filter(r -> r.communeId() == turn.communeId());
        if (request.isEmpty()) {
            return Answers.text(turn.incoming(), messages.otherCommune());
        }
        Optional<AgendaItem> item = agenda.item(request.get().deadlineId());
        if (item.isEmpty() || !request.get().isPending() || !requests.decide(requestId, approve, turn.actor(), turn.now().toInstant())) {
            return Answers.text(turn.incoming(), messages.extensionAlreadyDecided());
        }
        String leader = turn.officer().officer().name();
        var reply = approve ? messages.extensionApproved(item.get(), request.get().requestedDue(), leader)
                : messages.extensionRefused(item.get(), leader);
        if (approve) {
            agenda.changeDue(item.get().deadlineId(), request.get().requestedDue(), turn.actor(), turn.now().toInstant(),
                    "extension request " + requestId + ", " + turn.source());
        }
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), reply));
        roster.chatOf(request.get().officerId()).filter(chat -> chat != turn.incoming().chatId())
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
