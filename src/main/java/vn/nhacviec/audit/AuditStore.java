package vn.nhacviec.audit;

import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.time.Clock;
import java.time.Instant;

/** Every change to plans, deadlines and the roster is written here: who, what, when. */
@Singleton
public class AuditStore {

    private final AuditRepository repository;
    private final Clock clock;

    public AuditStore(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void record(String actor, Long communeId, String action, String subject, String detail) {
        Instant now = Jdbc.stored(clock.instant());
        repository.save(new AuditRecord(null, now, actor, communeId, action, subject, detail));
    }
}
