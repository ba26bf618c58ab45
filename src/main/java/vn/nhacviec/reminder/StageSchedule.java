package vn.nhacviec.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a date is reminded, computed from the date itself (never from the previous run), so any scan
 * date can be planned on its own and an outage skips nothing.
 */
public final class StageSchedule {

    /** A stage and the working day it is reminded on. */
    public record Dated(LocalDate date, Stage stage) {
    }

    private final WorkingCalendar calendar;
    private final ReminderPolicyConfig.Stages config;

    public StageSchedule(WorkingCalendar calendar, ReminderPolicyConfig.Stages config) {
        this.calendar = calendar;
        this.config = config;
    }

    /**
     * The stages up to and including the due day, one per working day, sorted. A stage on a day off
     * moves to the working day before it; stages that land on the same day merge into the most
     * urgent one (the one whose unmoved date is latest).
     */
    public List<Dated> beforeDue(LocalDate due) {
        record Candidate(LocalDate raw, int rank, Stage stage) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int days : config.daysBefore()) {
            candidates.add(new Candidate(due.minusDays(days), 0, new Stage.DaysBefore(days)));
        }
        for (int days : config.workingDaysBefore()) {
            candidates.add(new Candidate(calendar.plusWorkingDays(due, -days), 1, new Stage.WorkingDaysBefore(days)));
        }
        if (config.onDueDay()) {
            candidates.add(new Candidate(due, 2, new Stage.DueDay()));
        }
        candidates.sort(Comparator.comparing(Candidate::raw).thenComparingInt(Candidate::rank));
        Map<LocalDate, Stage> byDay = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byDay.put(calendar.previousWorkingDay(c.raw()), c.stage()); // later candidates are more urgent
        }
        return byDay.entrySet().stream().map(e -> new Dated(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Dated::date)).toList();
    }

    /** Working days {@code date} is after {@code due}: 0 on or before the due date. */
    public int workingDaysOverdue(LocalDate due, LocalDate date) {
        return date.isAfter(due) ? calendar.workingDaysBetween(due, date) : 0;
    }

    /** True when a stage of an open deadline due on {@code due} falls in {@code window}. */
    public boolean fallsIn(LocalDate due, ScanWindow window) {
        if (beforeDue(due).stream().anyMatch(d -> window.contains(d.date()))) {
            return true;
        }
        int every = config.overdueEveryWorkingDays();
        // Overdue stages are the working days on which the overdue count reaches a multiple of `every`:
        // one lies in the window when the count of multiples grows across it.
        return workingDaysOverdue(due, window.date()) / every > workingDaysOverdue(due, window.after()) / every;
    }

    /** The latest stage on or before {@code date}: what a reminder sent that day says, if any is due yet. */
    public Optional<Stage> standing(LocalDate due, LocalDate date) {
        int every = config.overdueEveryWorkingDays();
        int late = workingDaysOverdue(due, date);
        if (late >= every) {
            return Optional.of(new Stage.Overdue(late / every * every));
        }
        Stage latest = null;
        for (Dated d : beforeDue(due)) {
            if (!d.date().isAfter(date)) {
                latest = d.stage();
            }
        }
        return Optional.ofNullable(latest);
    }

    /** Every stage date of a deadline still open on {@code until}, in order (dry runs and tests). */
    public List<Dated> until(LocalDate due, LocalDate until) {
        List<Dated> out = new ArrayList<>(beforeDue(due).stream().filter(d -> !d.date().isAfter(until)).toList());
        int every = config.overdueEveryWorkingDays();
        for (int k = every; ; k += every) {
            LocalDate d = calendar.plusWorkingDays(due, k);
            if (d.isAfter(until)) {
                return out;
            }
            out.add(new Dated(d, new Stage.Overdue(k)));
        }
    }

    /**
     * The day a CONTINUOUS task's lead units are asked for progress before the report due on
     * {@code reportDate}: that many working days before it.
     */
    public LocalDate progressRequestDay(LocalDate reportDate, int workingDaysBefore) {
        return calendar.previousWorkingDay(calendar.plusWorkingDays(reportDate, -workingDaysBefore));
    }
}
