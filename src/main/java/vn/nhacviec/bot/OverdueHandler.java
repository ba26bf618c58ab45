package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.store.Roster;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /quahan: for the chairman and vice-chairmen every overdue deadline of the commune, grouped by
 * unit with the responsible officers; for an officer, only their own.
 */
@Singleton
class OverdueHandler {

    private final Worklist worklist;
    private final Roster roster;
    private final Messages messages;

    OverdueHandler(Worklist worklist, Roster roster, Messages messages) {
        this.worklist = worklist;
        this.roster = roster;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        List<AgendaItem> overdue = worklist.visibleOpen(turn).stream().filter(i -> i.isOverdue(turn.today())).toList();
        if (!turn.officer().role().leadsCommune()) {
            return Answers.list(turn.incoming(), turn.officer().id(), messages.overdueForOfficer(overdue, turn.today()),
                    MessageMemo.Kind.LIST);
        }
        Map<String, List<AgendaItem>> byUnit = new LinkedHashMap<>();
        for (AgendaItem item : overdue) {
            for (String unit : item.leadUnits()) {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(item);
            }
        }
        Map<String, List<String>> officersByUnit = new LinkedHashMap<>();
        for (Roster.LinkedOrNot member : roster.members(turn.communeId())) {
            for (String unit : member.officer().units()) {
                officersByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(member.officer().name());
            }
        }
        String commune = turn.officer().officer().commune();
        return Answers.list(turn.incoming(), turn.officer().id(),
                messages.overdueForLeader(commune, byUnit, officersByUnit, turn.today()), MessageMemo.Kind.LIST);
    }
}
