package vn.nhacviec.directory;

import java.util.ArrayList;
import java.util.Comparator;
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
    /** A unit name followed by one of these is the district's or the province's body, not the commune's. */
    private static final Set<String> HIGHER_LEVELS = Set.of("huyen", "tinh");
    /** A unit name after one of these is a provincial department ("Sở Tài chính", "Cục Thuế"). */
    private static final Set<String> HIGHER_HEADS = Set.of("so", "cuc");
    /** Words that begin a unit's name in the new communes ("Phòng Văn hóa - Xã hội") and add nothing to it. */
    private static final Set<String> NAME_PREFIXES = Set.of("phong", "p");
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

    /** An unknown name and the word it starts at. */
    private record Named(int at, String name) {
    }

    UnitReading read() {
        Set<String> codes = new LinkedHashSet<>();
        List<Named> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<Integer, Integer> segmentMentions = new LinkedHashMap<>();
        int[] segmentOf = segments();
        for (int i = 0; i < cell.size(); ) {
            int bodyEnd = OutsideBodies.endOf(cell, i);
            if (bodyEnd >= 0) {
                // "Sở Khoa học và Công nghệ", "các sở, ban, ngành": one name outside the commune, as written
                String name = UnitCatalog.shorten(cell.span(i, bodyEnd));
                if (seen.add(VietnameseText.fold(name))) {
                    unknown.add(new Named(i, name));
                }
                for (int k = i; k <= bodyEnd; k++) {
                    taken[k] = true;
                }
                segmentMentions.merge(segmentOf[i], 1, Integer::sum);
                i = bodyEnd + 1;
                continue;
            }
            AliasIndex.Mention mention = index.mentionAt(cell, i);
            if (mention == null) {
                i++;
                continue;
            }
            int end = mention.to();
            boolean higherHead = underHigherHead(mention.from());
            if (higherHead || ofHigherLevel(end + 1)) {
                // "Văn phòng HĐND và UBND huyện", "Công an tỉnh", "Sở Tài chính": outside the commune, as written
                end += ofHigherLevel(end + 1) ? 1 : 0;
                int from = higherHead ? mention.from() - 1 : prefixStart(mention.from());
                String name = UnitCatalog.shorten(cell.span(from, end));
                if (seen.add(VietnameseText.fold(name))) {
                    unknown.add(new Named(from, name));
                }
                for (int k = from; k <= end; k++) {
                    taken[k] = true;
                }
            } else {
                codes.add(mention.code());
                for (int k = prefixStart(mention.from()); k <= end; k++) {
                    taken[k] = true;
                }
            }
            segmentMentions.merge(segmentOf[i], 1, Integer::sum);
            i = end + 1;
        }

        List<int[]> runs = leftOverRuns();
        boolean prose = isProse(segmentOf, runs);
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
                    unknown.add(new Named(from, name));
                }
            }
        }
        if (codes.isEmpty() && unknown.isEmpty() && cell.size() > 0
                && !NameShape.allFiller(cell, 0, cell.size() - 1)) {
            String whole = UnitCatalog.shorten(cell.text());
            if (!whole.isEmpty()) {
                unknown.add(new Named(0, whole));
            }
        }
        // names in the order the cell writes them, whether found in the first pass or left over
        List<String> names = unknown.stream().sorted(Comparator.comparingInt(Named::at)).map(Named::name).toList();
        return new UnitReading(new ArrayList<>(codes), names);
    }

    private boolean underHigherHead(int at) {
        return at > 0 && !taken[at - 1] && !cell.get(at).hardBefore() && HIGHER_HEADS.contains(cell.key(at - 1));
    }

    private boolean ofHigherLevel(int at) {
        return at < cell.size() && !cell.get(at).hardBefore() && HIGHER_LEVELS.contains(cell.key(at));
    }

    /** The first word of the mention at {@code at}, counting a "Phòng" or "P." written just before it. */
    private int prefixStart(int at) {
        if (at == 0 || taken[at - 1] || !NAME_PREFIXES.contains(cell.key(at - 1))) {
            return at;
        }
        boolean joined = !cell.get(at).hardBefore() || cell.key(at - 1).equals("p");
        return joined ? at - 1 : at;
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
