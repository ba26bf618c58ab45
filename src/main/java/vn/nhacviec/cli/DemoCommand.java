package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.demo.DemoSeed;
import vn.nhacviec.demo.DemoSettings;
import vn.nhacviec.demo.DemoStart;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.web.SignInLinks;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code demo}: the whole service on a database of its own, seeded with a sample commune and set
 * on a Monday morning of the plan's year; without a bot token the bot talks in the chat simulator.
 */
@Command(name = "demo", description = "Start a demo: the whole service on its own database under ./demo-data "
        + "(emptied and seeded afresh at every start), a sample commune with its plan and a dozen officers, the clock "
        + "on a Monday morning of the plan's year; without TELEGRAM_BOT_TOKEN the bot talks in a chat simulator "
        + "at /demo/chat.")
final class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "demo-data",
            description = "The demo's directory: empty, or made by an earlier demo (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() {
        DemoStart demo = DemoStart.prepare(dir, setting("datasources.default.url"), setting("nhacviec.telegram.token"),
                port, Clock.systemUTC());
        DemoSeed.Result seeded = demo.seed();
        ApplicationContext service = ServeCommand.start(demo.properties());
        demo.requireOwnDatabase(service.getEnvironment());
        printWelcome(demo, seeded, service);
        ServeCommand.runUntilStopped(service);
        return 0;
    }

    private static void printWelcome(DemoStart demo, DemoSeed.Result seeded, ApplicationContext service) {
        DemoSettings settings = demo.settings();
        ZonedDateTime morning = demo.morning();
        String base = "http://localhost:" + settings.port();  // as nhacviec.web.base-url, which links are made with
        System.out.println();
        System.out.println("Nhắc việc demo: xã " + seeded.commune() + ", " + seeded.officers().size()
                + " officers, seed plan 000. The clock reads " + morning.getDayOfWeek().getDisplayName(TextStyle.FULL,
                Locale.ENGLISH) + " " + morning.format(SHOWN) + " (" + DemoSettings.ZONE + ") and runs on.");
        System.out.println("Already done: " + seeded.doneOnTime() + " on time, " + seeded.doneLate() + " late; today's "
                + "scan queued " + seeded.scan().messages() + " messages.");
        System.out.println("Dashboard:       " + base + "/");
        URI link = service.getBean(SignInLinks.class).mint(seeded.chairman().officerId());
        System.out.println("Sign in as the chairman (" + seeded.chairman().officer().name() + "), once, within "
                + service.getBean(SignInLinks.class).lifetimeMinutes() + " minutes:");
        System.out.println("                 " + link);
        if (settings.simulator()) {
            System.out.println("Chat simulator:  " + base + "/demo/chat   (no TELEGRAM_BOT_TOKEN: the bot talks there)");
        } else {
            String code = service.getBean(RosterStore.class)
                    .invite(seeded.commune(), seeded.chairman().officer().name(), "demo").startCommand();
            System.out.println("Telegram:        send " + code + " to your bot to be the chairman ("
                    + seeded.chairman().officer().name() + "); the other officers' chats are made up.");
        }
        System.out.println("Data:            " + settings.directory().root() + " (emptied and seeded again at every "
                + "start). Stop with Ctrl+C.");
        System.out.println();
    }

    /** A setting as configured for the real service (files, environment), without opening anything. */
    private static String setting(String key) {
        Environment environment = ApplicationContext.builder().environments("cli").build().getEnvironment();
        environment.start();
        try {
            return environment.getProperty(key, String.class).orElse("").strip();
        } finally {
            environment.stop();
        }
    }
}
