package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * The last guard against a plan that looks loaded and is not: counts the numbered task items the plain
 * text visibly shows, independently of the reader that cut it into rows, and compares them with the rows
 * read. Every visible item that no row accounts for is added back from the text (its cells when it is a
 * table line, its text otherwise) with a warning, and the plan gets one warning naming the missing
 * numbers. Items are compared by number as printed (leading zeros ignored), as many times as each
 * number appears, so numbering that restarts in every section is counted right.
 *
 * <p>What counts as a visible item: after a task-table header ("STT ⇥ Nội dung …", also in pipe tables),
 * every table line whose number cell is a row number ("4", "04.", "1.1", "a)" → "4a"); in a table with no
 * cell separators (PDF text), every lone number after the header; in prose, every numbered or lettered
 * item followed by a time or unit label before the next item. A numbered item with items nested under it
 * ("1" over "1.1") is their heading and is not counted.
 *
 * <p>Plain Java, usable for any document kind once it is text: {@link #visibleItems(List)} and
 * {@link #reconcile(List, List)}.
 */
public final class Reconciliation {

    private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,3}\\.?");
    private static final Pattern NUMBERED_PROSE = Pattern.compile("(\\d{1,3})[.)]\\s+\\S.*");
    private static final Pattern FLAT = Pattern.compile("(\\d{1,3})[.)]?");
    private static final Pattern LETTER = Pattern.compile("([a-zđ])\\s?[).]?");

    private Reconciliation() {
    }

    /**
     * A numbered item as the text shows it.
     *
     * @param section the section it sits in, as far as a plain scan can tell ("" when none)
     * @param number  its number as printed ("04", "1.1", "4a")
     * @param line    1-based line where it starts
     * @param text    its text (the table line's content cell, or the item's first line)
     * @param cells   for a table line, its cells by column; empty otherwise
     */
    public record Item(String section, String number, int line, String text, Map<String, String> cells) {
        public Item {
            cells = cells == null ? Map.of() : Map.copyOf(cells);
        }
    }

    /**
     * The outcome: every row (those read, then those added back, in the order of the text), the visible
     * items, the ones that were missing, and the plan warning when some were.
     */
    public record Result(List<TaskRow> rows, List<Item> visible, List<Item> missing, List<String> warnings) {
        public Result {
            rows = List.copyOf(rows);
            visible = List.copyOf(visible);
            missing = List.copyOf(missing);
            warnings = List.copyOf(warnings);
        }
    }

    /** Compares the rows read with the items {@code lines} visibly show and adds back what is missing. */
    public static Result reconcile(List<String> lines, List<TaskRow> rowsRead) {
        return compare(visibleItems(lines), rowsRead);
    }

    /**
     * As {@link #reconcile(List, List)}, for a reader that already knows where the task table's header is
     * ({@code tabHeader}, {@code pdfHeader}: line indexes, -1 for none) in lines whose pipe tables are
     * already tab lines: finding a PDF table's header costs more than the rest.
     */
    static Result reconcile(List<String> lines, int tabHeader, int pdfHeader, List<TaskRow> rowsRead) {
        return compare(visibleItems(lines, tabHeader, pdfHeader), rowsRead);
    }

    private static Result compare(List<Item> visible, List<TaskRow> rowsRead) {
        Map<String, Integer> read = new HashMap<>();
        for (TaskRow r : rowsRead) {
            read.merge(key(r.number()), 1, Integer::sum);
        }
        List<Item> missing = new ArrayList<>();
        for (Item item : visible) {
            String k = key(item.number());
            int left = read.getOrDefault(k, 0);
            if (left > 0) {
                read.put(k, left - 1);
            } else if (!listedUnder(read.keySet(), k)) {
                missing.add(item);
            }
        }
        if (missing.isEmpty()) {
            return new Result(rowsRead, visible, missing, List.of());
        }
        List<TaskRow> rows = new ArrayList<>(rowsRead);
        for (Item item : missing) {
            rows.add(toRow(item));
        }
        rows.sort(Comparator.comparingInt(TaskRow::line));
        Set<String> numbers = new LinkedHashSet<>();
        missing.forEach(m -> numbers.add(m.section().isEmpty() || m.number().startsWith(m.section())
                ? m.number() : m.section() + "." + m.number()));
        String warning = "Văn bản có " + visible.size() + " mục nhiệm vụ đánh số nhưng chỉ đọc được "
                + (visible.size() - missing.size()) + " mục; các mục " + String.join(", ", numbers)
                + " được lấy lại nguyên văn từ văn bản, cần kiểm tra lại nội dung, đơn vị và thời hạn.";
        return new Result(rows, visible, missing, List.of(warning));
    }

    /** The numbered task items the text visibly shows, in order. */
    public static List<Item> visibleItems(List<String> raw) {
        List<String> lines = PipeTables.mayHoldPipeTable(raw) ? PipeTables.toTabs(raw) : raw;
        int header = TabTableReader.findHeader(lines);
        return visibleItems(lines, header, header >= 0 ? -1 : PdfTableReader.findHeader(lines));
    }

    private static List<Item> visibleItems(List<String> lines, int header, int pdfHeader) {
        if (header >= 0) {
            return withoutHeadings(tableItems(lines, header));
        }
        if (pdfHeader >= 0) {
            return loneNumbers(lines, pdfHeader);
        }
        return withoutHeadings(proseItems(lines));
    }

    private static List<Item> tableItems(List<String> lines, int header) {
        List<String> names = new ArrayList<>();
        for (Column c : ColumnFinder.classify(TabTableReader.split(lines.get(header)))) {
            names.add(c.name());
        }
        List<Item> items = new ArrayList<>();
        String section = "";
        String parent = "";
        Integer lastFlat = null;
        for (int i = header + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') < 0) {
                String t = CellText.clean(line);
                Matcher prose = NUMBERED_PROSE.matcher(t);
                if (prose.matches() && lastFlat != null && Integer.parseInt(prose.group(1)) == lastFlat + 1) {
                    // A row that lost its tabs.
                    lastFlat++;
                    parent = prose.group(1);
                    items.add(new Item(section, prose.group(1), i + 1, t, Map.of()));
                } else if (TabTableReader.isSectionHeading(t) && !t.isEmpty() && Character.isUpperCase(t.charAt(0))
                        && !FLAT.matcher(t).lookingAt()) {
                    section = sectionOf(t);
                }
                continue;
            }
            List<String> cells = TabTableReader.split(line);
            if (ColumnFinder.isHeader(cells)) {
                continue;
            }
            String first = CellText.clean(cells.get(0));
            if (first.isEmpty()) {
                continue;
            }
            String number = null;
            Matcher flat = FLAT.matcher(first);
            Matcher letter = LETTER.matcher(first);
            if (flat.matches()) {
                number = flat.group(1);
                parent = number;
                lastFlat = Integer.parseInt(number);
            } else if (TabTableReader.isRowNumber(first) && !letter.matches()) {
                number = first.replaceAll("\\.$", "");
                parent = number;
            } else if (letter.matches() && !parent.isEmpty()) {
                number = parent + letter.group(1);
            }
            if (number == null) {
                if (TabTableReader.isSectionHeading(first)) {
                    section = sectionOf(first);
                    parent = "";
                }
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int c = 1; c < cells.size() && c < names.size(); c++) {
                String text = CellText.clean(cells.get(c));
                if (!text.isEmpty()) {
                    byColumn.merge(names.get(c), text, CellText::append);
                }
            }
            if (byColumn.isEmpty() && !nextLineContinues(lines, i + 1)) {
                continue; // a number with no text: nothing to remind anyone of (RowCheck says so)
            }
            items.add(new Item(section, number, i + 1, byColumn.getOrDefault(Column.CONTENT.name(),
                    CellText.clean(line.replace('\t', ' '))), byColumn));
        }
        return items;
    }

    /** True when the next non-blank line is the continuation of a row (its number cell empty). */
    private static boolean nextLineContinues(List<String> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!Lines.isBlank(line)) {
                return line.indexOf('\t') >= 0 && CellText.clean(TabTableReader.split(line).get(0)).isEmpty();
            }
        }
        return false;
    }

    private static List<Item> loneNumbers(List<String> lines, int header) {
        List<Item> items = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String t = CellText.clean(lines.get(i));
            if (LONE_NUMBER.matcher(t).matches()) {
                String next = i + 1 < lines.size() ? CellText.clean(lines.get(i + 1)) : "";
                // A page number stands alone between the page's last line and the repeated header or a blank.
                if (!next.isEmpty() && !ColumnFinder.isHeader(List.of(next.split("\\s+", 2)))) {
                    items.add(new Item("", t.replace(".", ""), i + 1, next, Map.of()));
                }
            }
        }
        return items;
    }

    private static List<Item> proseItems(List<String> lines) {
        List<Item> items = new ArrayList<>();
        Item candidate = null;
        String parent = "";
        int letters = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = CellText.clean(lines.get(i));
            if (t.isEmpty()) {
                continue;
            }
            ItemReader.Marker marker = ItemReader.marker(t);
            if (marker != null) {
                if (marker.lettered()) {
                    String letter = marker.number();
                    if (!Character.isLetter(letter.charAt(0))) {
                        letter = String.valueOf((char) ('a' + Math.min(letters, 25)));
                    }
                    letters++;
                    candidate = new Item("", parent + letter, i + 1, t, Map.of());
                } else {
                    parent = marker.number();
                    letters = 0;
                    candidate = new Item("", marker.number(), i + 1, t, Map.of());
                }
                if (marker.label() != null && marker.label().field() != ItemReader.Field.CONTENT
                        && marker.label().field() != ItemReader.Field.PRODUCT) {
                    add(items, candidate);
                }
                continue;
            }
            ItemReader.Labelled label = ItemReader.lineLabel(t);
            if (candidate != null && label != null && label.field() != ItemReader.Field.CONTENT
                    && label.field() != ItemReader.Field.PRODUCT) {
                add(items, candidate);
            }
        }
        return items;
    }

    private static void add(List<Item> items, Item item) {
        if (items.isEmpty() || items.get(items.size() - 1) != item) {
            items.add(item);
        }
    }

    /** True when rows were read for the "- " items listed under an item ("3-1", "3-2" under "3"). */
    private static boolean listedUnder(Set<String> readKeys, String key) {
        for (String k : readKeys) {
            if (k.startsWith(key + "-")) {
                return true;
            }
        }
        return false;
    }

    /** An item followed by items numbered under it is their heading, not a task. */
    private static List<Item> withoutHeadings(List<Item> items) {
        List<Item> kept = new ArrayList<>(items.size());
        for (int k = 0; k < items.size(); k++) {
            Item item = items.get(k);
            boolean heading = k + 1 < items.size() && isChild(items.get(k + 1).number(), item.number())
                    && !item.cells().containsKey(Column.TIME.name()) && !item.cells().containsKey(Column.LEAD.name());
            if (!heading) {
                kept.add(item);
            }
        }
        return kept;
    }

    private static boolean isChild(String child, String parent) {
        return child.length() > parent.length() && child.startsWith(parent)
                && (child.charAt(parent.length()) == '.' || Character.isLetter(child.charAt(parent.length())));
    }

    private static String sectionOf(String heading) {
        String t = heading.strip();
        Matcher m = Pattern.compile("^(?:(?:Phần|PHẦN)\\s+)?([IVXL]{1,5}|[A-Z])\\b.*").matcher(t);
        return m.matches() ? m.group(1) : "";
    }

    /** "04" and "4", "1.01" and "1.1", "4A" and "4a" are the same number. */
    static String key(String number) {
        String n = VietnameseText.fold(number).toLowerCase(Locale.ROOT).replace(" ", "");
        return n.replaceAll("(?<!\\d)0+(?=\\d)", "");
    }

    private static TaskRow toRow(Item item) {
        RowDraft row = new RowDraft(item.section(), item.number(), item.line());
        if (item.cells().isEmpty()) {
            row.append(Column.CONTENT, item.text());
        } else {
            item.cells().forEach((column, text) -> {
                Column c = Column.valueOf(column);
                if (c == Column.TIME) {
                    row.set(c, RowDraft.timeItemsOnLines(text));
                } else {
                    row.append(c, text);
                }
            });
        }
        row.warn("Dòng " + item.line() + ": mục " + item.number() + " có trong văn bản nhưng không đọc được đủ; "
                + "đã lấy lại nguyên văn " + CellText.quote(item.text()) + ", cần kiểm tra lại.");
        return row.build();
    }
}
