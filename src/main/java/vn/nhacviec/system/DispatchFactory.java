package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.nhacviec.reminder.outbox.DispatchSettings;

import java.time.Duration;

/** How the outbox dispatcher works, from {@code nhacviec.reminders.dispatch.*}. */
@Factory
class DispatchFactory {

    @Singleton
    DispatchSettings dispatchSettings(
            @Value("${nhacviec.reminders.dispatch.in-flight:" + DispatchSettings.DEFAULT_IN_FLIGHT + "}") int inFlight,
            @Value("${nhacviec.reminders.dispatch.poll:1s}") Duration poll) {
        return new DispatchSettings(inFlight, poll);
    }
}
