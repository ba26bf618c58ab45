package vn.nhacviec.reminder.quartz;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.reminder.outbox.OutboxDispatcher;

/**
 * On shutdown (SIGTERM), before any bean is destroyed: the dispatcher finishes the message in
 * hand and stops, then Quartz waits for its running jobs and stops, so the connection pool closes
 * under nobody, no trigger stays held and the next start dispatches at once.
 */
@Singleton
@Requires(beans = Scheduler.class)
class SchedulerShutdown implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(SchedulerShutdown.class);

    private final Scheduler scheduler;
    private final OutboxDispatcher dispatcher;

    SchedulerShutdown(Scheduler scheduler, OutboxDispatcher dispatcher) {
        this.scheduler = scheduler;
        this.dispatcher = dispatcher;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        dispatcher.stop();
        try {
            if (!scheduler.isShutdown()) {
                scheduler.standby();
                scheduler.shutdown(true);
                LOG.info("scheduler stopped");
            }
        } catch (SchedulerException e) {
            LOG.warn("the scheduler did not stop cleanly: {}", e.getMessage());
        }
    }
}
