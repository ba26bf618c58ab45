package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The injectable clock; nothing else reads system time. */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(NhacViecProperties properties, @Nullable @Value("${nhacviec.clock:}") String startAt) {
        String start = startAt != null && !startAt.isBlank() ? startAt : System.getenv(ServiceClock.ENV);
        return ServiceClock.create(start, properties.getZone(), Clock.systemUTC());
    }
}
