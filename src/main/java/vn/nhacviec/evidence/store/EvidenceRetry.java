package vn.nhacviec.evidence.store;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Every few minutes, fetches again the evidence files still PENDING (Telegram or the store was
 * away when they came). Storing is idempotent (files are keyed by checksum, the row changes only
 * while PENDING), so two instances retrying at once do no harm.
 */
@Singleton
@Requires(property = "nhacviec.scheduler.enabled", notEquals = "false")
class EvidenceRetry {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceRetry.class);

    private final EvidenceKeeper keeper;
    private final Clock clock;

    EvidenceRetry(EvidenceKeeper keeper, Clock clock) {
        this.keeper = keeper;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${nhacviec.evidence.retry-every:5m}", initialDelay = "${nhacviec.evidence.retry-every:5m}")
    void retry() {
        try {
            int stored = keeper.retryPending(clock.instant(), 50);
            if (stored > 0) {
                LOG.info("Stored {} evidence file(s) that were waiting", stored);
            }
        } catch (RuntimeException e) {
            LOG.warn("Retrying the waiting evidence files failed: {}", String.valueOf(e));
        }
    }
}
