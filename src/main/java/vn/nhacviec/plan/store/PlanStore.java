package vn.nhacviec.plan.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanRevision;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.store.Jdbc;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores an imported plan in one transaction. The same file twice changes nothing; an edited
 * version of a plan ("Kế hoạch điều chỉnh, bổ sung") updates its tasks in place, matched by their
 * content ({@link PlanRevision}), so rows inserted, deleted or renumbered keep their code, done
 * marks, approved extensions and history; a task the new version no longer has is cancelled
 * ({@code removed_at} set, its open deadlines CANCELLED), never deleted.
 */
@Singleton
public class PlanStore {

    private final CommuneStore communes;
    private final PlanRepository plans;
    private final ReportDateRepository reportDates;
    private final TaskRepository tasks;
    private final TaskUnitRepository taskUnits;
    private final DeadlineRepository deadlines;
    private final TaskSync taskSync;
    private final AuditStore audit;
    private final Clock clock;

    public PlanStore(CommuneStore communes, PlanRepository plans, ReportDateRepository reportDates,
                     TaskRepository tasks, TaskUnitRepository taskUnits, DeadlineRepository deadlines,
                     TaskSync taskSync, AuditStore audit, Clock clock) {
        this.communes = communes;
        this.plans = plans;
        this.reportDates = reportDates;
        this.tasks = tasks;
        this.taskUnits = taskUnits;
        this.deadlines = deadlines;
        this.taskSync = taskSync;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportResult save(Plan plan, PlanSource source, String actor) {
        CommuneRecord commune = communes.findOrCreate(plan.commune());
        List<PlanRecord> sameFile = plans.findByCommuneIdAndSourceSha256(commune.id(), source.sha256());
        if (!sameFile.isEmpty()) {
            return new ImportResult(commune.name(), sameFile.get(0).id(), false, true, 0, 0, 0, 0, 0);
        }
        Instant now = now();
        Optional<PlanRecord> previous = findPreviousVersion(commune, plan);
        PlanRecord record = previous
                .map(p -> plans.update(new PlanRecord(p.id(), p.communeId(), plan.year(), title(plan), blankToNull(plan.number()),
                        source.name(), source.sha256(), joined(plan.warnings()), p.createdAt(), now)))
                .orElseGet(() -> plans.save(new PlanRecord(null, commune.id(), plan.year(), title(plan),
                        blankToNull(plan.number()), source.name(), source.sha256(), joined(plan.warnings()), now, now)));
        replaceReportDates(record.id(), plan);

        List<TaskRecord> stored = tasks.findByPlanIdOrderBySortOrder(record.id());
        Map<Long, TaskRecord> byId = new HashMap<>();
        stored.forEach(t -> byId.put(t.id(), t));
        PlanRevision revision = PlanRevision.of(known(stored), plan.tasks());
        Counts counts = new Counts();
        int nextCode = tasks.findMaxCode(commune.id()) + 1;
        for (int order = 0; order < plan.tasks().size(); order++) {
            Task task = plan.tasks().get(order);
            Optional<PlanRevision.Known> before = revision.previous(order);
            TaskSync.Outcome outcome;
            if (before.isEmpty()) {
                outcome = taskSync.insert(record, task, nextCode++, order, now);
                counts.added++;
            } else {
                outcome = taskSync.update(byId.get(before.get().id()), task, order, now);
                counts.updated += outcome.changed() ? 1 : 0;
            }
            counts.deadlinesAdded += outcome.deadlinesAdded();
            counts.deadlinesCancelled += outcome.deadlinesCancelled();
        }
        for (PlanRevision.Known gone : revision.removed()) {
            counts.deadlinesCancelled += taskSync.remove(byId.get(gone.id()), now);
            counts.removed++;
            audit.record(actor, commune.id(), "TASK_CANCELLED", "task:" + gone.code(),
                    gone.numbering() + " is not in " + source.name() + "; kept, no longer reminded");
        }
        for (PlanRevision.Kept back : revision.kept()) {
            if (back.changes().contains(PlanRevision.Change.RESTORED)) {
                audit.record(actor, commune.id(), "TASK_RESTORED", "task:" + back.before().code(),
                        back.after().numbering() + " is in " + source.name() + " again");
            }
        }
        ImportResult result = new ImportResult(commune.name(), record.id(), previous.isEmpty(), false,
                counts.added, counts.updated, counts.removed, counts.deadlinesAdded, counts.deadlinesCancelled);
        audit.record(actor, commune.id(), previous.isEmpty() ? "PLAN_IMPORTED" : "PLAN_UPDATED", "plan:" + record.id(),
                source.name() + " sha256=" + source.sha256() + "; " + result.summary()
                        + (previous.isEmpty() ? "" : "; revision: " + revision.summary()));
        return result;
    }

    /**
     * What storing this plan would change, before anything is stored (the dry run and the bot's
     * preview): empty when its commune has no earlier version of it. Writes nothing.
     */
    @Transactional(readOnly = true)
    public Optional<PlanRevision> revisionOf(Plan plan) {
        if (plan.commune().isBlank()) {
            return Optional.empty();
        }
        return communes.find(plan.commune())
                .flatMap(commune -> findPreviousVersion(commune, plan))
                .map(previous -> PlanRevision.of(known(tasks.findByPlanIdOrderBySortOrder(previous.id())), plan.tasks()));
    }

    /** The stored tasks as the revision rule sees them: live deadlines by the dates the plan gave them. */
    private List<PlanRevision.Known> known(List<TaskRecord> stored) {
        List<PlanRevision.Known> known = new ArrayList<>();
        for (TaskRecord t : stored) {
            boolean cancelled = t.removedAt() != null;
            List<LocalDate> dates = deadlines.findByTaskIdOrderById(t.id()).stream()
                    .filter(d -> cancelled || !"CANCELLED".equals(d.status()))
                    .map(DeadlineRecord::planDate).filter(Objects::nonNull).toList();
            known.add(new PlanRevision.Known(t.id(), t.code(), t.section(), t.taskNumber(), t.content(),
                    taskUnits.findCodes(t.id(), true), taskUnits.findCodes(t.id(), false), t.deadlineText(), dates,
                    cancelled));
        }
        return known;
    }

    /** An earlier version of the same plan: same commune and year, and the same number or title. */
    private Optional<PlanRecord> findPreviousVersion(CommuneRecord commune, Plan plan) {
        List<PlanRecord> sameYear = plans.findByCommuneIdAndPlanYear(commune.id(), plan.year());
        String number = VietnameseText.fold(plan.number()).replace(" ", "");
        String title = VietnameseText.fold(title(plan));
        Optional<PlanRecord> byNumber = number.isEmpty() || !number.matches(".*\\d.*") ? Optional.empty()
                : sameYear.stream().filter(p -> number.equals(VietnameseText.fold(p.planNumber()).replace(" ", ""))).findFirst();
        return byNumber.or(() -> sameYear.stream().filter(p -> title.equals(VietnameseText.fold(p.title()))).findFirst());
    }

    private void replaceReportDates(Long planId, Plan plan) {
        reportDates.deleteByPlanId(planId);
        for (ReportDate report : plan.calendar().reports()) {
            reportDates.save(new ReportDateRecord(null, planId, report.date(), report.label()));
        }
    }

    private static String title(Plan plan) {
        String title = plan.title().isBlank() ? "Kế hoạch cải cách hành chính năm " + plan.year() : plan.title();
        return title.length() > 500 ? title.substring(0, 500) : title;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String joined(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private Instant now() {
        return Jdbc.stored(clock.instant());
    }

    private static final class Counts {
        int added;
        int updated;
        int removed;
        int deadlinesAdded;
        int deadlinesCancelled;
    }
}
