package vn.nhacviec.plan.store;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.CommuneRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Read side for the command line: plans and tasks with their deadlines. */
@Singleton
public class PlanQueryStore {

    private final CommuneStore communes;
    private final PlanRepository plans;
    private final ReportDateRepository reportDates;
    private final TaskRepository tasks;
    private final TaskUnitRepository taskUnits;
    private final DeadlineRepository deadlines;

    public PlanQueryStore(CommuneStore communes, PlanRepository plans, ReportDateRepository reportDates,
                          TaskRepository tasks, TaskUnitRepository taskUnits, DeadlineRepository deadlines) {
        this.communes = communes;
        this.plans = plans;
        this.reportDates = reportDates;
        this.tasks = tasks;
        this.taskUnits = taskUnits;
        this.deadlines = deadlines;
    }

    @Transactional
    public List<PlanView> plans(Optional<String> communeName) {
        List<PlanView> result = new ArrayList<>();
        for (CommuneRecord commune : scope(communeName)) {
            for (PlanRecord plan : plans.findByCommuneIdOrderById(commune.id())) {
                result.add(new PlanView(plan.id(), commune.name(), plan.planYear(), plan.title(), plan.planNumber(),
                        plan.sourceName(), tasks.countActive(plan.id()),
                        reportDates.findByPlanIdOrderByDueDate(plan.id()).stream().map(ReportDateRecord::dueDate).toList()));
            }
        }
        return result;
    }

    /** The live tasks (not cancelled by a later version of their plan). */
    @Transactional
    public List<TaskView> tasks(Optional<String> communeName) {
        return tasks(communeName, false);
    }

    /** Every task; with {@code withCancelled}, also those a later version of their plan dropped. */
    @Transactional
    public List<TaskView> tasks(Optional<String> communeName, boolean withCancelled) {
        List<TaskView> result = new ArrayList<>();
        for (CommuneRecord commune : scope(communeName)) {
            for (TaskRecord task : tasks.findByCommuneIdOrderByCode(commune.id())) {
                if (task.removedAt() != null && !withCancelled) {
                    continue;
                }
                List<TaskView.DeadlineView> taskDeadlines = deadlines.findByTaskIdOrderById(task.id()).stream()
                        .map(d -> new TaskView.DeadlineView(d.id(), d.kind(), d.label(), d.dueDate(), d.status()))
                        .toList();
                List<String> warnings = task.warnings() == null ? List.of() : Arrays.asList(task.warnings().split("\n"));
                result.add(new TaskView(commune.name(), task.code(), task.section(), task.taskNumber(), task.content(),
                        taskUnits.findCodes(task.id(), true), taskUnits.findCodes(task.id(), false),
                        task.deadlineText(), taskDeadlines, warnings, task.removedAt() != null));
            }
        }
        return result;
    }

    private List<CommuneRecord> scope(Optional<String> communeName) {
        return communeName.map(n -> List.of(communes.require(n))).orElseGet(communes::all);
    }
}
