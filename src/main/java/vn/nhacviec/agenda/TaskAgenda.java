package vn.nhacviec.agenda;

import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportingCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One task with its open obligations, as every list shows it (bot lists, digests, web pages): one
 * entry per task, never one per due date. Built on a given day: the obligations already overdue
 * (most overdue first), the next one, and how many come after it; undated ones apart — continuous
 * work ("thường xuyên") and dates someone else still has to set.
 *
 * @param overdue    open dated obligations before {@code today}, earliest first
 * @param next       the first open dated obligation on or after {@code today}, if any
 * @param later      how many open dated obligations come after {@code next}
 * @param laterReports how many of those are periods of the reporting calendar
 * @param undated    open obligations without a date (CONTINUOUS or EXTERNAL)
 */
public record TaskAgenda(int taskCode, String numbering, String title, List<String> leadUnits,
                         List<Obligation> overdue, Optional<Obligation> next, int later, int laterReports,
                         List<AgendaItem> undated) {

    /** Where a task stands on the day: the section of a list it goes in. */
    public enum Standing { OVERDUE, SOON, LATER, UNDATED }

    public TaskAgenda {
        leadUnits = List.copyOf(leadUnits);
        overdue = List.copyOf(overdue);
        undated = List.copyOf(undated);
    }

    /**
     * The open obligations of {@code items} grouped by task, most urgent task first: by the date of
     * its {@link #target()} (undated tasks last), then by task code. Items that are not OPEN are left out.
     */
    public static List<TaskAgenda> of(Collection<AgendaItem> items, ReportingCalendar calendar, LocalDate today) {
        Map<Integer, List<AgendaItem>> byTask = new LinkedHashMap<>();
        items.stream().filter(i -> i != null && i.isOpen())
                .sorted(Comparator.comparing(AgendaItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(AgendaItem::deadlineId))
                .forEach(i -> byTask.computeIfAbsent(i.taskCode(), c -> new ArrayList<>()).add(i));
        List<TaskAgenda> tasks = new ArrayList<>();
        byTask.values().forEach(list -> tasks.add(one(list, calendar, today)));
        tasks.sort(Comparator.comparing((TaskAgenda t) -> t.target().map(Obligation::due).orElse(LocalDate.MAX))
                .thenComparingInt(TaskAgenda::taskCode));
        return tasks;
    }

    /**
     * Tasks under their first lead unit ("" for none), each task once: units with most tasks first, ties
     * in {@code unitOrder} (the catalog's order), then by code; inside a unit the order of {@code tasks}.
     */
    public static Map<String, List<TaskAgenda>> byFirstLeadUnit(List<TaskAgenda> tasks, List<String> unitOrder) {
        Map<String, List<TaskAgenda>> grouped = new LinkedHashMap<>();
        for (TaskAgenda task : tasks) {
            grouped.computeIfAbsent(task.leadUnits().isEmpty() ? "" : task.leadUnits().get(0), u -> new ArrayList<>()).add(task);
        }
        List<String> order = new ArrayList<>(grouped.keySet());
        order.sort(Comparator.comparingInt((String unit) -> -grouped.get(unit).size())
                .thenComparingInt(unit -> unitOrder.contains(unit) ? unitOrder.indexOf(unit) : Integer.MAX_VALUE)
                .thenComparing(unit -> unit));
        Map<String, List<TaskAgenda>> result = new LinkedHashMap<>();
        order.forEach(unit -> result.put(unit, grouped.get(unit)));
        return result;
    }

    private static TaskAgenda one(List<AgendaItem> open, ReportingCalendar calendar, LocalDate today) {
        AgendaItem first = open.get(0);
        List<Obligation> overdue = new ArrayList<>();
        List<Obligation> coming = new ArrayList<>();
        List<AgendaItem> undated = new ArrayList<>();
        for (AgendaItem item : open) {
            if (item.due() == null) {
                undated.add(item);
            } else if (item.isOverdue(today)) {
                overdue.add(Obligation.of(item, calendar));
            } else {
                coming.add(Obligation.of(item, calendar));
            }
        }
        Optional<Obligation> next = coming.stream().findFirst();
        List<Obligation> after = coming.isEmpty() ? List.of() : coming.subList(1, coming.size());
        return new TaskAgenda(first.taskCode(), first.numbering(), first.title(), first.leadUnits(), overdue, next,
                after.size(), (int) after.stream().filter(Obligation::report).count(), undated);
    }

    /** What ✅ marks done: the earliest overdue obligation, else the next one. */
    public Optional<Obligation> target() {
        return overdue.isEmpty() ? next : Optional.of(overdue.get(0));
    }

    public Standing standing(ActionWindow window, LocalDate today) {
        if (!overdue.isEmpty()) {
            return Standing.OVERDUE;
        }
        if (next.isPresent()) {
            return window.isSoon(next.get().due(), today) ? Standing.SOON : Standing.LATER;
        }
        return Standing.UNDATED;
    }

    /** Needs action now: something overdue, or the next obligation due within the window. */
    public boolean needsAction(ActionWindow window, LocalDate today) {
        Standing s = standing(window, today);
        return s == Standing.OVERDUE || s == Standing.SOON;
    }

    /** Open dated obligations: overdue, the next and the later ones. */
    public int datedCount() {
        return overdue.size() + (next.isPresent() ? 1 : 0) + later;
    }

    /** Several dated obligations open: the list shows them under the task. */
    public boolean hasSeveral() {
        return datedCount() > 1;
    }

    /** Continuous work ("thường xuyên") of this task is open. */
    public boolean isContinuous() {
        return undated.stream().anyMatch(i -> i.kind() == MilestoneKind.CONTINUOUS);
    }

    /** The task has no date at all: only continuous work, or a date someone still has to set. */
    public boolean isUndated() {
        return datedCount() == 0;
    }

    /** "#12 · I.05": how every message names a task. */
    public String code() {
        return numbering == null || numbering.isBlank() ? "#" + taskCode : "#" + taskCode + " · " + numbering.strip();
    }
}
