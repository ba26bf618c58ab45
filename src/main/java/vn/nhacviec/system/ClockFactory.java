package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The injectable clock; nothing else reads system time. */
@Factory
class ClockFactory {

    @Singleton
    Clock clock(PropertyResolver settings) {
        return ServiceClock.configured(settings);
    }
}
