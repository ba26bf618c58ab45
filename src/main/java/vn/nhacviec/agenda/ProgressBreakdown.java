package vn.nhacviec.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The province's four figures per lead unit and per plan section, counted one way for the bot's
 * /tiendo and the quarterly workbook alike. A deadline with several lead units counts for each of
 * them; one without any counts under the key "". Groups with no dated deadline are left out.
 */
public final class ProgressBreakdown {

    private ProgressBreakdown() {
    }

    /** Per lead unit: the units of {@code unitOrder} first in that order, then any other in order of appearance. */
    public static Map<String, ProgressCounts> byUnit(Collection<AgendaItem> items, LocalDate asOf, ZoneId zone,
                                                     List<String> unitOrder) {
        Map<String, List<AgendaItem>> grouped = new LinkedHashMap<>();
        unitOrder.forEach(code -> grouped.put(code, new ArrayList<>()));
        for (AgendaItem item : byTaskCode(items)) {
            if (item.leadUnits().isEmpty()) {
                grouped.computeIfAbsent("", k -> new ArrayList<>()).add(item);
            }
            item.leadUnits().forEach(code -> grouped.computeIfAbsent(code, k -> new ArrayList<>()).add(item));
        }
        return counted(grouped, asOf, zone);
    }

    /** Per plan section, in the order the plan lists its tasks. */
    public static Map<String, ProgressCounts> bySection(Collection<AgendaItem> items, LocalDate asOf, ZoneId zone,
                                                        Function<AgendaItem, String> sectionOf) {
        Map<String, List<AgendaItem>> grouped = new LinkedHashMap<>();
        byTaskCode(items).forEach(item -> grouped.computeIfAbsent(sectionOf.apply(item), k -> new ArrayList<>()).add(item));
        return counted(grouped, asOf, zone);
    }

    /** How many tasks the figures count: tasks with at least one dated, not cancelled deadline. */
    public static int tasks(Collection<AgendaItem> items) {
        return (int) counted(items).map(AgendaItem::taskCode).distinct().count();
    }

    /** Per lead unit (keyed as in {@link #byUnit}), how many tasks its figures count. */
    public static Map<String, Integer> tasksByUnit(Collection<AgendaItem> items) {
        Map<String, java.util.Set<Integer>> codes = new LinkedHashMap<>();
        counted(items).forEach(item -> (item.leadUnits().isEmpty() ? List.of("") : item.leadUnits())
                .forEach(unit -> codes.computeIfAbsent(unit, k -> new java.util.HashSet<>()).add(item.taskCode())));
        Map<String, Integer> result = new LinkedHashMap<>();
        codes.forEach((key, set) -> result.put(key, set.size()));
        return result;
    }

    /** Per plan section, how many tasks its figures count. */
    public static Map<String, Integer> tasksBySection(Collection<AgendaItem> items, Function<AgendaItem, String> sectionOf) {
        Map<String, java.util.Set<Integer>> codes = new LinkedHashMap<>();
        counted(items).forEach(item -> codes.computeIfAbsent(sectionOf.apply(item), k -> new java.util.HashSet<>())
                .add(item.taskCode()));
        Map<String, Integer> result = new LinkedHashMap<>();
        codes.forEach((key, set) -> result.put(key, set.size()));
        return result;
    }

    private static java.util.stream.Stream<AgendaItem> counted(Collection<AgendaItem> items) {
        return items.stream().filter(i -> i != null && i.due() != null && i.status() != DeadlineStatus.CANCELLED);
    }

    /** The section as the numbering shows it: "I.05" → "I"; criteria plans ("1a") by field number; "?" for none. */
    public static String sectionOf(AgendaItem item) {
        String numbering = item.numbering() == null ? "" : item.numbering().strip();
        int dot = numbering.indexOf('.');
        if (dot > 0) {
            return numbering.substring(0, dot);
        }
        String field = numbering.replaceAll("[^0-9].*$", "");
        return !field.isEmpty() ? field : numbering.isEmpty() ? "?" : numbering;
    }

    private static List<AgendaItem> byTaskCode(Collection<AgendaItem> items) {
        return items.stream().sorted(Comparator.comparingInt(AgendaItem::taskCode)).toList();
    }

    private static Map<String, ProgressCounts> counted(Map<String, List<AgendaItem>> grouped, LocalDate asOf, ZoneId zone) {
        Map<String, ProgressCounts> result = new LinkedHashMap<>();
        grouped.forEach((key, list) -> {
            ProgressCounts counts = ProgressCounts.of(list, asOf, zone);
            if (counts.total() > 0) {
                result.put(key, counts);
            }
        });
        return result;
    }
}
