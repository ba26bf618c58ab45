package vn.nhacviec.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The format of {@code config/holidays.yml}:
 * <pre>
 * holidays:
 *   - date: 2024-01-01
 *     name: Tết Dương lịch
 *   - from: 2024-02-08
 *     to: 2024-02-14
 *     name: Tết Nguyên đán
 * workingDays:
 *   - date: 2024-05-04
 *     name: Làm bù cho thứ Hai 29/4
 * </pre>
 */
final class HolidaysFile {

    /** A range longer than this is surely a typo in a year ("2024-02-08" to "2025-02-14"). */
    private static final int MAX_RANGE_DAYS = 31;

    private HolidaysFile() {
    }

    static WorkingCalendar parse(String yaml, String source) {
        Map<String, Object> root = ConfigYaml.map(ConfigYaml.parse(yaml, source), source, Set.of("holidays", "workingDays"));
        Map<LocalDate, String> holidays = new LinkedHashMap<>();
        List<Object> entries = ConfigYaml.list(root.get("holidays"), source + ": holidays");
        for (int i = 0; i < entries.size(); i++) {
            String where = source + ": holidays[" + (i + 1) + "]";
            Map<String, Object> entry = ConfigYaml.map(entries.get(i), where, Set.of("date", "from", "to", "name"));
            String name = entry.get("name") == null ? "Ngày nghỉ" : String.valueOf(entry.get("name")).strip();
            where += " (" + name + ")";
            for (LocalDate day : days(entry, where)) {
                holidays.putIfAbsent(day, name);
            }
        }
        Map<LocalDate, String> working = new LinkedHashMap<>();
        List<Object> swaps = ConfigYaml.list(root.get("workingDays"), source + ": workingDays");
        for (int i = 0; i < swaps.size(); i++) {
            String where = source + ": workingDays[" + (i + 1) + "]";
            Map<String, Object> entry = ConfigYaml.map(swaps.get(i), where, Set.of("date", "name"));
            LocalDate day = ConfigYaml.date(entry.get("date"), where + ".date");
            DayOfWeek dow = day.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw new ConfigException(where + ": " + day + " is a " + dow
                        + ", already a working day; only a Saturday or Sunday can be a make-up working day");
            }
            if (holidays.containsKey(day)) {
                throw new ConfigException(where + ": " + day + " is also listed as a holiday (" + holidays.get(day) + ")");
            }
            working.put(day, entry.get("name") == null ? "Ngày làm bù" : String.valueOf(entry.get("name")).strip());
        }
        return new WorkingCalendar(holidays, working, List.of());
    }

    private static List<LocalDate> days(Map<String, Object> entry, String where) {
        boolean single = entry.containsKey("date");
        boolean range = entry.containsKey("from") || entry.containsKey("to");
        if (single == range) {
            throw new ConfigException(where + ": give either 'date' or both 'from' and 'to'");
        }
        if (single) {
            return List.of(ConfigYaml.date(entry.get("date"), where + ".date"));
        }
        LocalDate from = ConfigYaml.date(entry.get("from"), where + ".from");
        LocalDate to = ConfigYaml.date(entry.get("to"), where + ".to");
        if (to.isBefore(from)) {
            throw new ConfigException(where + ": 'to' " + to + " is before 'from' " + from);
        }
        if (from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
            throw new ConfigException(where + ": " + from + " to " + to + " is longer than " + MAX_RANGE_DAYS + " days");
        }
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
