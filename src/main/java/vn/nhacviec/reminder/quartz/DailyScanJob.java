package vn.nhacviec.reminder.quartz;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.reminder.ReminderPolicy;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.reminder.scan.ScanStore;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Quartz trigger for the daily scan; the scan decides everything (working days included). Two
 * triggers fire it: the daily one at the scan time, and a frequent retry that runs the scan only
 * when the day's scan is due and has not run (missed at start-up, or lost to a database outage).
 */
@Singleton
@DisallowConcurrentExecution
public class DailyScanJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DailyScanJob.class);
    static final TriggerKey RETRY = TriggerKey.triggerKey("daily-scan-retry", "nhacviec");

    private final DailyScan scan;
    private final ScanStore records;
    private final ReminderPolicy policy;
    private final Clock clock;

    public DailyScanJob(DailyScan scan, ScanStore records, ReminderPolicy policy, Clock clock) {
        this.scan = scan;
        this.records = records;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            if (RETRY.equals(context.getTrigger().getKey()) && !policy.scanOverdue(now, records.ran(now.toLocalDate()))) {
                return;
            }
            if (RETRY.equals(context.getTrigger().getKey())) {
                LOG.info("the scan of {} is due and has not run: running it now", now.toLocalDate());
            }
            scan.run(now.toLocalDate());
        } catch (RuntimeException e) {
            // A database outage: the scan rolled back whole; the retry trigger runs it once the database is back.
            LOG.warn("the scan of {} failed ({}); it is retried until it succeeds", now.toLocalDate(), e.getMessage());
        }
    }
}
