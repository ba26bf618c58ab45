package vn.nhacviec.evidence.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.evidence.CompletionReview;
import vn.nhacviec.evidence.Evidence;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The office's decision on a completion (who may decide is the access rule's, checked before):
 * accepted, or returned with a reason — the deadline is open again and both the completion and
 * the return stay in the audit history.
 */
@Singleton
public class CompletionReviews {

    private final EvidenceStore store;
    private final AgendaStore agenda;
    private final AuditStore audit;

    public CompletionReviews(EvidenceStore store, AgendaStore agenda, AuditStore audit) {
        this.store = store;
        this.agenda = agenda;
        this.audit = audit;
    }

    /** What a return did: whether it reopened the deadline, and the officers who sent its evidence (to be told). */
    public record Returned(boolean reopened, Set<Long> officers) {
    }

    @Transactional
    public void accept(AgendaItem item, long reviewerId, String actor, Instant at) {
        store.recordReview(item.communeId(), item.deadlineId(), CompletionReview.Decision.ACCEPTED, null, reviewerId, at);
        audit.record(actor, item.communeId(), "COMPLETION_ACCEPTED", "deadline:" + item.deadlineId(), item.code());
    }

    @Transactional
    public Returned giveBack(AgendaItem item, String reason, long reviewerId, String actor, Instant at) {
        boolean reopened = agenda.undo(item.deadlineId(), actor, at, "returned: " + reason);
        if (!reopened) {
            return new Returned(false, Set.of());
        }
        store.recordReview(item.communeId(), item.deadlineId(), CompletionReview.Decision.RETURNED, reason, reviewerId, at);
        audit.record(actor, item.communeId(), "COMPLETION_RETURNED", "deadline:" + item.deadlineId(),
                item.code() + " reason: " + reason);
        Set<Long> officers = new LinkedHashSet<>();
        store.ofDeadline(item.deadlineId()).stream().map(Evidence::officerId).forEach(officers::add);
        return new Returned(true, officers);
    }

    public List<CompletionReview> history(long deadlineId) {
        return store.reviewsOf(deadlineId);
    }
}
