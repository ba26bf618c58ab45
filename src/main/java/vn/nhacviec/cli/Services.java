package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import vn.nhacviec.system.ServiceClock;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Whether the configured database is already there, found without opening it: an embedded H2
     * file that does not exist yet holds no plans, and a dry run must not create it. A server
     * database (MySQL/MariaDB) is taken to exist.
     */
    static synchronized boolean databaseExists() {
        if (context != null) {
            return true;
        }
        Environment environment = ApplicationContext.builder().environments("cli").build().getEnvironment();
        environment.start();
        try {
            String url = environment.getProperty("datasources.default.url", String.class).orElse("");
            if (!url.startsWith("jdbc:h2:")) {
                return !url.isBlank();
            }
            String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
            if (location.startsWith("mem:")) {
                return false;
            }
            location = location.startsWith("file:") ? location.substring("file:".length()) : location;
            if (location.startsWith("~")) {
                location = System.getProperty("user.home") + location.substring(1);
            }
            return Files.exists(Path.of(location + ".mv.db"));
        } finally {
            environment.stop();
        }
    }

    /** Who did it, for the audit log. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
