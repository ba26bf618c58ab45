package vn.nhacviec.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast of the Monday summary and the dashboard: the open obligations that will count as overdue
 * at the end of the quarter unless they are done this week — those already overdue, and those due by
 * the end of this week (Sunday, or the quarter's last day when it comes first). An obligation due
 * later in the quarter still has a week after this one, so it is not at risk yet. Grouped under the
 * item's first lead unit ("" when it has none), as /quahan groups; units with most at risk first.
 *
 * @param lastChance the end of this week, or of the quarter when it ends first
 */
public record QuarterForecast(LocalDate today, LocalDate lastChance, LocalDate quarterEnd, List<UnitRisk> units) {

    /** One unit's obligations at risk. */
    public record UnitRisk(String unit, List<AgendaItem> overdue, List<AgendaItem> dueThisWeek) {
        public UnitRisk {
            overdue = List.copyOf(overdue);
            dueThisWeek = List.copyOf(dueThisWeek);
        }

        public int total() {
            return overdue.size() + dueThisWeek.size();
        }
    }

    public QuarterForecast {
        units = List.copyOf(units);
    }

    public static QuarterForecast of(List<AgendaItem> items, LocalDate today) {
        LocalDate quarterEnd = quarterEnd(today);
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate lastChance = sunday.isBefore(quarterEnd) ? sunday : quarterEnd;
        Map<String, List<AgendaItem>> overdue = new LinkedHashMap<>();
        Map<String, List<AgendaItem>> dueThisWeek = new LinkedHashMap<>();
        items.stream().filter(i -> i.isOpen() && i.due() != null && !i.due().isAfter(lastChance))
                .sorted(Comparator.comparing(AgendaItem::due).thenComparingInt(AgendaItem::taskCode)
                        .thenComparingLong(AgendaItem::deadlineId))
                .forEach(i -> {
                    String unit = i.leadUnits().isEmpty() ? "" : i.leadUnits().get(0);
                    (i.due().isBefore(today) ? overdue : dueThisWeek).computeIfAbsent(unit, u -> new ArrayList<>()).add(i);
                });
        List<String> names = new ArrayList<>(overdue.keySet());
        dueThisWeek.keySet().stream().filter(u -> !names.contains(u)).forEach(names::add);
        List<UnitRisk> units = names.stream().map(u -> new UnitRisk(u, overdue.getOrDefault(u, List.of()),
                        dueThisWeek.getOrDefault(u, List.of())))
                .sorted(Comparator.comparingInt(UnitRisk::total).reversed().thenComparing(UnitRisk::unit)).toList();
        return new QuarterForecast(today, lastChance, quarterEnd, units);
    }

    /** The last day of {@code day}'s calendar quarter. */
    public static LocalDate quarterEnd(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        return LocalDate.of(day.getYear(), quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    public int total() {
        return units.stream().mapToInt(UnitRisk::total).sum();
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }
}
