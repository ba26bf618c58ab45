package vn.nhacviec.bot;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.bot.store.PendingUploadStore;

import java.time.Clock;
import java.time.Instant;

/**
 * Files sent to the bot and never decided on expire on a schedule, their bytes dropped, rather
 * than waiting for the next upload: the database does not keep megabytes nobody will import.
 */
@Singleton
@Requires(notEnv = "cli")
class UploadExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(UploadExpiry.class);

    private final PendingUploadStore uploads;
    private final Clock clock;

    UploadExpiry(PendingUploadStore uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${nhacviec.uploads.expiry-check:15m}", initialDelay = "${nhacviec.uploads.expiry-check:15m}")
    void expire() {
        Instant now = clock.instant();
        try {
            int expired = uploads.expireBefore(now.minus(UploadHandler.PREVIEW_VALIDITY), now);
            if (expired > 0) {
                LOG.info("{} file(s) sent to the bot expired undecided; their content was dropped", expired);
            }
        } catch (RuntimeException e) {
            LOG.warn("expiring undecided uploads failed ({}); retried at the next check", e.getMessage());
        }
    }
}
