package vn.nhacviec.web.dashboard;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.ProgressTrend;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the commune dashboard from the quarterly report of today's quarter (so its figures are the
 * workbook's and, per unit and section, the bot's /tiendo count), the open deadlines and the roster.
 */
@Singleton
public class CommuneDashboards {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int TREND_WEEKS = 13;

    private final QuarterlyReports reports;
    private final AgendaStore agenda;
    private final RosterStore roster;
    private final DeadlineAccess access;
    private final Clock clock;

    CommuneDashboards(QuarterlyReports reports, AgendaStore agenda, RosterStore roster, DeadlineAccess access, Clock clock) {
        this.reports = reports;
        this.agenda = agenda;
        this.roster = roster;
        this.access = access;
        this.clock = clock;
    }

    /** The commune's figures of today's quarter: what the province console lists for each commune. */
    public Figures figures(long communeId, String label) {
        return Figures.of(label, reports.current(communeId).total());
    }

    public CommuneDashboard of(long communeId, boolean readOnly) {
        QuarterlyReport report = reports.current(communeId);
        LocalDate asOf = report.asOf();
        Figures total = Figures.of(QuarterlyReport.TOTAL_LABEL, report.total());
        List<Figures> byUnit = new ArrayList<>();
        report.byUnit().forEach((code, counts) -> byUnit.add(Figures.of(report.unitName(code), counts)));
        List<Figures> bySection = new ArrayList<>();
        report.bySection().forEach((section, counts) -> bySection.add(Figures.of("Mục " + section, counts)));

        List<AgendaItem> open = agenda.open(communeId);
        int dueSoon = (int) open.stream().filter(i -> i.due() != null && !i.due().isBefore(asOf)
                && !i.due().isAfter(asOf.plusDays(7))).count();

        List<CommuneDashboard.TrendPoint> trend = ProgressTrend.weekly(report.dated(), LocalDate.of(report.year(), 1, 1),
                        asOf, clock.getZone(), TREND_WEEKS).stream()
                .map(w -> new CommuneDashboard.TrendPoint(DMY.format(w.end()), Figures.of(DMY.format(w.end()), w.counts())))
                .toList();

        return new CommuneDashboard(communeId, report.commune(), report.title(), DMY.format(asOf), total, dueSoon, byUnit,
                bySection, trend, overdue(report, communeId, asOf), unitChart(byUnit), trendChart(trend), readOnly);
    }

    /** Overdue deadlines per lead unit (one with several lead units under each), most overdue first. */
    private List<CommuneDashboard.OverdueGroup> overdue(QuarterlyReport report, long communeId, LocalDate asOf) {
        List<Officer> officers = roster.members(communeId).stream().map(RosterStore.LinkedOrNot::officer).toList();
        Map<String, List<CommuneDashboard.OverdueItem>> groups = new LinkedHashMap<>();
        report.dated().stream().filter(i -> i.isOverdue(asOf))
                .sorted((a, b) -> a.due().compareTo(b.due()))
                .forEach(item -> {
                    String who = officers.stream().filter(o -> access.leads(o.units(), item)).map(Officer::name)
                            .collect(Collectors.joining(", "));
                    CommuneDashboard.OverdueItem line = new CommuneDashboard.OverdueItem(item.deadlineId(), item.code(),
                            item.title(), DMY.format(item.due()), ChronoUnit.DAYS.between(item.due(), asOf),
                            who.isEmpty() ? "Chưa có cán bộ phụ trách" : who);
                    (item.leadUnits().isEmpty() ? List.of("") : item.leadUnits()).forEach(unit ->
                            groups.computeIfAbsent(unit, k -> new ArrayList<>()).add(line));
                });
        return groups.entrySet().stream()
                .map(e -> new CommuneDashboard.OverdueGroup(report.unitName(e.getKey()), e.getValue())).toList();
    }

    private static String unitChart(List<Figures> rows) {
        List<String> labels = rows.stream().map(Figures::label).toList();
        return ChartJson.series(labels, List.of("Đã xong đúng hạn", "Đã xong trễ hạn", "Đang thực hiện (trong hạn)", "Quá hạn"),
                List.of(i -> rows.get(i).doneOnTime(), i -> rows.get(i).doneLate(), i -> rows.get(i).openInTime(),
                        i -> rows.get(i).overdue()));
    }

    private static String trendChart(List<CommuneDashboard.TrendPoint> trend) {
        List<String> labels = trend.stream().map(CommuneDashboard.TrendPoint::weekEnd).toList();
        return ChartJson.series(labels, List.of("Tỷ lệ hoàn thành (%)", "Quá hạn"),
                List.of(i -> trend.get(i).figures().rate(), i -> trend.get(i).figures().overdue()));
    }

}
