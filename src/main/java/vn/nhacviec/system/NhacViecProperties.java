package vn.nhacviec.system;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import vn.nhacviec.reminder.ReminderPolicyConfig;

import java.time.ZoneId;

/** Service-wide settings under {@code nhacviec.*}. */
@ConfigurationProperties("nhacviec")
public interface NhacViecProperties {

    String DEFAULT_ZONE = ReminderPolicyConfig.DEFAULT_ZONE;

    /** Time zone of the communes served; dates shown to users are in it. */
    @Bindable(defaultValue = DEFAULT_ZONE)
    ZoneId getZone();
}
