package vn.nhacviec.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.reminder.scan.DailyScan;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code remind --dry-run [--date YYYY-MM-DD]}: what the daily scan would send, per recipient. */
@Command(name = "remind", description = "Show (or run) the daily reminder scan.")
final class RemindCommand implements Callable<Integer> {

    @Option(names = "--dry-run", description = "Print what would be sent; send and write nothing.")
    boolean dryRun;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The scan day (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        LocalDate day = date != null ? date : LocalDate.now(Services.clock());
        DailyScan scan = Services.bean(DailyScan.class);
        if (!dryRun) {
            DailyScan.Result result = scan.run(day);
            System.out.println(result.ran() ? "scan of " + day + ": " + result.digests() + " digests, " + result.messages()
                    + " messages queued in the outbox" : "the scan of " + day + " already ran; nothing queued");
            return 0;
        }
        List<DailyScan.Preview> previews = scan.preview(day);
        if (previews.isEmpty()) {
            System.out.println("Nothing to send on " + DateText.of(day) + " (no reminders due, or not a working day).");
        }
        for (DailyScan.Preview preview : previews) {
            System.out.println("=== " + preview.recipient().name() + " (" + preview.recipient().role().option()
                    + (preview.linked() ? "" : ", NOT LINKED") + ")");
            preview.messages().forEach(m -> System.out.println(HtmlText.plain(m.html()) + "\n"));
        }
        return 0;
    }
}
