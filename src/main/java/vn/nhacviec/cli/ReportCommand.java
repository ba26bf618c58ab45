package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code report --commune NAME --quarter 1 --year 2024 [--out FILE]}: the quarterly CCHC report as .xlsx. */
@Command(name = "report", description = "Write the quarterly CCHC progress report (.xlsx).",
        subcommands = BinderCommand.class)
final class ReportCommand implements Callable<Integer> {

    // checked in call(): picocli would demand them of `report binder` too
    @Option(names = "--commune", paramLabel = "NAME")
    String commune;
    @Option(names = "--quarter", paramLabel = "1-4")
    Integer quarter;
    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;
    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: bao-cao-cchc-<commune>-Q<quarter>-<year>.xlsx here).")
    Path out;

    @Override
    public Integer call() {
        if (commune == null || quarter == null || year == null) {
            throw new IllegalArgumentException("report needs --commune, --quarter and --year (or: report binder --commune NAME --year YEAR)");
        }
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
