package vn.nhacviec.plan.store;

import jakarta.inject.Singleton;
import vn.nhacviec.deadline.Milestone;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.plan.Task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Writes one task, its units and its deadlines. Deadlines are matched to the stored ones by the
 * date the plan gave them (not the due date an approved extension moved), so that a re-import keeps
 * what is DONE and what was extended: first by kind, plan date and label, then by kind and plan date
 * (a label edited); a DONE deadline whose date the plan moved stays DONE on the new date; stored
 * OPEN deadlines no longer in the plan are CANCELLED, never deleted.
 */
@Singleton
class TaskSync {

    record Outcome(boolean changed, int deadlinesAdded, int deadlinesCancelled) {
    }

    /** A deadline the plan asks for. */
    private record Wanted(String kind, String label, LocalDate due) {
    }

    private final TaskRepository tasks;
    private final TaskUnitRepository taskUnits;
    private final DeadlineRepository deadlines;

    TaskSync(TaskRepository tasks, TaskUnitRepository taskUnits, DeadlineRepository deadlines) {
        this.tasks = tasks;
        this.taskUnits = taskUnits;
        this.deadlines = deadlines;
    }

    Outcome insert(PlanRecord plan, Task task, int code, int order, Instant now) {
        TaskRecord saved = tasks.save(new TaskRecord(null, plan.id(), plan.communeId(), code, order, task.section(),
                task.number(), task.content(), task.product(), task.deadlineText(), task.notes(),
                PlanStore.joined(task.warnings()), null, now, now));
        writeUnits(saved.id(), task);
        int added = syncDeadlines(saved, task, now)[0];
        return new Outcome(true, added, 0);
    }

    Outcome update(TaskRecord old, Task task, int order, Instant now) {
        TaskRecord fresh = new TaskRecord(old.id(), old.planId(), old.communeId(), old.code(), order, task.section(),
                task.number(), task.content(), task.product(), task.deadlineText(), task.notes(),
                PlanStore.joined(task.warnings()), null, old.createdAt(), old.updatedAt());
        boolean fieldsChanged = !fresh.equals(old);
        if (fieldsChanged) {
            tasks.update(withUpdatedAt(fresh, now));
        }
        boolean unitsChanged = !taskUnits.findCodes(old.id(), true).equals(task.lead())
                || !taskUnits.findCodes(old.id(), false).equals(task.coordinating());
        if (unitsChanged) {
            taskUnits.deleteByTaskId(old.id());
            writeUnits(old.id(), task);
        }
        int[] counts = syncDeadlines(old, task, now);
        return new Outcome(fieldsChanged || unitsChanged || counts[0] + counts[1] > 0, counts[0], counts[1]);
    }

    int remove(TaskRecord gone, Instant now) {
        TaskRecord removed = new TaskRecord(gone.id(), gone.planId(), gone.communeId(), gone.code(), gone.sortOrder(),
                gone.section(), gone.taskNumber(), gone.content(), gone.product(), gone.deadlineText(), gone.notes(),
                gone.warnings(), now, gone.createdAt(), now);
        tasks.update(removed);
        return cancelOpen(deadlines.findByTaskIdOrderById(gone.id()), now);
    }

    private void writeUnits(Long taskId, Task task) {
        int order = 0;
        for (String code : task.lead().stream().distinct().toList()) {
            taskUnits.save(TaskUnitRecord.of(taskId, true, clip(code, 200), order++));
        }
        for (String code : task.coordinating().stream().distinct().toList()) {
            taskUnits.save(TaskUnitRecord.of(taskId, false, clip(code, 200), order++));
        }
    }

