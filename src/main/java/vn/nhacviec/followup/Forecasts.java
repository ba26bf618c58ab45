package vn.nhacviec.followup;

import vn.nhacviec.agenda.QuarterForecast;
import vn.nhacviec.agenda.store.AgendaStore;

import java.time.LocalDate;

/** The dashboard's forecast: what will be overdue at the quarter's end unless done this week, by unit. */
public class Forecasts {

    private final AgendaStore agenda;

    public Forecasts(AgendaStore agenda) {
        this.agenda = agenda;
    }

    public QuarterForecast forCommune(long communeId, LocalDate today) {
        return QuarterForecast.of(agenda.open(communeId), today);
    }
}
