package vn.nhacviec.web.dashboard;

import java.util.List;
import java.util.Set;

/**
 * The dashboard's follow-up: the quarter's forecast by unit, and for each overdue item whether the visitor
 * may ask why ("❓ Yêu cầu giải trình") or a question is already waiting for its answer.
 *
 * @param lastChance dd/MM/yyyy: the end of this week (or of the quarter when it comes first)
 * @param quarterEnd dd/MM/yyyy
 */
public record DashboardFollowUp(String lastChance, String quarterEnd, List<RiskUnit> forecast, Set<Long> askable,
                                Set<Long> waiting) {

    /** One unit's items that will be overdue at the quarter's end unless done this week. */
    public record RiskUnit(String unit, int overdue, int dueThisWeek, List<String> items) {
        public int total() {
            return overdue + dueThisWeek;
        }
    }

    public DashboardFollowUp {
        forecast = List.copyOf(forecast);
        askable = Set.copyOf(askable);
        waiting = Set.copyOf(waiting);
    }

    public boolean canAsk(long deadlineId) {
        return askable.contains(deadlineId);
    }

    public boolean isWaiting(long deadlineId) {
        return waiting.contains(deadlineId);
    }
}
