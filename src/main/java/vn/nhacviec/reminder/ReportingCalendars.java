package vn.nhacviec.reminder;

import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report dates of each commune: the calendars of all its plans merged (a commune with a 2024 and
 * a 2025 plan has both years' dates). Per commune rather than per plan because agenda items carry
 * their commune, not their plan.
 */
public record ReportingCalendars(Map<Long, ReportingCalendar> byCommune) {

    public ReportingCalendars {
        byCommune = Map.copyOf(byCommune);
    }

    public static ReportingCalendars none() {
        return new ReportingCalendars(Map.of());
    }

    public static ReportingCalendars of(long communeId, ReportingCalendar calendar) {
        return new ReportingCalendars(Map.of(communeId, calendar));
    }

    /** Merges another plan's calendar into a commune's. */
    public ReportingCalendars with(long communeId, ReportingCalendar calendar) {
        Map<Long, ReportingCalendar> out = new java.util.HashMap<>(byCommune);
        List<ReportDate> reports = new ArrayList<>(forCommune(communeId).reports());
        reports.addAll(calendar.reports());
        out.put(communeId, new ReportingCalendar(reports));
        return new ReportingCalendars(out);
    }

    public ReportingCalendar forCommune(long communeId) {
        return byCommune.getOrDefault(communeId, ReportingCalendar.none());
    }
}
