package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;
import vn.nhacviec.system.ServiceClock;

import java.time.Clock;

/**
 * The service's beans for one command, started on first use so that commands which need no
 * database (a dry-run import, --help) never open or migrate it.
 */
final class Services {

    private static ApplicationContext context;

    private Services() {
    }

    static synchronized <T> T bean(Class<T> type) {
        if (context == null) {
            context = ApplicationContext.builder().environments("cli").start();
            Runtime.getRuntime().addShutdownHook(new Thread(Services::close, "nhacviec-shutdown"));
        }
        return context.getBean(type);
    }

    /**
     * The service clock (nhacviec.zone, NHACVIEC_CLOCK) for commands that need no database: read
     * from the settings alone, so nothing is opened or migrated.
     */
    static synchronized Clock clock() {
        if (context != null) {
            return context.getBean(Clock.class);
        }
        try (ApplicationContext settings = ApplicationContext.builder().environments("cli").build()) {
            return ServiceClock.configured(settings.getEnvironment().start());
        }
    }

    static synchronized void close() {
        if (context != null && context.isRunning()) {
            context.close();
        }
        context = null;
    }

    /** Who did it, for the audit log. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
