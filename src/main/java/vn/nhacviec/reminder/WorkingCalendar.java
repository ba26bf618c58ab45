package vn.nhacviec.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working days of a commune's People's Committee: Monday to Friday, except the public holidays
 * and official days off of {@code config/holidays.yml}, plus the weekend days it lists as make-up
 * working days (a Saturday worked to bridge a holiday).
 *
 * <p>Immutable; every method is pure.
 */
public final class WorkingCalendar {

    /** A holiday loop can never run longer than this: no calendar closes an office for a year. */
    private static final int MAX_GAP = 366;

    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> workingWeekendDays;
    /** Every date whose status differs from "Monday to Friday": holidays and make-up days, for counting. */
    private final java.util.NavigableSet<LocalDate> exceptions;
    private final List<String> warnings;

    WorkingCalendar(Map<LocalDate, String> holidays, Map<LocalDate, String> workingWeekendDays, List<String> warnings) {
        this.holidays = java.util.Collections.unmodifiableMap(new TreeMap<>(holidays));
        this.workingWeekendDays = java.util.Collections.unmodifiableMap(new TreeMap<>(workingWeekendDays));
        java.util.TreeSet<LocalDate> special = new java.util.TreeSet<>(holidays.keySet());
        special.addAll(workingWeekendDays.keySet());
        this.exceptions = java.util.Collections.unmodifiableNavigableSet(special);
        this.warnings = List.copyOf(warnings);
    }

    /** Saturdays and Sundays off, no holidays: what the service falls back to without a holiday file. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(Map.of(), Map.of(), List.of());
    }

    /**
     * Reads a holiday file. A missing file gives {@link #weekendsOnly()} with a warning in
     * {@link #warnings()} (the service still runs, but would remind on holidays); a broken file is a
     * {@link ConfigException} naming the file and the entry.
     */
    public static WorkingCalendar load(Path file) {
        if (!Files.exists(file)) {
            return new WorkingCalendar(Map.of(), Map.of(), List.of("holiday file " + file
                    + " not found: only Saturdays and Sundays are days off; public holidays will get reminders"));
        }
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read holiday file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses holiday YAML text; {@code source} names it in errors (a file name). */
    public static WorkingCalendar fromYaml(String yaml, String source) {
        return HolidaysFile.parse(yaml, source);
    }

    public static WorkingCalendar fromYaml(String yaml) {
        return fromYaml(yaml, "holidays.yml");
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (workingWeekendDays.containsKey(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The working day on or before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return step(date, -1);
    }

    /** The working day on or after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return step(date, 1);
    }

    /**
     * The {@code n}-th working day after {@code date} (before it when {@code n} is negative), not
     * counting {@code date} itself; {@code date} unchanged for 0. From a Sunday, +1 is the Monday.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        int direction = Integer.signum(n);
        LocalDate d = date;
        for (int left = Math.abs(n); left > 0; left--) {
            d = step(d.plusDays(direction), direction);
        }
        return d;
    }

    /**
     * How many working days {@code b} is after {@code a}: the working days in {@code (a, b]}; when
     * {@code b} is before {@code a}, minus the working days in {@code [b, a)}. Either way
     * {@code workingDaysBetween(a, plusWorkingDays(a, n)) == n}.
     */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        boolean back = b.isBefore(a);
        LocalDate from = back ? b.minusDays(1) : a;
        LocalDate to = back ? a.minusDays(1) : b;
        // Monday to Friday counted by arithmetic, then each listed exception in the range corrected: the
        // daily scan asks this for every overdue item of the country, often months back
        long count = weekdaysIn(from, to);
        for (LocalDate d : exceptions.subSet(from, false, to, true)) {
            count += (isWorkingDay(d) ? 1 : 0) - (isWeekday(d) ? 1 : 0);
        }
        return (int) (back ? -count : count);
    }

    /** Mondays to Fridays in {@code (from, to]}. */
    private static long weekdaysIn(LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * 5;
        LocalDate d = from.plusDays(days / 7 * 7);
        while (d.isBefore(to)) {
            d = d.plusDays(1);
            if (isWeekday(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The name of the holiday on {@code date}, if it is one ("Tết Nguyên đán"). */
    public Optional<String> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** Every listed day off, with its name. */
    public Map<LocalDate, String> holidays() {
        return holidays;
    }

    /** Weekend days listed as make-up working days, with why. */
    public Map<LocalDate, String> workingWeekendDays() {
        return workingWeekendDays;
    }

    /** Things the operator should see in the log (a missing file). */
    public List<String> warnings() {
        return warnings;
    }

    private LocalDate step(LocalDate date, int direction) {
        LocalDate d = date;
        for (int i = 0; i <= MAX_GAP; i++) {
            if (isWorkingDay(d)) {
                return d;
            }
            d = d.plusDays(direction);
        }
        throw new IllegalStateException("no working day within a year of " + date);
    }
}
