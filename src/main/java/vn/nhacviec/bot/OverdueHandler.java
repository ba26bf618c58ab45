package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /quahan: for the chairman and vice-chairmen every task of the commune with an overdue obligation,
 * grouped by unit with the responsible officers; for an officer, only their own.
 */
@Singleton
class OverdueHandler {

    private final Worklist worklist;
    private final RosterStore roster;
    private final Messages messages;

    OverdueHandler(Worklist worklist, RosterStore roster, Messages messages) {
        this.worklist = worklist;
        this.roster = roster;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        return Answers.list(turn.incoming(), turn.officer().id(), List.of(page(turn, 1)), MessageMemo.Kind.LIST);
    }

    Reply page(Turn turn, int page) {
        if (!turn.officer().role().leadsCommune()) {
            return messages.overdueForOfficer(worklist.visibleOpen(turn), worklist.calendar(turn), turn.today(), page);
        }
        Map<String, List<String>> officersByUnit = new LinkedHashMap<>();
        for (RosterStore.LinkedOrNot member : roster.members(turn.communeId())) {
            for (String unit : member.officer().units()) {
                officersByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(member.officer().name());
            }
        }
        return messages.overdueForLeader(turn.officer().officer().commune(), worklist.visibleOpen(turn), officersByUnit,
                worklist.calendar(turn), turn.today(), page);
    }
}
