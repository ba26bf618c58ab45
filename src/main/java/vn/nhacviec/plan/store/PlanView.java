package vn.nhacviec.plan.store;

import java.time.LocalDate;
import java.util.List;

/** A stored plan as listed to operators. */
public record PlanView(long id, String commune, int year, String title, String number, String sourceName,
                       long tasks, List<LocalDate> reportingCalendar) {
}
