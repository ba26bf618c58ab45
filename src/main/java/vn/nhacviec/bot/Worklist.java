package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.deadline.ReportingCalendar;

import java.util.List;

/** The deadlines a turn's officer answers for, as {@link OfficerWork} lists them for the bot and the web alike. */
@Singleton
class Worklist {

    private final OfficerWork work;

    Worklist(OfficerWork work) {
        this.work = work;
    }

    ReportingCalendar calendar(Turn turn) {
        return work.calendar(turn.communeId(), turn.today());
    }

    /** Open deadlines of the officer's units (leaders without units: none — they use /quahan). */
    List<AgendaItem> ownOpen(Turn turn) {
        return work.ownOpen(turn.asActor());
    }

    /** What the officer sees: the commune for leaders, their units for everyone else. */
    List<AgendaItem> visibleOpen(Turn turn) {
        return work.visibleOpen(turn.asActor());
    }

    List<AgendaItem> visibleAll(Turn turn) {
        return work.visibleAll(turn.asActor());
    }
}
