package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.ProgressBreakdown;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;

import java.util.List;

/** /tiendo: done on time, done late, open in time and overdue, one line per unit and per plan section. */
@Singleton
class ProgressHandler {

    private final Worklist worklist;
    private final Messages messages;
    private final List<String> unitOrder;

    ProgressHandler(Worklist worklist, Messages messages, UnitCatalog units) {
        this.worklist = worklist;
        this.messages = messages;
        this.unitOrder = units.units().stream().map(Unit::code).toList();
    }

    List<Outgoing> handle(Turn turn) {
        List<AgendaItem> items = worklist.visibleAll(turn);
        String title = "Kế hoạch CCHC " + turn.today().getYear();
        return Answers.text(turn.incoming(), messages.progress(ProgressCounts.of(items, turn.today(), turn.now().getZone()),
                ProgressBreakdown.tasks(items),
                ProgressBreakdown.byUnit(items, turn.today(), turn.now().getZone(), unitOrder), ProgressBreakdown.tasksByUnit(items),
                ProgressBreakdown.bySection(items, turn.today(), turn.now().getZone(), ProgressBreakdown::sectionOf),
                ProgressBreakdown.tasksBySection(items, ProgressBreakdown::sectionOf), title, turn.today()));
    }
}
