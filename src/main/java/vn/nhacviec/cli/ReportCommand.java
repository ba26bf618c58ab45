package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
            checkWritable(out);
        }
        QuarterlyReport report = Services.bean(QuarterlyReports.class).report(commune, quarter, year);
        Path target = out != null ? out : Path.of(QuarterlyReport.defaultFileName(report.commune(), quarter, year));
        checkWritable(target);
        write(target, report.bytes());
        System.out.println("Wrote " + target + ": " + report.dated().size() + " deadlines, " + report.undated().size()
                + " undated; figures as of " + DateText.of(report.asOf())
                + (report.atQuarterEnd() ? " (end of the quarter)" : " (today; the quarter is not over)"));
        return 0;
    }

    private static void checkWritable(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot write " + target + ": it is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + target + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new IllegalArgumentException("cannot write " + target + ": permission denied");
        }
    }

    /** Written next to the target and moved into place, so a failed write never leaves half a file. */
    private static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), ".report-", ".xlsx.tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing left to tidy
                }
            }
        }
    }
}
