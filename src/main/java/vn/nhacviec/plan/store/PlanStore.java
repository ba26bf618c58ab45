package vn.nhacviec.plan.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditLog;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.store.CommuneDirectory;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores an imported plan in one transaction. The same file twice changes nothing; an edited
 * version of a plan updates its tasks in place (matched by section and number) and keeps what
 * was already done.
 */
@Singleton
public class PlanStore {

    private final CommuneDirectory communes;
    private final PlanRepository plans;
    private final ReportDateRepository reportDates;
    private final TaskRepository tasks;
    private final TaskSync taskSync;
    private final AuditLog audit;
    private final Clock clock;

    public PlanStore(CommuneDirectory communes, PlanRepository plans, ReportDateRepository reportDates,
                     TaskRepository tasks, TaskSync taskSync, AuditLog audit, Clock clock) {
        this.communes = communes;
        this.plans = plans;
        this.reportDates = reportDates;
        this.tasks = tasks;
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

        Map<String, TaskRecord> existing = new LinkedHashMap<>();
        for (TaskRecord task : tasks.findByPlanIdOrderBySortOrder(record.id())) {
            existing.putIfAbsent(task.section() + "|" + task.taskNumber() + "|" + occurrenceOf(existing, task), task);
        }
        Counts counts = new Counts();
        int nextCode = tasks.findMaxCode(commune.id()) + 1;
        Map<String, Integer> seen = new HashMap<>();
        int order = 0;
        for (Task task : plan.tasks()) {
            String base = task.section() + "|" + task.number();
            int occurrence = seen.merge(base, 1, Integer::sum) - 1;
            TaskRecord old = existing.remove(base + "|" + occurrence);
            TaskSync.Outcome outcome;
            if (old == null) {
                outcome = taskSync.insert(record, task, nextCode++, order++, now);
                counts.added++;
            } else {
                outcome = taskSync.update(old, task, order++, now);
                counts.updated += outcome.changed() ? 1 : 0;
            }
            counts.deadlinesAdded += outcome.deadlinesAdded();
            counts.deadlinesCancelled += outcome.deadlinesCancelled();
        }
        for (TaskRecord gone : existing.values()) {
            if (gone.removedAt() == null) {
                counts.deadlinesCancelled += taskSync.remove(gone, now);
                counts.removed++;
            }
        }
        ImportResult result = new ImportResult(commune.name(), record.id(), previous.isEmpty(), false,
                counts.added, counts.updated, counts.removed, counts.deadlinesAdded, counts.deadlinesCancelled);
        audit.record(actor, commune.id(), previous.isEmpty() ? "PLAN_IMPORTED" : "PLAN_UPDATED", "plan:" + record.id(),
                source.name() + " sha256=" + source.sha256() + "; " + result.summary());
        return result;
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

    private static int occurrenceOf(Map<String, TaskRecord> existing, TaskRecord task) {
        int occurrence = 0;
        while (existing.containsKey(task.section() + "|" + task.taskNumber() + "|" + occurrence)) {
            occurrence++;
        }
        return occurrence;
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
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static final class Counts {
        int added;
        int updated;
        int removed;
        int deadlinesAdded;
        int deadlinesCancelled;
    }
}
