package vn.nhacviec.system;

import io.micronaut.core.value.PropertyResolver;

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

    /**
     * The service clock from the settings: in {@code nhacviec.zone}, started at {@code nhacviec.clock}
     * or {@code NHACVIEC_CLOCK} when set. The one way to build it, for the services and the command line.
     */
    public static Clock configured(PropertyResolver settings) {
        ZoneId zone = settings.getProperty("nhacviec.zone", ZoneId.class)
                .orElse(ZoneId.of(NhacViecProperties.DEFAULT_ZONE));
        String start = settings.getProperty("nhacviec.clock", String.class).filter(s -> !s.isBlank())
                .orElse(System.getenv(ENV));
        return create(start, zone, Clock.systemUTC());
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
