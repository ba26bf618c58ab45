package vn.nhacviec.agenda;

import org.junit.jupiter.api.Test;
import vn.nhacviec.deadline.MilestoneKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuarterForecastTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 6, 17); // quarter II ends Sunday 30/06

    @Test
    void overdueAndDueThisWeekAreAtRiskButLaterInTheQuarterIsNot() {
        List<AgendaItem> items = List.of(
                item(1, 10, "TP-HT", LocalDate.of(2024, 6, 10), DeadlineStatus.OPEN),   // overdue
                item(2, 11, "TP-HT", LocalDate.of(2024, 6, 21), DeadlineStatus.OPEN),   // due Friday
                item(3, 12, "TP-HT", LocalDate.of(2024, 6, 23), DeadlineStatus.OPEN),   // due Sunday: still this week
                item(4, 13, "VH-XH", LocalDate.of(2024, 6, 26), DeadlineStatus.OPEN),   // next week: time left
                item(5, 14, "VH-XH", LocalDate.of(2024, 6, 12), DeadlineStatus.DONE));  // done: no risk
        QuarterForecast forecast = QuarterForecast.of(items, MONDAY);
        assertEquals(LocalDate.of(2024, 6, 30), forecast.quarterEnd());
        assertEquals(LocalDate.of(2024, 6, 23), forecast.lastChance());
        assertEquals(1, forecast.units().size());
        QuarterForecast.UnitRisk tuPhap = forecast.units().get(0);
        assertEquals("TP-HT", tuPhap.unit());
        assertEquals(List.of(1L), tuPhap.overdue().stream().map(AgendaItem::deadlineId).toList());
        assertEquals(List.of(2L, 3L), tuPhap.dueThisWeek().stream().map(AgendaItem::deadlineId).toList());
        assertEquals(3, forecast.total());
    }

    @Test
    void aWeekSpanningTheQuarterEndStopsAtTheQuarterEnd() {
        LocalDate wednesdayBefore = LocalDate.of(2024, 9, 25); // quarter III ends Monday 30/09
        List<AgendaItem> items = List.of(
                item(1, 10, "VP-TK", LocalDate.of(2024, 9, 30), DeadlineStatus.OPEN),
                item(2, 11, "VP-TK", LocalDate.of(2024, 10, 1), DeadlineStatus.OPEN)); // next quarter's
        QuarterForecast forecast = QuarterForecast.of(items, wednesdayBefore);
        assertEquals(LocalDate.of(2024, 9, 29), forecast.lastChance(), "Sunday comes before the quarter's end");
        assertTrue(forecast.isEmpty(), "due Monday 30/09: a working day remains after this week");
        QuarterForecast lastWeek = QuarterForecast.of(items, LocalDate.of(2024, 9, 30));
        assertEquals(LocalDate.of(2024, 9, 30), lastWeek.lastChance());
        assertEquals(List.of(1L), lastWeek.units().get(0).dueThisWeek().stream().map(AgendaItem::deadlineId).toList());
    }

    @Test
    void unitsWithMostAtRiskComeFirstAndItemsWithoutLeadGoUnderAnEmptyUnit() {
        List<AgendaItem> items = List.of(
                item(1, 10, "TP-HT", LocalDate.of(2024, 6, 3), DeadlineStatus.OPEN),
                item(2, 11, "VH-XH", LocalDate.of(2024, 6, 4), DeadlineStatus.OPEN),
                item(3, 12, "VH-XH", LocalDate.of(2024, 6, 19), DeadlineStatus.OPEN),
                item(4, 13, null, LocalDate.of(2024, 6, 18), DeadlineStatus.OPEN),
                undated(5, 14, "TP-HT"));
        QuarterForecast forecast = QuarterForecast.of(items, MONDAY);
        assertEquals(List.of("VH-XH", "", "TP-HT"), forecast.units().stream().map(QuarterForecast.UnitRisk::unit).toList());
        assertEquals(4, forecast.total(), "an undated item is never forecast overdue");
    }

    @Test
    void quarterEndsAreTheLastDaysOfMarchJuneSeptemberDecember() {
        assertEquals(LocalDate.of(2024, 3, 31), QuarterForecast.quarterEnd(LocalDate.of(2024, 1, 1)));
        assertEquals(LocalDate.of(2024, 6, 30), QuarterForecast.quarterEnd(LocalDate.of(2024, 4, 1)));
        assertEquals(LocalDate.of(2024, 9, 30), QuarterForecast.quarterEnd(LocalDate.of(2024, 9, 30)));
        assertEquals(LocalDate.of(2024, 12, 31), QuarterForecast.quarterEnd(LocalDate.of(2024, 11, 15)));
    }

    static AgendaItem item(long id, int code, String lead, LocalDate due, DeadlineStatus status) {
        return new AgendaItem(id, 1, code, "I." + code, "Việc " + code, MilestoneKind.ONCE, "", due, status,
                lead == null ? List.of() : List.of(lead), status == DeadlineStatus.DONE ? Instant.parse("2024-06-12T03:00:00Z") : null,
                null, null);
    }

    private static AgendaItem undated(long id, int code, String lead) {
        return new AgendaItem(id, 1, code, "I." + code, "Việc " + code, MilestoneKind.EXTERNAL, "khi có văn bản", null,
                DeadlineStatus.OPEN, List.of(lead), null, null, null);
    }
}
