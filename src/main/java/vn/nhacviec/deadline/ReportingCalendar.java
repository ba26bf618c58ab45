package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The report dates a plan states for its year (seeds 000 and 001: 05/03, 05/06, 05/09, 30/11).
 * Sorted by date, at most one report per date.
 */
public record ReportingCalendar(List<ReportDate> reports) {

    private static final ReportingCalendar NONE = new ReportingCalendar(List.of());

    public ReportingCalendar {
        reports = reports == null ? List.of() : reports.stream()
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(ReportDate::date))
                .toList();
    }

    /** The calendar of a plan that states no report dates. */
    public static ReportingCalendar none() {
        return NONE;
    }

    public boolean isEmpty() {
        return reports.isEmpty();
    }

    /** The report dates, sorted and distinct. */
    public List<LocalDate> dates() {
        return reports.stream().map(ReportDate::date).distinct().toList();
    }

    /** The report dates that fall in the given year. */
    List<LocalDate> datesIn(int year) {
        return dates().stream().filter(d -> d.getYear() == year).toList();
    }
}
