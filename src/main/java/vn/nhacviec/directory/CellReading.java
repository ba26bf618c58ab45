package vn.nhacviec.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.nhacviec.deadline.VietnameseText;

/**
 * One pass over one cell: find unit mentions anywhere in the words, then look at what is left over.
 * Left-over runs are reported as unknown only when they read like the name of a body ("Ban Pháp chế
 * HĐND xã", "HĐT xã"), or, in a short list-like cell, when a whole list item is a short name. Prose
 * around the units ("chủ trì, phối hợp triển khai, hướng dẫn…") is dropped. A cell with no unit and
 * no name-like run comes back whole (shortened) so nothing is lost silently.
 */
final class CellReading {

    private static final String RADIO_COMPANION = "VH-XH";
    private static final int PROSE_WORDS = 8;
    private static final int LIST_ITEM_WORDS = 5;

    private final AliasIndex index;
    private final CellTokens cell;
    private final boolean[] taken;

    CellReading(AliasIndex index, CellTokens cell) {
        this.index = index;
        this.cell = cell;
        this.taken = new boolean[cell.size()];
    }

    UnitReading read() {
        Set<String> codes = new LinkedHashSet<>();
        Map<Integer, Integer> segmentMentions = new LinkedHashMap<>();
        int[] segmentOf = segments();
        for (int i = 0; i < cell.size(); ) {
            AliasIndex.Mention mention = index.mentionAt(cell, i);
            if (mention == null) {
                i++;
                continue;
            }
            codes.add(mention.code());
            for (int k = mention.from(); k <= mention.to(); k++) {
                taken[k] = true;
            }
            segmentMentions.merge(segmentOf[i], 1, Integer::sum);
            i = mention.to() + 1;
        }

        List<int[]> runs = leftOverRuns();
        boolean prose = isProse(segmentOf, runs);
        List<String> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int[] run : runs) {
            if (cell.get(run[1]).colonAfter()) {
                continue; // a label: "Bộ phận thực hiện:", "Phối hợp:"
            }
            int from = NameShape.trimStart(cell, run[0], run[1]);
            int to = NameShape.trimEnd(cell, from, run[1]);
            if (from > to) {
                continue;
            }
            boolean radio = NameShape.isRadioStation(cell, from, to);
            if (radio && codes.contains(RADIO_COMPANION)) {
                continue;
            }
            boolean wholeItem = !segmentMentions.containsKey(segmentOf[run[0]]);
            boolean listItem = !prose && wholeItem && to - from + 1 <= LIST_ITEM_WORDS
                    && !NameShape.hasVerb(cell, from, to) && !NameShape.allFiller(cell, from, to);
            if (radio || listItem || NameShape.looksLikeName(cell, from, to)) {
                String name = UnitCatalog.shorten(cell.span(from, to));
                if (seen.add(VietnameseText.fold(name))) {
                    unknown.add(name);
                }
            }
        }
        if (codes.isEmpty() && unknown.isEmpty() && cell.size() > 0
                && !NameShape.allFiller(cell, 0, cell.size() - 1)) {
            String whole = UnitCatalog.shorten(cell.text());
            if (!whole.isEmpty()) {
                unknown.add(whole);
            }
        }
        return new UnitReading(new ArrayList<>(codes), unknown);
    }

    /** Segment number of every word; a new segment starts at each hard separator. */
    private int[] segments() {
        int[] segmentOf = new int[cell.size()];
        int segment = 0;
        for (int i = 0; i < cell.size(); i++) {
            if (i > 0 && cell.get(i).hardBefore()) {
                segment++;
            }
            segmentOf[i] = segment;
        }
        return segmentOf;
    }

    /** Runs of words not taken by a mention, cut at hard separators and at "và". */
    private List<int[]> leftOverRuns() {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.size(); i++) {
            boolean cut = i == cell.size() || taken[i] || cell.get(i).hardBefore() || cell.key(i).equals("va");
            if (cut && start >= 0) {
                runs.add(new int[] {start, i - 1});
                start = -1;
            }
            if (i < cell.size() && !taken[i] && !cell.key(i).equals("va") && start < 0) {
                start = i;
            }
        }
        return runs;
    }

    /** A cell is prose when a segment is long or the left-over words carry verbs ("chủ trì", "phối hợp"). */
    private boolean isProse(int[] segmentOf, List<int[]> runs) {
        Map<Integer, Integer> lengths = new LinkedHashMap<>();
        for (int segment : segmentOf) {
            if (lengths.merge(segment, 1, Integer::sum) > PROSE_WORDS) {
                return true;
            }
        }
        for (int[] run : runs) {
            if (NameShape.hasVerb(cell, run[0], run[1])) {
                return true;
            }
        }
        return false;
    }
}
