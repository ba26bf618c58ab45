package vn.nhacviec.bot.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.ImportResult;
import vn.nhacviec.plan.store.PlanStore;

import java.time.Instant;
import java.util.Optional;

/** Stores a previewed file and marks it decided in one transaction: both happen, or neither. */
@Singleton
public class UploadImportStore {

    private final PendingUploadStore uploads;
    private final PlanStore plans;

    public UploadImportStore(PendingUploadStore uploads, PlanStore plans) {
        this.uploads = uploads;
        this.plans = plans;
    }

    /** Empty when the upload was decided already (a second press, another instance). */
    @Transactional
    public Optional<ImportResult> plan(long uploadId, Plan plan, PlanSource source, String actor, Instant at) {
        if (!uploads.decide(uploadId, true, at)) {
            return Optional.empty();
        }
        return Optional.of(plans.save(plan, source, actor));
    }
}
