package vn.nhacviec.report.store;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.report.QuarterlyReport;

import java.time.Clock;
import java.time.LocalDate;

/** Builds a commune's quarterly report from the database, as of the quarter's end or today if earlier. */
@Singleton
public class QuarterlyReports {

    private final CommuneStore communes;
    private final AgendaStore agenda;
    private final ReportStore store;
    private final UnitCatalog units;
    private final Clock clock;

    public QuarterlyReports(CommuneStore communes, AgendaStore agenda, ReportStore store, UnitCatalog units, Clock clock) {
        this.communes = communes;
        this.agenda = agenda;
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /**
     * The commune's report of the quarter {@code today} falls in, as of today: what the dashboard and the
     * province console show, so their figures are the workbook's for the same day.
     */
    public QuarterlyReport current(long communeId) {
        LocalDate today = LocalDate.now(clock);
        CommuneRecord commune = communes.byId(communeId);
        int quarter = (today.getMonthValue() - 1) / 3 + 1;
        return new QuarterlyReport(agenda.all(commune.id()), store.tasks(commune.id()), units, commune.name(),
                quarter, today.getYear(), QuarterlyReport.asOf(today.getYear(), quarter, today), clock.getZone());
    }

    /** Refuses a quarter outside 1–4 and an unknown commune, each with one line. */
    public QuarterlyReport report(String communeName, int quarter, int year) {
        QuarterlyReport.checkQuarter(quarter);
        CommuneRecord commune = communes.require(communeName);
        LocalDate asOf = QuarterlyReport.asOf(year, quarter, LocalDate.now(clock));
        return new QuarterlyReport(agenda.all(commune.id()), store.tasks(commune.id()), units, commune.name(),
                quarter, year, asOf, clock.getZone());
    }
}
