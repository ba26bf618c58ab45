package vn.nhacviec.agenda;

import vn.nhacviec.deadline.MilestoneKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One deadline as officers see it: the task's code ({@code #12}), the plan's numbering
 * ({@code I.05}), a short title, the due date and who leads it.
 *
 * @param due          null for CONTINUOUS and EXTERNAL milestones
 * @param doneAt       null unless DONE
 * @param supportUnits the task's coordinating units ("phối hợp"), who report their part but do not close it
 */
public record AgendaItem(long deadlineId,
                         long communeId,
                         int taskCode,
                         String numbering,
                         String title,
                         MilestoneKind kind,
                         String label,
                         LocalDate due,
                         DeadlineStatus status,
                         List<String> leadUnits,
                         Instant doneAt,
                         String doneBy,
                         String note,
                         List<String> supportUnits) {

    public AgendaItem {
        leadUnits = List.copyOf(leadUnits);
        supportUnits = supportUnits == null ? List.of() : List.copyOf(supportUnits);
    }

    /** An item whose task has no coordinating units. */
    public AgendaItem(long deadlineId, long communeId, int taskCode, String numbering, String title, MilestoneKind kind,
                      String label, LocalDate due, DeadlineStatus status, List<String> leadUnits, Instant doneAt,
                      String doneBy, String note) {
        this(deadlineId, communeId, taskCode, numbering, title, kind, label, due, status, leadUnits, doneAt, doneBy, note,
                List.of());
    }

    /**
     * The units that report a part of the item rather than close it: the lead units after the first
     * (the first is "chủ trì") and the coordinating units, each once, in the plan's order.
     */
    public List<String> partUnits() {
        if (!mayHaveParts()) {
            return List.of();
        }
        java.util.LinkedHashSet<String> parts = new java.util.LinkedHashSet<>();
        leadUnits.stream().skip(1).forEach(parts::add);
        parts.addAll(supportUnits);
        if (!leadUnits.isEmpty()) {
            parts.removeIf(u -> u.equalsIgnoreCase(leadUnits.get(0)));
        }
        return List.copyOf(parts);
    }

    /** A cheap first test before {@link #partUnits}: no second lead and no coordinating unit means no part. */
    boolean mayHaveParts() {
        return leadUnits.size() > 1 || !supportUnits.isEmpty();
    }

    /** Days from {@code today} to the due date: negative when overdue. */
    public long daysLeft(LocalDate today) {
        return due == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(today, due);
    }

    public boolean isOverdue(LocalDate today) {
        return status == DeadlineStatus.OPEN && due != null && due.isBefore(today);
    }

    public boolean isOpen() {
        return status == DeadlineStatus.OPEN;
    }

    /** "#12 · I.05": how every message names an item. */
    public String code() {
        return "#" + taskCode + " · " + numbering;
    }
}
