package vn.nhacviec.reminder.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Duration;
import java.util.Optional;

/**
 * The dispatcher's lease: whoever holds it may send, and nobody else. Quartz already runs one
 * dispatch job at a time, but after a fail-over (an instance that missed its check-ins while
 * still running) two could overlap; the lease fences them. Times are the database's own, the
 * one clock every instance shares (service clocks may be shifted by NHACVIEC_CLOCK).
 */
@Singleton
public class DispatchLeaseStore {

    static final String NAME = "outbox";

    /** A held lease; {@code version} grows with every new holder and fences its claims. */
    public record Lease(String holder, long version) {
    }

    private final Jdbc jdbc;

    public DispatchLeaseStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /** Takes the lease when it is free, expired, or already ours; empty when someone else holds it. */
    @Transactional
    public Optional<Lease> acquire(String holder, Duration ttl) {
        int taken = jdbc.update("UPDATE dispatch_lease SET holder = ?, version = version + 1, "
                + "expires_at = TIMESTAMPADD(SECOND, ?, LOCALTIMESTAMP) "
                + "WHERE lease_name = ? AND (holder = ? OR expires_at < LOCALTIMESTAMP)", holder, ttl.toSeconds(), NAME, holder);
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.one("SELECT version FROM dispatch_lease WHERE lease_name = ?", rs -> new Lease(holder, rs.getLong(1)), NAME);
    }

    /** Extends the lease; false when another dispatcher has taken it since (stop at once). */
    @Transactional
    public boolean renew(Lease lease, Duration ttl) {
        return jdbc.update("UPDATE dispatch_lease SET expires_at = TIMESTAMPADD(SECOND, ?, LOCALTIMESTAMP) "
                + "WHERE lease_name = ? AND version = ?", ttl.toSeconds(), NAME, lease.version()) == 1;
    }

    /** Gives the lease up, so that the next dispatcher (a restarted service) need not wait for it to expire. */
    @Transactional
    public void release(Lease lease) {
        jdbc.update("UPDATE dispatch_lease SET expires_at = TIMESTAMPADD(SECOND, -1, LOCALTIMESTAMP) "
                + "WHERE lease_name = ? AND version = ?", NAME, lease.version());
    }
}
