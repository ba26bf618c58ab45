package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;

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
