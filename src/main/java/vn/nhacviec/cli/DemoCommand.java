package vn.nhacviec.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nhacviec.demo.DemoDirectory;
import vn.nhacviec.demo.DemoMorning;
import vn.nhacviec.demo.DemoPlan;
import vn.nhacviec.demo.DemoSeed;
import vn.nhacviec.demo.DemoSettings;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.system.ConfigDir;
import vn.nhacviec.system.ServiceClock;
import vn.nhacviec.system.StartupRefusal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
        DemoDirectory directory = DemoDirectory.at(dir);
        String configured = setting("datasources.default.url");
        if (directory.holds(configured)) {
            throw new StartupRefusal("the configured database (" + configured + ") lies in the demo directory "
                    + directory.root() + ", which the demo empties at start: give the demo another --dir");
        }
        boolean simulator = setting("nhacviec.telegram.token").isBlank();
        Plan plan = DemoPlan.read(ConfigDir.units(), LocalDate.now(Services.clock()).getYear());
        ZonedDateTime morning = DemoMorning.start(plan.year(), workingCalendar(), DemoSettings.ZONE);
        // One clock for both contexts: the service goes on from where the seeding left it.
        Clock demoClock = ServiceClock.create(morning.toOffsetDateTime().toString(), DemoSettings.ZONE, Clock.systemUTC());
        directory.reset();
        DemoSettings settings = new DemoSettings(directory, simulator, port);

        DemoSeed.Result seeded;
        try (ApplicationContext seeding = ApplicationContext.builder().environments("cli")
                .properties(settings.properties(demoClock.instant())).start()) {
            requireOwnDatabase(seeding.getEnvironment(), directory);
            seeded = seeding.getBean(DemoSeed.class).seed(plan, DemoPlan.source());
        }
        ApplicationContext service = ServeCommand.start(settings.properties(demoClock.instant()));
        requireOwnDatabase(service.getEnvironment(), directory);
        printWelcome(seeded, settings, morning, service);
        ServeCommand.runUntilStopped(service);
        return 0;
    }

    private void printWelcome(DemoSeed.Result seeded, DemoSettings settings, ZonedDateTime morning, ApplicationContext service) {
        String base = "http://localhost:" + settings.port();
        System.out.println();
        System.out.println("Nhắc việc demo: xã " + seeded.commune() + ", " + seeded.officers().size()
                + " officers, seed plan 000. The clock reads "
                + morning.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + morning.format(SHOWN)
                + " (" + DemoSettings.ZONE + ") and runs on.");
        System.out.println("Already done: " + seeded.doneOnTime() + " on time, " + seeded.doneLate() + " late; today's scan "
                + "queued " + seeded.scan().messages() + " messages.");
        System.out.println("Dashboard:       " + base + "/");
        if (settings.simulator()) {
            System.out.println("Chat simulator:  " + base + "/demo/chat   (no TELEGRAM_BOT_TOKEN: the bot talks there)");
        } else {
            RosterStore roster = service.getBean(RosterStore.class);
            String code = roster.invite(seeded.commune(), seeded.chairman().officer().name(), "demo").startCommand();
            System.out.println("Telegram:        send " + code + " to your bot to be the chairman ("
                    + seeded.chairman().officer().name() + "); the other officers' chats are made up.");
        }
        System.out.println("Data:            " + settings.directory().root() + " (emptied and seeded again at every start). "
                + "Stop with Ctrl+C.");
        System.out.println();
    }

    /** The demo runs on its own database or not at all, whatever the operator's settings say. */
    private static void requireOwnDatabase(Environment environment, DemoDirectory directory) {
        String url = environment.getProperty("datasources.default.url", String.class).orElse("");
        if (!url.equals(directory.databaseUrl())) {
            throw new StartupRefusal("the demo would run on " + url + " instead of its own database "
                    + directory.databaseUrl() + "; not starting");
        }
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

    private static WorkingCalendar workingCalendar() {
        return ConfigDir.read("holidays.yml").map(t -> WorkingCalendar.fromYaml(t.text(), t.source()))
                .orElseGet(WorkingCalendar::weekendsOnly);
    }
}
