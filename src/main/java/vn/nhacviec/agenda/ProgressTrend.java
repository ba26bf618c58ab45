package vn.nhacviec.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The four figures week by week: at the end of each week (Sunday; the last point is {@code asOf}), the
 * deadlines due by then, each as it stood that day — one done later counts as still open (overdue) —
 * counted by {@link ProgressCounts#of}, the one count the bot and the workbook use.
 */
public final class ProgressTrend {

    /** The figures at the end of one week. */
    public record Week(LocalDate end, ProgressCounts counts) {
    }

    private ProgressTrend() {
    }

    /** Weeks ending from the first Sunday on or after {@code from} up to {@code asOf} (at most {@code maxWeeks}, the latest). */
    public static List<Week> weekly(Collection<AgendaItem> items, LocalDate from, LocalDate asOf, ZoneId zone, int maxWeeks) {
        List<LocalDate> ends = new ArrayList<>();
        for (LocalDate end = from.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); end.isBefore(asOf); end = end.plusWeeks(1)) {
            ends.add(end);
        }
        ends.add(asOf);
        List<LocalDate> kept = ends.subList(Math.max(0, ends.size() - maxWeeks), ends.size());
        return kept.stream().map(end -> new Week(end, at(items, end, zone))).toList();
    }

    /** The figures of the deadlines due by {@code day}, as they stood at the end of that day. */
    static ProgressCounts at(Collection<AgendaItem> items, LocalDate day, ZoneId zone) {
        List<AgendaItem> then = new ArrayList<>();
        for (AgendaItem item : items) {
            if (item == null || item.due() == null || item.due().isAfter(day) || item.status() == DeadlineStatus.CANCELLED) {
                continue;
            }
            boolean doneByThen = item.status() == DeadlineStatus.DONE
                    && (item.doneAt() == null || !item.doneAt().atZone(zone).toLocalDate().isAfter(day));
            then.add(doneByThen || item.status() == DeadlineStatus.OPEN ? item : new AgendaItem(item.deadlineId(),
                    item.communeId(), item.taskCode(), item.numbering(), item.title(), item.kind(), item.label(), item.due(),
                    DeadlineStatus.OPEN, item.leadUnits(), null, null, item.note()));
        }
        return ProgressCounts.of(then, day, zone);
    }
}
