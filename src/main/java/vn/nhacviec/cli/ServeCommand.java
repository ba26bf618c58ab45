package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import sun.misc.Signal;
import vn.nhacviec.system.StartupRefusal;

import java.util.Map;

/** Runs the service until it is stopped. */
@Command(name = "serve", description = "Run the service: the bot, the reminders and the web endpoints.")
final class ServeCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Override
    public void run() {
        runUntilStopped(start(Map.of()));
    }

    /** The whole service (web server, scheduler, bot), with {@code properties} over the configured ones. */
    static ApplicationContext start(Map<String, Object> properties) {
        // A StartupRefusal mapped to exit code 0 makes Micronaut rethrow it without logging a stack trace;
        // OneLineErrors then prints its one line and exits 1.
        return Micronaut.build(new String[0]).banner(false).environments("serve").properties(properties)
                .mainClass(ServeCommand.class).mapError(StartupRefusal.class, refusal -> 0).start();
    }

    static void runUntilStopped(ApplicationContext context) {
        stopOnSignal(context);
        // The embedded server keeps non-daemon threads alive; block here until shutdown.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM and SIGINT close the service in order (scheduler and dispatcher, then the bot, then
     * the connection pool, which closes the database) before the JVM's shutdown hooks run. Left to
     * the hooks, the embedded H2 closes itself from its own hook at the same moment, under running
     * jobs; H2 cannot be told not to (DB_CLOSE_ON_EXIT=FALSE is refused with AUTO_SERVER=TRUE).
     */
    private static void stopOnSignal(ApplicationContext context) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                LOG.info("SIG{} received: stopping", signal.getName());
                try {
                    if (context.isRunning()) {
                        context.close();
                    }
                } finally {
                    System.exit(128 + signal.getNumber());
                }
            });
        }
    }
}
