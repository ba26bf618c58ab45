package vn.nhacviec.web.dashboard;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.QuarterForecast;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.followup.Forecasts;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebSession;
import vn.nhacviec.web.work.WorkCards;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Formats followup's forecast and explanation state for the dashboard; the rules stay in followup and DeadlineAccess. */
@Singleton
class DashboardFollowUps {

    private final Forecasts forecasts;
    private final Explanations explanations;
    private final WebAccess access;
    private final WorkCards cards;

    DashboardFollowUps(Forecasts forecasts, Explanations explanations, WebAccess access, WorkCards cards) {
        this.forecasts = forecasts;
        this.explanations = explanations;
        this.access = access;
        this.cards = cards;
    }

    DashboardFollowUp of(WebSession session, long communeId, LocalDate today) {
        QuarterForecast forecast = forecasts.forCommune(communeId, today);
        Set<Long> askable = new HashSet<>();
        Set<Long> waiting = new HashSet<>();
        for (QuarterForecast.UnitRisk unit : forecast.units()) {
            for (AgendaItem item : unit.overdue()) {
                if (explanations.waitingFor(item.deadlineId()).isPresent()) {
                    waiting.add(item.deadlineId());
                } else if (access.mayAskWhy(session, item, today)) {
                    askable.add(item.deadlineId());
                }
            }
        }
        List<DashboardFollowUp.RiskUnit> units = forecast.units().stream().map(u -> new DashboardFollowUp.RiskUnit(
                u.unit().isEmpty() ? "Chưa giao bộ phận" : cards.unitNames(List.of(u.unit())), u.overdue().size(),
                u.dueThisWeek().size(), Stream.concat(u.overdue().stream(), u.dueThisWeek().stream())
                .map(i -> i.code() + " " + i.title() + " (hạn " + WorkCards.DATE.format(i.due()) + ")").toList())).toList();
        return new DashboardFollowUp(WorkCards.DATE.format(forecast.lastChance()), WorkCards.DATE.format(forecast.quarterEnd()),
                units, askable, waiting);
    }
}
