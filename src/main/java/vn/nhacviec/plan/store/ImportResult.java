package vn.nhacviec.plan.store;

/** What an import changed; all zero and {@code unchanged} when the same file came in again. */
public record ImportResult(String commune,
                           long planId,
                           boolean planCreated,
                           boolean unchanged,
                           int tasksAdded,
                           int tasksUpdated,
                           int tasksRemoved,
                           int deadlinesAdded,
                           int deadlinesCancelled) {

    public String summary() {
        if (unchanged) {
            return "plan " + planId + " of " + commune + " is already up to date; nothing changed";
        }
        return (planCreated ? "imported new plan " : "updated plan ") + planId + " of " + commune + ": "
                + tasksAdded + " tasks added, " + tasksUpdated + " updated, " + tasksRemoved + " removed; "
                + deadlinesAdded + " deadlines added, " + deadlinesCancelled + " cancelled";
    }
}
