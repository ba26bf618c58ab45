package vn.nhacviec.agenda;

import org.junit.jupiter.api.Test;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskAgendaTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 8);
    private static final ReportingCalendar CALENDAR = new ReportingCalendar(List.of(
            new ReportDate(LocalDate.of(2024, 3, 5), "Báo cáo quý I"), new ReportDate(LocalDate.of(2024, 6, 5), "Báo cáo 6 tháng"),
            new ReportDate(LocalDate.of(2024, 9, 5), "Báo cáo 9 tháng"), new ReportDate(LocalDate.of(2024, 11, 30), "Báo cáo năm")));

    private static AgendaItem item(long id, int code, MilestoneKind kind, String label, String due, DeadlineStatus status,
                                   String... units) {
        return new AgendaItem(id, 1, code, "I.0" + code, "Việc " + code, kind, label, due == null ? null : LocalDate.parse(due),
                status, List.of(units.length == 0 ? new String[] {"TP-HT"} : units), null, null, null);
    }

    /** Task #6 of seed 000: a quarterly report series and a plan to issue in quarter I. */
    private static List<AgendaItem> six() {
        String series = "định kỳ báo cáo kết quả thực hiện theo quy định";
        return List.of(item(61, 6, MilestoneKind.RECURRING, series, "2024-03-05", DeadlineStatus.OPEN),
                item(62, 6, MilestoneKind.ONCE, "Quý I năm 2024 ban hành kế hoạch", "2024-03-31", DeadlineStatus.OPEN),
                item(63, 6, MilestoneKind.RECURRING, series, "2024-06-05", DeadlineStatus.OPEN),
                item(64, 6, MilestoneKind.RECURRING, series, "2024-09-05", DeadlineStatus.OPEN),
                item(65, 6, MilestoneKind.RECURRING, series, "2024-11-30", DeadlineStatus.OPEN));
    }

    @Test
    void aTaskWithSeveralDueDatesIsOneEntryWithItsOverdueNextAndLaterObligations() {
        List<TaskAgenda> tasks = TaskAgenda.of(six(), CALENDAR, TODAY);

        assertEquals(1, tasks.size());
        TaskAgenda six = tasks.get(0);
        assertEquals(List.of("báo cáo quý I", "Quý I năm 2024 ban hành kế hoạch"),
                six.overdue().stream().map(Obligation::name).toList());
        assertEquals("báo cáo 6 tháng", six.next().orElseThrow().name());
        assertEquals(2, six.later());
        assertEquals(2, six.laterReports());
        assertEquals(61, six.target().orElseThrow().deadlineId(), "✅ marks the earliest overdue");
        assertEquals(TaskAgenda.Standing.OVERDUE, six.standing(ActionWindow.DEFAULT, TODAY));
        assertTrue(six.hasSeveral());
    }

    @Test
    void doneAndCancelledObligationsAreNotOpenOnesAndTheTargetMovesOn() {
        List<AgendaItem> items = new ArrayList<>(six());
        items.set(0, item(61, 6, MilestoneKind.RECURRING, "x", "2024-03-05", DeadlineStatus.DONE));
        items.set(1, item(62, 6, MilestoneKind.ONCE, "x", "2024-03-31", DeadlineStatus.CANCELLED));

        TaskAgenda six = TaskAgenda.of(items, CALENDAR, TODAY).get(0);

        assertTrue(six.overdue().isEmpty());
        assertEquals(63, six.target().orElseThrow().deadlineId(), "with nothing overdue, the next one");
        assertEquals(TaskAgenda.Standing.LATER, six.standing(ActionWindow.DEFAULT, TODAY), "58 days is past 30");
        assertEquals(TaskAgenda.Standing.SOON, six.standing(new ActionWindow(60), TODAY));
    }

    @Test
    void aRecurringObligationOffTheReportingCalendarKeepsItsOwnLabel() {
        AgendaItem monthly = item(7, 7, MilestoneKind.RECURRING, "hàng tháng", "2024-04-30", DeadlineStatus.OPEN);

        assertEquals("hàng tháng", Obligation.of(monthly, CALENDAR).name());
        assertFalse(Obligation.of(monthly, CALENDAR).report());
        assertFalse(Obligation.of(item(8, 8, MilestoneKind.ONCE, "", "2024-04-30", DeadlineStatus.OPEN), CALENDAR).hasName());
    }

    @Test
    void continuousAndUndatedTasksStandApartMostUrgentTasksFirst() {
        List<AgendaItem> items = List.of(
                item(1, 1, MilestoneKind.CONTINUOUS, "Thường xuyên", null, DeadlineStatus.OPEN),
                item(2, 2, MilestoneKind.EXTERNAL, "Theo kế hoạch của huyện", null, DeadlineStatus.OPEN),
                item(3, 3, MilestoneKind.ONCE, "", "2024-04-20", DeadlineStatus.OPEN),
                item(4, 4, MilestoneKind.ONCE, "", "2024-02-20", DeadlineStatus.OPEN));

        List<TaskAgenda> tasks = TaskAgenda.of(items, CALENDAR, TODAY);

        assertEquals(List.of(4, 3, 1, 2), tasks.stream().map(TaskAgenda::taskCode).toList());
        assertTrue(tasks.get(2).isContinuous() && tasks.get(2).isUndated());
        assertTrue(!tasks.get(3).isContinuous() && tasks.get(3).isUndated());
        assertEquals(Optional.empty(), tasks.get(2).target());
        assertEquals(TaskAgenda.Standing.SOON, tasks.get(1).standing(ActionWindow.DEFAULT, TODAY));
    }

    @Test
    void tasksGoUnderTheirFirstLeadUnitOnceUnitsWithMostTasksFirst() {
        List<AgendaItem> items = List.of(item(1, 1, MilestoneKind.ONCE, "", "2024-03-01", DeadlineStatus.OPEN, "VP-TK", "TP-HT"),
                item(2, 2, MilestoneKind.ONCE, "", "2024-03-02", DeadlineStatus.OPEN, "TP-HT"),
                item(3, 3, MilestoneKind.ONCE, "", "2024-03-03", DeadlineStatus.OPEN, "TP-HT"),
                item(4, 4, MilestoneKind.ONCE, "", "2024-03-04", DeadlineStatus.OPEN, "VH-XH"));

        Map<String, List<TaskAgenda>> byUnit = TaskAgenda.byFirstLeadUnit(TaskAgenda.of(items, CALENDAR, TODAY),
                List.of("VP-TK", "TP-HT", "VH-XH"));

        assertEquals(List.of("TP-HT", "VP-TK", "VH-XH"), List.copyOf(byUnit.keySet()));
        assertEquals(4, byUnit.values().stream().mapToInt(List::size).sum(), "each task once");
    }

    @Test
    void theDueSoonWindowIsTodayToItsLastDay() {
        ActionWindow window = new ActionWindow(30);

        assertTrue(window.isSoon(TODAY, TODAY));
        assertTrue(window.isSoon(TODAY.plusDays(30), TODAY));
        assertFalse(window.isSoon(TODAY.plusDays(31), TODAY));
        assertFalse(window.isSoon(TODAY.minusDays(1), TODAY), "overdue is not due soon");
        assertThrows(IllegalArgumentException.class, () -> new ActionWindow(-1));
    }
}
