package vn.nhacviec.bot.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.deadline.MilestoneKind;

/** Agenda items for the tests. */
final class Items {

    static final LocalDate TODAY = LocalDate.of(2024, 4, 8);

    private Items() {
    }

    static AgendaItem open(long id, int code, String numbering, String title, LocalDate due, String... units) {
        return new AgendaItem(id, 1, code, numbering, title, MilestoneKind.ONCE, "", due, DeadlineStatus.OPEN,
                List.of(units.length == 0 ? new String[] {"TP-HT"} : units), null, null, null);
    }

    static AgendaItem continuous(long id, int code, String numbering, String title) {
        return new AgendaItem(id, 1, code, numbering, title, MilestoneKind.CONTINUOUS, "Thường xuyên", null,
                DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null);
    }

    static AgendaItem done(long id, int code, LocalDate due, Instant doneAt) {
        return new AgendaItem(id, 1, code, "I." + code, "Việc " + code, MilestoneKind.ONCE, "", due,
                DeadlineStatus.DONE, List.of("TP-HT"), doneAt, "Nguyễn Văn Tư", null);
    }

    static AgendaItem withStatus(AgendaItem item, DeadlineStatus status) {
        return new AgendaItem(item.deadlineId(), item.communeId(), item.taskCode(), item.numbering(), item.title(),
                item.kind(), item.label(), item.due(), status, item.leadUnits(), item.doneAt(), item.doneBy(), item.note());
    }

    static LocalDate d(int day, int month) {
        return LocalDate.of(2024, month, day);
    }
}
