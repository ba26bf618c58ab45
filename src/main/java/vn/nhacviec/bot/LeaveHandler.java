package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.delegation.Leave;
import vn.nhacviec.delegation.store.LeaveStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leave and handover in the bot. /nghiphep shows the colleagues numbered and how to answer; the answer
 * "2 10/04/2024 19/04/2024 nghỉ phép" (or the same after the command) files the request, which the
 * chairman and the office approve with a button. /bangiao (office, chairman) hands an officer's units to
 * another for good. The rules are {@link Handovers}'; this only reads and answers.
 */
@Singleton
class LeaveHandler {

    /** "2 10/04/2024 19/04/2024 lý do": who (list number), from, to, the rest is the reason. */
    private static final Pattern REQUEST = Pattern.compile(
            "^\\s*(\\d{1,3})[\\s,.;:-]+(\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{4})?)\\s*(?:-|–|đến|den|->|,|\\s)\\s*"
                    + "(\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{4})?)[\\s,.;:-]*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "3 5": who leaves, who receives (list numbers). */
    private static final Pattern HAND_OVER = Pattern.compile("^\\s*(\\d{1,3})[\\s,;:>-]+(\\d{1,3})\\s*$");

    private final Handovers handovers;
    private final LeaveStore leaves;
    private final RosterStore roster;
    private final FollowUpMessages texts;

    LeaveHandler(Handovers handovers, LeaveStore leaves, RosterStore roster, FollowUpMessages texts) {
        this.handovers = handovers;
        this.leaves = leaves;
        this.roster = roster;
        this.texts = texts;
    }

    /** /nghiphep, with or without the details. */
    List<Outgoing> leave(Turn turn, String details) {
        List<Officer> colleagues = handovers.colleagues(turn.officer());
        if (details.isBlank()) {
            return guide(turn, colleagues);
        }
        Map<Integer, Long> numbered = new HashMap<>();
        for (int i = 0; i < colleagues.size(); i++) {
            numbered.put(i + 1, colleagues.get(i).id());
        }
        return request(turn, numbered, details);
    }

    /** A reply to the guided list of /nghiphep or /bangiao. */
    List<Outgoing> guided(Turn turn, MessageMemo memo, String text) {
        return memo.kind() == MessageMemo.Kind.HANDOVER ? handOver(turn, memo.items(), text) : request(turn, memo.items(), text);
    }

    private List<Outgoing> guide(Turn turn, List<Officer> colleagues) {
        Map<Long, String> names = names(turn.communeId());
        List<Leave> mine = leaves.current(turn.communeId(), turn.today()).stream()
                .filter(l -> l.officerId() == turn.officer().id() || l.delegateId() == turn.officer().id()).toList();
        Reply guide = texts.leaveGuide(colleagues, mine, names, turn.today());
        return List.of(new Outgoing.Send(turn.incoming().chatId(), guide, null,
                new MessageMemo(MessageMemo.Kind.LEAVE, turn.officer().id(), guide.numbered())));
    }

    private List<Outgoing> request(Turn turn, Map<Integer, Long> numbered, String text) {
        Matcher m = REQUEST.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Answers.text(turn.incoming(), texts.leaveHowTo(text == null ? "" : text.strip()));
        }
        Long delegateId = numbered.get(Integer.parseInt(m.group(1)));
        Optional<LocalDate> from = ExtensionHandler.parse(m.group(2), turn.today());
        Optional<LocalDate> to = ExtensionHandler.parse(m.group(3), turn.today());
        if (delegateId == null) {
            return Answers.text(turn.incoming(), texts.leaveHowTo("không có số " + m.group(1) + " trong danh sách"));
        }
        if (from.isEmpty() || to.isEmpty()) {
            return Answers.text(turn.incoming(), texts.leaveHowTo("ngày không hợp lệ"));
        }
        Handovers.Requested requested = handovers.request(turn.officer(), delegateId, from.get(), to.get(), m.group(4).strip(),
                turn.today(), turn.actor(), turn.now().toInstant());
        if (requested instanceof Handovers.Requested.Refused refused) {
            return Answers.text(turn.incoming(), texts.leaveProblem(refused.problem()));
        }
        Handovers.Requested.Filed filed = (Handovers.Requested.Filed) requested;
        List<RosterStore.LinkedOrNot> reachable = filed.approvers().stream().filter(a -> a.chatId() != null).toList();
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(),
                texts.leaveFiled(filed.leave(), filed.delegate(), reachable.size())));
        for (RosterStore.LinkedOrNot approver : reachable) {
            out.add(new Outgoing.Send(approver.chatId(), texts.leaveRequest(filed.leave(), turn.officer().officer().name(),
                    filed.delegate().name()), null, MessageMemo.none()));
        }
        return out;
    }

    /** The chairman's or the office's ✔️ / ✖️. */
    List<Outgoing> decide(Turn turn, long leaveId, boolean approve) {
        Handovers.Decided decided = handovers.decide(turn.asActor(), leaveId, approve, turn.actor(), turn.now().toInstant());
        if (decided instanceof Handovers.Decided.Refused refused) {
            return Answers.text(turn.incoming(), refused.refusal() == vn.nhacviec.agenda.DeadlineAccess.Refusal.OWN_REQUEST
                    ? texts.ownLeave() : texts.chairmanOrOffice());
        }
        if (!(decided instanceof Handovers.Decided.Done done)) {
            return Answers.text(turn.incoming(), texts.leaveAlreadyDecided());
        }
        Leave leave = done.leave();
        Map<Long, String> names = names(leave.communeId());
        Reply reply = texts.leaveDecided(leave, done.approved(), names.getOrDefault(leave.officerId(), "?"),
                names.getOrDefault(leave.delegateId(), "?"), turn.officer().officer().name());
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), reply));
        for (long officer : List.of(leave.officerId(), leave.delegateId())) {
            roster.chatOf(officer).filter(chat -> chat != turn.incoming().chatId())
                    .ifPresent(chat -> out.add(new Outgoing.Send(chat, reply, null, MessageMemo.none())));
        }
        return out;
    }

    /** /bangiao, with or without "who leaves, who receives". */
    List<Outgoing> handOver(Turn turn, String details) {
        List<Officer> members = members(turn.communeId());
        Map<Integer, Long> numbered = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            numbered.put(i + 1, members.get(i).id());
        }
        if (handovers.mayHandOverForGood(turn.asActor()).isPresent()) {
            return Answers.text(turn.incoming(), texts.chairmanOrOffice());
        }
        if (details.isBlank()) {
            Reply guide = texts.handOverGuide(members);
            return List.of(new Outgoing.Send(turn.incoming().chatId(), guide, null,
                    new MessageMemo(MessageMemo.Kind.HANDOVER, turn.officer().id(), guide.numbered())));
        }
        return handOver(turn, numbered, details);
    }

    private List<Outgoing> handOver(Turn turn, Map<Integer, Long> numbered, String text) {
        Matcher m = HAND_OVER.matcher(text == null ? "" : text);
        Long from = m.matches() ? numbered.get(Integer.parseInt(m.group(1))) : null;
        Long to = m.matches() ? numbered.get(Integer.parseInt(m.group(2))) : null;
        if (from == null || to == null || from.equals(to)) {
            return Answers.text(turn.incoming(), texts.handOverHowTo());
        }
        Optional<List<String>> moved = handovers.handOverForGood(turn.asActor(), from, to, turn.actor());
        if (moved.isEmpty()) {
            return Answers.text(turn.incoming(), texts.chairmanOrOffice());
        }
        Map<Long, String> names = names(turn.communeId());
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(),
                texts.handedOver(names.getOrDefault(from, "?"), names.getOrDefault(to, "?"), moved.get())));
        if (!moved.get().isEmpty()) {
            roster.chatOf(to).filter(chat -> chat != turn.incoming().chatId()).ifPresent(chat -> out.add(new Outgoing.Send(chat,
                    texts.handedToYou(names.getOrDefault(from, "?"), moved.get()), null, MessageMemo.none())));
        }
        return out;
    }

    private List<Officer> members(long communeId) {
        return roster.members(communeId).stream().map(RosterStore.LinkedOrNot::officer)
                .sorted(java.util.Comparator.comparing(Officer::name).thenComparingLong(Officer::id)).toList();
    }

    private Map<Long, String> names(long communeId) {
        Map<Long, String> names = new HashMap<>();
        roster.members(communeId).forEach(m -> names.put(m.officer().id(), m.officer().name()));
        return names;
    }
}
