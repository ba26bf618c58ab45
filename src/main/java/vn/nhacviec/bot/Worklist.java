package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;

import java.util.List;

/** The deadlines a turn's officer answers for: their units' ones, or the whole commune for leaders. */
@Singleton
class Worklist {

    private final AgendaStore agenda;
    private final DeadlineAccess access;

    Worklist(AgendaStore agenda, DeadlineAccess access) {
        this.agenda = agenda;
        this.access = access;
    }

    /** Open deadlines of the officer's units (leaders without units: none — they use /quahan). */
    List<AgendaItem> ownOpen(Turn turn) {
        return agenda.open(turn.communeId()).stream().filter(i -> access.leads(turn.officer().officer().units(), i)).toList();
    }

    /** What the officer sees: the commune for leaders, their units for everyone else. */
    List<AgendaItem> visibleOpen(Turn turn) {
        return turn.officer().role().leadsCommune() ? agenda.open(turn.communeId()) : ownOpen(turn);
    }

    List<AgendaItem> visibleAll(Turn turn) {
        List<AgendaItem> all = agenda.all(turn.communeId());
        return turn.officer().role().leadsCommune() ? all
                : all.stream().filter(i -> access.leads(turn.officer().officer().units(), i)).toList();
    }
}
