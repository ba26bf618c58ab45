package vn.nhacviec.reminder.quartz;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;

import java.time.Duration;

/** Quartz trigger for the outbox dispatcher; never runs twice at once anywhere in the cluster. */
@Singleton
@DisallowConcurrentExecution
public class DispatchJob implements Job {

    static final Duration BUDGET = Duration.ofSeconds(50);

    private final OutboxDispatcher dispatcher;

    public DispatchJob(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dispatcher.drain(BUDGET);
    }
}
