package vn.nhacviec.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Builds the one clock all date logic reads. {@code NHACVIEC_CLOCK=2024-04-08T09:00:00+07:00}
 * starts it at that instant and lets it run on at normal speed (demos, training, tests).
 */
public final class ServiceClock {

    public static final String ENV = "NHACVIEC_CLOCK";

    private ServiceClock() {
    }

    public static Clock create(String startAt, ZoneId zone, Clock base) {
        if (startAt == null || startAt.isBlank()) {
            return base.withZone(zone);
        }
        Instant start = parse(startAt.strip());
        Duration offset = Duration.between(base.instant(), start);
        return Clock.offset(base.withZone(zone), offset);
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(ENV + " must be an ISO date-time with offset, "
                    + "e.g. 2024-04-08T09:00:00+07:00; got '" + text + "'");
        }
    }
}
