package vn.nhacviec.web.dashboard;

import java.util.List;

/**
 * The commune dashboard's data, counted by the domain (the quarterly report of today's quarter, as of
 * today): the four figures for the commune, per unit and per plan section; deadlines due within seven
 * days; the trend week by week; what is overdue, per unit, with the officers who answer for it.
 *
 * @param readOnly  shown to the province's staff: no action links
 */
public record CommuneDashboard(long communeId, String commune, String title, String asOf, Figures total, int dueSoon,
                               List<Figures> byUnit, List<Figures> bySection, List<TrendPoint> trend,
                               List<OverdueGroup> overdue, String unitChartJson, String trendChartJson,
                               boolean readOnly) {

    /** The figures at the end of one week. */
    public record TrendPoint(String weekEnd, Figures figures) {
    }

    /** The overdue deadlines of one unit. */
    public record OverdueGroup(String unit, List<OverdueItem> items) {
    }

    /** One overdue deadline: code, title, due date, days overdue and the officers who answer for it. */
    public record OverdueItem(long deadlineId, String code, String title, String due, long daysOverdue, String officers) {
    }
}
