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

import java.nio.file.Files;
import java.nio.file.Path;

/** The reminder policy and its two operator files: config/reminders.yml and config/holidays.yml. */
@Factory
class ReminderFactory {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderFactory.class);

    @Singleton
    ReminderPolicyConfig reminderPolicyConfig() {
        Path file = ConfigDir.path().resolve("reminders.yml");
        return Files.exists(file) ? ReminderConfigFile.load(file) : ReminderPolicyConfig.DEFAULTS;
    }

    /** The one access rule, with the configured "every unit" code (reminders.yml units.all). */
    @Singleton
    DeadlineAccess deadlineAccess(ReminderPolicyConfig config) {
        return new DeadlineAccess(config.allUnits());
    }

    @Singleton
    WorkingCalendar workingCalendar() {
        WorkingCalendar calendar = WorkingCalendar.load(ConfigDir.path().resolve("holidays.yml"));
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