    /** @return {added, cancelled} */
    private int[] syncDeadlines(TaskRecord task, Task parsed, Instant now) {
        List<Wanted> wanted = new ArrayList<>();
        for (Milestone milestone : parsed.milestones()) {
            String label = clip(milestone.label(), 500);
            if (milestone.due().isEmpty()) {
                wanted.add(new Wanted(milestone.kind().name(), label, null));
            }
            for (LocalDate due : milestone.due()) {
                wanted.add(new Wanted(milestone.kind().name(), label, due));
            }
        }
        List<DeadlineRecord> stored = new ArrayList<>(deadlines.findByTaskIdOrderById(task.id()));
        List<Wanted> unmatched = new ArrayList<>();
        for (Wanted w : wanted) {
            DeadlineRecord match = take(stored, d -> d.kind().equals(w.kind()) && Objects.equals(d.planDate(), w.due())
                    && VietnameseText.sameWords(d.label(), w.label()));
            if (match == null) {
                unmatched.add(w);
            } else {
                reopenIfCancelled(match, now);
            }
        }
        List<Wanted> unplaced = new ArrayList<>();
        for (Wanted w : unmatched) {
            DeadlineRecord match = take(stored, d -> d.kind().equals(w.kind()) && Objects.equals(d.planDate(), w.due()));
            if (match != null) {
                deadlines.update(match.withLabel(w.label(), now));
                reopenIfCancelled(match.withLabel(w.label(), now), now);
            } else {
                unplaced.add(w);
            }
        }
        int added = 0;
        for (Wanted w : unplaced) {
            DeadlineRecord done = doneAtAnotherDate(stored, unplaced, w);
            if (done != null) {
                // the plan moved a date of work already done: the done mark stays, on the plan's new date
                stored.remove(done);
                deadlines.update(done.movedTo(w.label(), w.due(), now));
            } else {
                deadlines.save(new DeadlineRecord(null, task.id(), task.communeId(), w.kind(), w.label(), w.due(), w.due(),
                        "OPEN", null, null, null, now));
                added++;
            }
        }
        return new int[] {added, cancelOpen(stored, now)};
    }

    /**
     * The DONE deadline of the same kind that a new plan date replaces: the nearest one within a
     * month, or the only one left when the plan asks for only one date of that kind in its place
     * ("Quý I" became "Quý II" for a task already done).
     */
    private static DeadlineRecord doneAtAnotherDate(List<DeadlineRecord> stored, List<Wanted> unplaced, Wanted w) {
        List<DeadlineRecord> done = stored.stream()
                .filter(d -> "DONE".equals(d.status()) && d.kind().equals(w.kind()) && d.planDate() != null && w.due() != null)
                .toList();
        if (done.isEmpty()) {
            return null;
        }
        DeadlineRecord nearest = done.stream()
                .min(java.util.Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(d.planDate(), w.due()))))
                .orElseThrow();
        long sameKindLeft = stored.stream().filter(d -> d.kind().equals(w.kind()) && !"CANCELLED".equals(d.status())).count();
        long sameKindWanted = unplaced.stream().filter(u -> u.kind().equals(w.kind())).count();
        boolean near = Math.abs(ChronoUnit.DAYS.between(nearest.planDate(), w.due())) <= 31;
        return near || sameKindLeft == 1 && sameKindWanted == 1 ? nearest : null;
    }

    private void reopenIfCancelled(DeadlineRecord deadline, Instant now) {
        if ("CANCELLED".equals(deadline.status())) {
            deadlines.update(deadline.withStatus("OPEN", now));
        }
    }

    private int cancelOpen(List<DeadlineRecord> leftOver, Instant now) {
        int cancelled = 0;
        for (DeadlineRecord d : leftOver) {
            if ("OPEN".equals(d.status())) {
                deadlines.update(d.withStatus("CANCELLED", now));
                cancelled++;
            }
        }
        return cancelled;
    }

    private static DeadlineRecord take(List<DeadlineRecord> stored, java.util.function.Predicate<DeadlineRecord> test) {
        for (Iterator<DeadlineRecord> it = stored.iterator(); it.hasNext(); ) {
            DeadlineRecord d = it.next();
            if (test.test(d)) {
                it.remove();
                return d;
            }
        }
        return null;
    }

    private static TaskRecord withUpdatedAt(TaskRecord t, Instant now) {
        return new TaskRecord(t.id(), t.planId(), t.communeId(), t.code(), t.sortOrder(), t.section(), t.taskNumber(),
                t.content(), t.product(), t.deadlineText(), t.notes(), t.warnings(), t.removedAt(), t.createdAt(), now);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
