package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.bot.text.ProgressCounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** /tiendo: done on time, done late, open in time and overdue, per unit and per plan section. */
@Singleton
class ProgressHandler {

    private final Worklist worklist;
    private final Messages messages;

    ProgressHandler(Worklist worklist, Messages messages) {
        this.worklist = worklist;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        List<AgendaItem> items = worklist.visibleAll(turn);
        Map<String, List<AgendaItem>> byUnit = new TreeMap<>();
        Map<String, List<AgendaItem>> bySection = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparingInt(AgendaItem::taskCode)).forEach(item -> {
            item.leadUnits().forEach(u -> byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(item));
            bySection.computeIfAbsent(section(item), k -> new ArrayList<>()).add(item);
        });
        String title = "Kế hoạch CCHC " + turn.today().getYear();
        return Answers.text(turn.incoming(), messages.progress(ProgressCounts.of(items, turn.today()),
                counts(byUnit, turn), counts(bySection, turn), title, turn.today()));
    }

    private static Map<String, ProgressCounts> counts(Map<String, List<AgendaItem>> groups, Turn turn) {
        Map<String, ProgressCounts> counts = new LinkedHashMap<>();
        groups.forEach((key, list) -> counts.put(key, ProgressCounts.of(list, turn.today())));
        return counts;
    }

    /** "I.05" → "I"; criteria plans ("1a") count by field number. */
    private static String section(AgendaItem item) {
        String numbering = item.numbering();
        int dot = numbering.indexOf('.');
        return dot > 0 ? numbering.substring(0, dot) : numbering.replaceAll("[^0-9].*$", "");
    }
}
