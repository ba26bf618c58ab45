package vn.nhacviec.reminder.quartz;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.reminder.ReminderPolicyConfig;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.reminder.scan.ScanRecords;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.TimeZone;

/**
 * Schedules the daily scan (at the configured time, Monday–Friday; holidays are skipped by the
 * policy) and the outbox dispatcher, then starts Quartz. If today's scan time has passed and the
 * scan has not run, it runs at once: missed days are not replayed one by one, but the policy
 * computes stages from due dates, so nothing they would have reminded is skipped.
 */
@Singleton
@Requires(beans = Scheduler.class)
public class ReminderScheduler implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    static final JobKey SCAN = JobKey.jobKey("daily-scan", "nhacviec");
    static final JobKey DISPATCH = JobKey.jobKey("outbox-dispatch", "nhacviec");

    private final Scheduler scheduler;
    private final ReminderPolicyConfig config;
    private final WorkingCalendar calendar;
    private final ScanRecords records;
    private final Clock clock;
    private final int dispatchEverySeconds;

    public ReminderScheduler(Scheduler scheduler, ReminderPolicyConfig config, WorkingCalendar calendar, ScanRecords records,
                             Clock clock, @Value("${nhacviec.scheduler.dispatch-every-seconds:10}") int dispatchEverySeconds) {
        this.scheduler = scheduler;
        this.config = config;
        this.calendar = calendar;
        this.records = records;
        this.clock = clock;
        this.dispatchEverySeconds = dispatchEverySeconds;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try {
            schedule(SCAN, DailyScanJob.class, TriggerBuilder.newTrigger().withIdentity("daily-scan-cron", "nhacviec")
                    .withSchedule(CronScheduleBuilder.cronSchedule(String.format("0 %d %d ? * MON-FRI",
                                    config.scanTime().getMinute(), config.scanTime().getHour()))
                            .inTimeZone(TimeZone.getTimeZone(config.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build());
            schedule(DISPATCH, DispatchJob.class, TriggerBuilder.newTrigger().withIdentity("outbox-dispatch-timer", "nhacviec")
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(dispatchEverySeconds)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
            scheduler.start();
            catchUp();
        } catch (SchedulerException e) {
            LOG.error("the reminder scheduler could not start: {}", e.getMessage());
        }
    }

    private void schedule(JobKey key, Class<? extends org.quartz.Job> type, Trigger trigger) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(type).withIdentity(key).storeDurably().build();
        try {
            if (scheduler.checkExists(key)) {
                // Another instance (or an earlier run) scheduled it; keep one definition, refresh the trigger.
                scheduler.addJob(job, true);
                TriggerKey triggerKey = trigger.getKey();
                Trigger withJob = trigger.getTriggerBuilder().forJob(key).build();
                if (scheduler.checkExists(triggerKey)) {
                    scheduler.rescheduleJob(triggerKey, withJob);
                } else {
                    scheduler.scheduleJob(withJob);
                }
            } else {
                scheduler.scheduleJob(job, trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            LOG.debug("{} was scheduled by another instance at the same moment", key);
        }
    }

    private void catchUp() throws SchedulerException {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.zone()));
        if (calendar.isWorkingDay(now.toLocalDate()) && !now.toLocalTime().isBefore(config.scanTime())
                && !records.ran(now.toLocalDate())) {
            LOG.info("today's scan time {} has passed and the scan has not run: running it now", config.scanTime());
            scheduler.triggerJob(SCAN);
        }
    }
}
