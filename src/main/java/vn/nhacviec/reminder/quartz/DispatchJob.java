package vn.nhacviec.reminder.quartz;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;

import java.time.Duration;

/**
 * Quartz trigger for the outbox dispatcher; never runs twice at once anywhere in the cluster. Each run
 * sends and then watches the outbox for its budget, so a queued message starts going out within
 * seconds (at once when this instance queued it, at the next poll when another did).
 */
@Singleton
@DisallowConcurrentExecution
public class DispatchJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchJob.class);
    static final Duration BUDGET = Duration.ofSeconds(50);

    private final OutboxDispatcher dispatcher;

    public DispatchJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            dispatcher.dispatchFor(BUDGET);
        } catch (RuntimeException e) {
            // A database outage: what was not sent stays in the outbox for the next run.
            LOG.warn("outbox dispatch stopped ({}); it resumes at the next run", e.getMessage());
        }
    }
}
