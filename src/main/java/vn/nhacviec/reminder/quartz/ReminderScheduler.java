package vn.nhacviec.reminder.quartz;

import io.micronaut.context.BeanProvider;
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

import java.util.TimeZone;

/**
 * Schedules the daily scan (at the configured time, Monday–Friday; holidays are skipped by the
 * policy), its retry and the outbox dispatcher, then starts Quartz. If today's scan time has passed
 * and the scan has not run, the retry runs it at once: missed days are not replayed one by one, but
 * the policy computes stages from due dates, so nothing they would have reminded is skipped.
 */
@Singleton
@Requires(beans = Scheduler.class)
public class ReminderScheduler implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);
    static final JobKey SCAN = JobKey.jobKey("daily-scan", "nhacviec");
    static final JobKey DISPATCH = JobKey.jobKey("outbox-dispatch", "nhacviec");

    private final BeanProvider<Scheduler> schedulers;
    private final ReminderPolicyConfig config;
    private final int dispatchEverySeconds;
    private final int scanRetrySeconds;

    public ReminderScheduler(BeanProvider<Scheduler> schedulers, ReminderPolicyConfig config,
                             @Value("${nhacviec.scheduler.dispatch-every-seconds:10}") int dispatchEverySeconds,
                             @Value("${nhacviec.scheduler.scan-retry-seconds:300}") int scanRetrySeconds) {
        this.schedulers = schedulers;
        this.config = config;
        this.dispatchEverySeconds = dispatchEverySeconds;
        this.scanRetrySeconds = scanRetrySeconds;
    }

    /**
     * Quartz's clustered store takes a second or more to start (its tables, locks and the
     * recovery of other instances' triggers); the HTTP server and health need none of it, so it
     * starts beside them instead of before them.
     */
    @Override
    public void onApplicationEvent(StartupEvent event) {
        Thread starter = new Thread(this::start, "scheduler-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void start() {
        Scheduler scheduler;
        try {
            scheduler = schedulers.get();
        } catch (RuntimeException e) {
            LOG.error("the reminder scheduler could not be created: {}", e.getMessage());
            return;
        }
        try {
            if (scheduler.isShutdown()) {
                return; // stopped while starting
            }
            schedule(scheduler, SCAN, DailyScanJob.class, TriggerBuilder.newTrigger().withIdentity("daily-scan-cron", "nhacviec")
                    .withSchedule(CronScheduleBuilder.cronSchedule(String.format("0 %d %d ? * MON-FRI",
                                    config.scanTime().getMinute(), config.scanTime().getHour()))
                            .inTimeZone(TimeZone.getTimeZone(config.zone()))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build());
            schedule(scheduler, DISPATCH, DispatchJob.class, TriggerBuilder.newTrigger().withIdentity("outbox-dispatch-timer", "nhacviec")
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(dispatchEverySeconds)
                            .withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
            // Fires at once at start (the catch-up of a scan missed while the service was down), then
            // every few minutes: a scan lost to a database outage runs as soon as the database is back.
            scheduleRetry(scheduler);
            scheduler.start();
        } catch (SchedulerException e) {
            LOG.error("the reminder scheduler could not start: {}", e.getMessage());
        }
    }

    private void schedule(Scheduler scheduler, JobKey key, Class<? extends org.quartz.Job> type, Trigger trigger) throws SchedulerException {
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

    private void scheduleRetry(Scheduler scheduler) throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(DailyScanJob.RETRY).forJob(SCAN).startNow()
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(scanRetrySeconds)
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        try {
            if (scheduler.checkExists(DailyScanJob.RETRY)) {
                scheduler.rescheduleJob(DailyScanJob.RETRY, trigger);
            } else {
                scheduler.scheduleJob(trigger);
            }
        } catch (ObjectAlreadyExistsException e) {
            LOG.debug("the scan retry was scheduled by another instance at the same moment");
        }
    }
}
