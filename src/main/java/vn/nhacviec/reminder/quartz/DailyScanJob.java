package vn.nhacviec.reminder.quartz;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.nhacviec.reminder.scan.DailyScan;

import java.time.Clock;
import java.time.LocalDate;

/** Quartz trigger for the daily scan; the scan decides everything (working days included). */
@Singleton
@DisallowConcurrentExecution
public class DailyScanJob implements Job {

    private final DailyScan scan;
    private final Clock clock;

    public DailyScanJob(DailyScan scan, Clock clock) {
        this.scan = scan;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        scan.run(LocalDate.now(clock));
    }
}
