package vn.nhacviec.reminder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@code config/reminders.yml}. Every key is optional (missing ones keep
 * {@link ReminderPolicyConfig#DEFAULTS}); an unknown key or a wrong value is a {@link ConfigException}
 * naming the file and the key, so a typo never silently falls back to a default.
 */
public final class ReminderConfigFile {

    private ReminderConfigFile() {
    }

    /** The settings in {@code file}, or the defaults when it does not exist. */
    public static ReminderPolicyConfig load(Path file) {
        if (!Files.exists(file)) {
            return ReminderPolicyConfig.DEFAULTS;
        }
        try {
            return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read reminder settings " + file + ": " + e.getMessage(), e);
        }
    }

    public static ReminderPolicyConfig fromYaml(String yaml, String source) {
        return fromYaml(yaml, source, ReminderPolicyConfig.DEFAULTS.zone());
    }

    /**
     * The settings in YAML text, in the service's one time zone: a {@code zone} key may only
     * repeat it (the zone is set once, as {@code nhacviec.zone}).
     */
    public static ReminderPolicyConfig fromYaml(String yaml, String source, ZoneId serviceZone) {
        ReminderPolicyConfig d = ReminderPolicyConfig.DEFAULTS;
        Map<String, Object> root = ConfigYaml.map(ConfigYaml.parse(yaml, source), source,
                Set.of("zone", "scanTime", "stages", "continuous", "escalation", "weekly", "units", "quietHours",
                        "rateLimits"));

        ZoneId zone = serviceZone;
        if (root.containsKey("zone") && !zone(root.get("zone"), source + ": zone").equals(serviceZone)) {
            throw new ConfigException(source + ": zone " + root.get("zone") + " differs from the service's zone " + serviceZone
                    + "; the zone is set once, as nhacviec.zone (NHACVIEC_ZONE): remove it from this file");
        }
        LocalTime scanTime = root.containsKey("scanTime")
                ? ConfigYaml.time(root.get("scanTime"), source + ": scanTime") : d.scanTime();

        String s = source + ": stages";
        Map<String, Object> stages = ConfigYaml.map(root.get("stages"), s,
                Set.of("daysBefore", "workingDaysBefore", "onDueDay", "overdueEveryWorkingDays"));
        ReminderPolicyConfig.Stages st = d.stages();
        st = new ReminderPolicyConfig.Stages(
                stages.containsKey("daysBefore") ? counts(stages.get("daysBefore"), s + ".daysBefore") : st.daysBefore(),
                stages.containsKey("workingDaysBefore")
                        ? counts(stages.get("workingDaysBefore"), s + ".workingDaysBefore") : st.workingDaysBefore(),
                stages.containsKey("onDueDay") ? ConfigYaml.bool(stages.get("onDueDay"), s + ".onDueDay") : st.onDueDay(),
                stages.containsKey("overdueEveryWorkingDays")
                        ? ConfigYaml.integer(stages.get("overdueEveryWorkingDays"), s + ".overdueEveryWorkingDays", 1)
                        : st.overdueEveryWorkingDays());

        Map<String, Object> continuous = ConfigYaml.map(root.get("continuous"), source + ": continuous",
                Set.of("progressWorkingDaysBefore"));
        int progress = continuous.containsKey("progressWorkingDaysBefore")
                ? ConfigYaml.integer(continuous.get("progressWorkingDaysBefore"),
                        source + ": continuous.progressWorkingDaysBefore", 0)
                : d.progressWorkingDaysBefore();

        Map<String, Object> escalation = ConfigYaml.map(root.get("escalation"), source + ": escalation",
                Set.of("afterWorkingDaysOverdue"));
        int escalate = escalation.containsKey("afterWorkingDaysOverdue")
                ? ConfigYaml.integer(escalation.get("afterWorkingDaysOverdue"),
                        source + ": escalation.afterWorkingDaysOverdue", 1)
                : d.escalateAfterWorkingDays();

        Map<String, Object> weekly = ConfigYaml.map(root.get("weekly"), source + ": weekly", Set.of("day"));
        DayOfWeek weeklyDay = weekly.containsKey("day") ? day(weekly.get("day"), source + ": weekly.day") : d.weeklyDay();

        Map<String, Object> units = ConfigYaml.map(root.get("units"), source + ": units", Set.of("office", "all"));
        String office = units.containsKey("office") ? ConfigYaml.text(units.get("office"), source + ": units.office")
                : d.officeUnit();
        String all = units.containsKey("all") ? ConfigYaml.text(units.get("all"), source + ": units.all") : d.allUnits();

        Map<String, Object> quiet = ConfigYaml.map(root.get("quietHours"), source + ": quietHours", Set.of("start", "end"));
        QuietHours quietHours = new QuietHours(
                quiet.containsKey("start") ? ConfigYaml.time(quiet.get("start"), source + ": quietHours.start")
                        : d.quietHours().start(),
                quiet.containsKey("end") ? ConfigYaml.time(quiet.get("end"), source + ": quietHours.end")
                        : d.quietHours().end());

        Map<String, Object> rate = ConfigYaml.map(root.get("rateLimits"), source + ": rateLimits",
                Set.of("perSecond", "perChatPerSecond"));
        ReminderPolicyConfig.RateLimits rateLimits = new ReminderPolicyConfig.RateLimits(
                rate.containsKey("perSecond") ? ConfigYaml.integer(rate.get("perSecond"), source + ": rateLimits.perSecond", 1)
                        : d.rateLimits().perSecond(),
                rate.containsKey("perChatPerSecond")
                        ? ConfigYaml.integer(rate.get("perChatPerSecond"), source + ": rateLimits.perChatPerSecond", 1)
                        : d.rateLimits().perChatPerSecond());

        return new ReminderPolicyConfig(zone, scanTime, st, progress, escalate, weeklyDay, office, all, quietHours,
                rateLimits);
    }

    private static List<Integer> counts(Object node, String where) {
        List<Integer> out = new ArrayList<>();
        List<Object> items = ConfigYaml.list(node, where);
        for (int i = 0; i < items.size(); i++) {
            out.add(ConfigYaml.integer(items.get(i), where + "[" + (i + 1) + "]", 1));
        }
        return out;
    }

    private static ZoneId zone(Object node, String where) {
        try {
            return ZoneId.of(ConfigYaml.text(node, where));
        } catch (DateTimeException e) {
            throw new ConfigException(where + ": '" + node + "' is not a time zone (e.g. Asia/Ho_Chi_Minh)");
        }
    }

    private static DayOfWeek day(Object node, String where) {
        try {
            return DayOfWeek.valueOf(ConfigYaml.text(node, where).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": '" + node + "' is not a weekday (MONDAY … FRIDAY)");
        }
    }
}
