package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code report --commune NAME --quarter 1 --year 2024 [--out FILE]}: the quarterly CCHC report as .xlsx. */
@Command(name = "report", description = "Write the quarterly CCHC progress report (.xlsx).")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--commune", required = true, paramLabel = "NAME")
    String commune;
    @Option(names = "--quarter", required = true, paramLabel = "1-4")
    int quarter;
    @Option(names = "--year", required = true, paramLabel = "YEAR")
    int year;
    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: bao-cao-cchc-<commune>-Q<quarter>-<year>.xlsx here).")
    Path out;

    @Override
    public Integer call() {
        QuarterlyReport.checkQuarter(quarter);
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        QuarterlyReport report = Services.bean(QuarterlyReports.class).report(commune, quarter, year);
        Path target = out != null ? out : Path.of(QuarterlyReport.defaultFileName(report.commune(), quarter, year));
        OutputFile.checkWritable(target);
        OutputFile.write(target, report.bytes());
        System.out.println("Wrote " + target + ": " + report.dated().size() + " deadlines, " + report.undated().size()
                + " undated; figures as of " + DateText.of(report.asOf())
                + (report.atQuarterEnd() ? " (end of the quarter)" : " (today; the quarter is not over)"));
        return 0;
    }
}
