package vn.nhacviec.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.system.ConfigDir;
import vn.nhacviec.system.ServiceClock;
import vn.nhacviec.system.StartupRefusal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A demo on its way up: its directory made ready, the plan read, the clock set on the plan's
 * Monday morning; then the seeding, in a context of its own that is closed before the service
 * starts (so the service's scheduler finds today's scan done and only sends it). Both contexts
 * share one running clock: the service goes on from where the seeding left it.
 */
public final class DemoStart {

    private final DemoSettings settings;
    private final Plan plan;
    private final ZonedDateTime morning;
    private final Clock clock;

    private DemoStart(DemoSettings settings, Plan plan, ZonedDateTime morning, Clock clock) {
        this.settings = settings;
        this.plan = plan;
        this.morning = morning;
        this.clock = clock;
    }

    /**
     * Checks and prepares everything before anything is opened.
     *
     * @param configuredUrl the operator's database, which must not lie in the demo's directory
     * @param token         the configured bot token; blank: the chat simulator plays Telegram
     * @param realClock     the machine's clock, which the demo's clock runs along
     */
    public static DemoStart prepare(Path dir, String configuredUrl, String token, int port, Clock realClock) {
        DemoDirectory directory = DemoDirectory.at(dir);
        if (directory.holds(configuredUrl)) {
            throw new StartupRefusal("the configured database (" + configuredUrl + ") lies in the demo directory "
                    + directory.root() + ", which the demo empties at start: give the demo another --dir");
        }
        Plan plan = DemoPlan.read(ConfigDir.units(), LocalDate.now(realClock).getYear());
        ZonedDateTime morning = DemoMorning.start(plan.year(), workingCalendar(), DemoSettings.ZONE);
        Clock clock = ServiceClock.create(morning.toOffsetDateTime().toString(), DemoSettings.ZONE, realClock);
        directory.reset();
        return new DemoStart(new DemoSettings(directory, token == null || token.isBlank(), port), plan, morning, clock);
    }

    /** Seeds the demo database in a context of its own, closed again before this returns. */
    public DemoSeed.Result seed() {
        try (ApplicationContext seeding = ApplicationContext.builder().environments("cli").properties(properties()).start()) {
            requireOwnDatabase(seeding.getEnvironment());
            return seeding.getBean(DemoSeed.class).seed(plan, DemoPlan.source());
        }
    }

    /** The settings for a context started now (its clock picks up the demo's time as it is now). */
    public Map<String, Object> properties() {
        return settings.properties(clock.instant());
    }

    /** The demo runs on its own database or not at all, whatever the operator's settings say. */
    public void requireOwnDatabase(Environment environment) {
        String url = environment.getProperty("datasources.default.url", String.class).orElse("");
        String own = settings.directory().databaseUrl();
        if (!url.equals(own)) {
            throw new StartupRefusal("the demo would run on " + url + " instead of its own database " + own
                    + "; not starting");
        }
    }

    public DemoSettings settings() {
        return settings;
    }

    public ZonedDateTime morning() {
        return morning;
    }

    public Plan plan() {
        return plan;
    }

    /** The public holidays as the service reads them (config/holidays.yml, else the jar's copy). */
    private static WorkingCalendar workingCalendar() {
        return ConfigDir.read("holidays.yml").map(t -> WorkingCalendar.fromYaml(t.text(), t.source()))
                .orElseGet(WorkingCalendar::weekendsOnly);
    }
}
