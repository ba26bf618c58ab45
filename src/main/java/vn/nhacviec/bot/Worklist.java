package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.reminder.scan.ScanStore;

import java.util.ArrayList;
import java.util.List;

/** The deadlines a turn's officer answers for: their units' ones, or the whole commune for leaders. */
@Singleton
class Worklist {

    private final AgendaStore agenda;
    private final DeadlineAccess access;
    private final ScanStore records;

    Worklist(AgendaStore agenda, DeadlineAccess access, ScanStore records) {
        this.agenda = agenda;
        this.access = access;
        this.records = records;
    }

    /**
     * The commune's report dates of this year and the last (an obligation overdue since December still
     * names its period), which name the periods of recurring obligations ("báo cáo quý I").
     */
    ReportingCalendar calendar(Turn turn) {
        List<ReportDate> reports = new ArrayList<>();
        for (int year = turn.today().getYear() - 1; year <= turn.today().getYear(); year++) {
            // the turn's commune only: reading every commune's calendar cost a country-wide query per message
            ReportingCalendar one = records.calendars(year, turn.communeId(), turn.communeId()).get(turn.communeId());
            if (one != null) {
                reports.addAll(one.reports());
            }
        }
        return new ReportingCalendar(reports);
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
