package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.bot.text.DigestMessages;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.reminder.ReminderConfigFile;
import vn.nhacviec.reminder.ReminderPolicy;
import vn.nhacviec.reminder.ReminderPolicyConfig;
import vn.nhacviec.reminder.WorkingCalendar;


/**
 * The reminder policy and its two operator files, config/reminders.yml and config/holidays.yml
 * (each falling back to the copy shipped in the jar).
 */
@Factory
class ReminderFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderFactory.class);

    /** The policy in the service's one time zone ({@code nhacviec.zone}). */
    @Singleton
    ReminderPolicyConfig reminderPolicyConfig(NhacViecProperties properties) {
        return ConfigDir.read("reminders.yml")
                .map(t -> ReminderConfigFile.fromYaml(t.text(), t.source(), properties.getZone()))
                .orElseGet(() -> ReminderPolicyConfig.DEFAULTS.inZone(properties.getZone()));
    }

    /** The one access rule, with the configured "every unit" code (reminders.yml units.all). */
    @Singleton
    DeadlineAccess deadlineAccess(ReminderPolicyConfig config) {
        return new DeadlineAccess(config.allUnits());
    }

    @Singleton
    WorkingCalendar workingCalendar() {
        WorkingCalendar calendar = ConfigDir.read("holidays.yml").map(t -> WorkingCalendar.fromYaml(t.text(), t.source()))
                .orElseGet(() -> WorkingCalendar.load(ConfigDir.path().resolve("holidays.yml")));
        calendar.warnings().forEach(w -> LOG.warn("holidays: {}", w));
        return calendar;
    }

    @Singleton
    ReminderPolicy reminderPolicy(WorkingCalendar calendar, ReminderPolicyConfig config) {
        return new ReminderPolicy(calendar, config);
    }

    @Singleton
    DigestMessages digestMessages(UnitCatalog units) {
        return new DigestMessages(units);
    }
}
