package vn.nhacviec.plan.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered items of a plan's task table as its plain text shows them, counted without
 * reading the table: a second opinion on the structured reading. A plan whose tasks were read
 * is compared with it ({@link #unread}); the items the reading lost are named to the user.
 *
 * <p>The plain text is a document's lines as a person sees them: a PDF's text layer, a Word
 * document's paragraphs and table cells in order, a sheet's cells row by row. The count starts
 * at the first task-table header (a number column "STT"/"TT" with a task column "Nội dung"/"Nhiệm
 * vụ" and a column of who or when, within a few lines: a header's cells are lines of their own).
 * After it, a line that starts with an item number ("01", "7.", "1.2", "3)") is an item when
 * the number follows the one before: the next (a plan may skip one or two: "03" left out), the
 * first child ("1" → "1.1"), the parent's next ("1.2" → "2"), or 1 again under a new section
 * ("I.", "II.", "Phần A") when the plan numbers its sections' items from 1. Any other number at
 * the start of a line (a wrapped cell's "15 ngày") is not an item.
 */
public record ItemCensus(List<SeenItem> items) {

    /** An item as seen: the section heading it sits under ("II", "" before any) and its number as printed ("07"). */
    /** Above this many item × number pairs the alignment is done greedily (memory and time stay small). */
    private static final long MAX_ALIGNED = 1_000_000;
    private static final int GREEDY_REACH = 20;

    public record SeenItem(String section, String number) {

        /** As the plan prints it, the way {@code Task.numbering()} does: "II.07". */
        public String label() {
            return section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,3})[.)]?(?=\\s|$)");
    private static final Pattern SECTION = Pattern.compile("^\\s*(?:(?:phần|phan|mục|muc)\\s+)?([IVXL]{1,6}|[A-Z])[.)/:]?\\s+\\S",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Bold marks a text export keeps: "<b>I. Cải cách thể chế</b>", "**II. …**". */
    private static final Pattern MARKUP = Pattern.compile("<[^>]{1,20}>|\\*\\*");
    private static final Pattern NUMBERED_ROW = Pattern.compile("\\s*\\d{1,3}(?:\\.\\d{1,3})*[.)]?\\s*\\t");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*[-–—]?\\s*\\d{1,3}\\s*[-–—]?\\s*");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,6}");
    /** How a task table's number column is headed (folded), "STT" printed in a narrow cell as "ST T" too. */
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^(s ?t ?t|tt|so tt|so thu tu)(\\b|$)");
    /** How far back (in numbered lines) an item's predecessor is looked for: a row's cells hold a few stray numbers at most. */
    private static final int WINDOW = 60;
    /** How many lines a header's cells may take: one per cell and a few wrapped words. */
    private static final int HEADER_LINES = 10;
    /** A plan may skip numbers by mistake ("03" left out); a bigger jump is not the next item. */
    private static final int MAX_STEP = 3;

    public ItemCensus {
        items = List.copyOf(items);
    }

    public static ItemCensus none() {
        return new ItemCensus(List.of());
    }

    /** The items of a text whose lines hold paragraphs and whose tabs separate table cells (a Word document's text). */
    public static ItemCensus ofCells(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        // In a text whose items are table rows, a line holding only a number is a page number.
        boolean rows = lines.stream().anyMatch(l -> NUMBERED_ROW.matcher(l).lookingAt());
        List<String> cells = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                cells.addAll(List.of(line.split("\t", -1)));
            } else if (!rows || !PAGE_NUMBER.matcher(line).matches()) {
                cells.add(line);
            }
        }
        return of(cells);
    }

    /** The items of a text whose lines are lines as printed (a PDF's text layer). */
    public static ItemCensus ofLines(String text) {
        return of(text.lines().toList());
    }

    static ItemCensus of(List<String> lines) {
        int start = headerEnd(lines);
        if (start < 0) {
            return none();
        }
        List<SeenItem> seen = new ArrayList<>();
        List<int[]> numbers = new ArrayList<>();
        List<Integer> sectionIndex = new ArrayList<>();
        List<Boolean> opensSection = new ArrayList<>();
        String section = "";
        int sections = 0;
        for (String raw : lines.subList(start, lines.size())) {
            String line = MARKUP.matcher(raw).replaceAll("");
            Matcher n = NUMBER.matcher(line);
            if (n.find()) {
                seen.add(new SeenItem(section, n.group(1)));
                numbers.add(parse(n.group(1)));
                opensSection.add(sectionIndex.isEmpty() || sectionIndex.get(sectionIndex.size() - 1) != sections);
                sectionIndex.add(sections);
                continue;
            }
            String heading = sectionOf(line);
            if (heading != null) {
                section = heading;
                sections++;
            }
        }
        // Numbers that follow one another form a chain; the table is the longest chain (a numbered
        // list in the text, or a stray number at the start of a cell's line, makes short ones).
        int n = seen.size();
        int[] length = new int[n];
        int[] before = new int[n];
        int best = -1;
        for (int j = 0; j < n; j++) {
            length[j] = 1;
            before[j] = -1;
            for (int i = Math.max(0, j - WINDOW); i < j; i++) {
                // numbering starts again at 1 with the first item of a new section
                boolean restart = opensSection.get(j) && !sectionIndex.get(i).equals(sectionIndex.get(j))
                        && numbers.get(j).length == 1 && numbers.get(j)[0] == 1;
                if ((restart || follows(numbers.get(i), numbers.get(j))) && length[i] + 1 > length[j]) {
                    length[j] = length[i] + 1;
                    before[j] = i;
                }
            }
            if (best < 0 || length[j] > length[best]) {
                best = j;
            }
        }
        List<SeenItem> chain = new ArrayList<>();
        for (int k = best; k >= 0; k = before[k]) {
            chain.add(0, seen.get(k));
        }
        return new ItemCensus(chain);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * The items no number of {@code numbersRead} (the tasks read, in plan order) accounts for:
     * the two lists are aligned in order (longest common subsequence of the numbers, leading
     * zeros and a closing "." or ")" aside), and the items left over are returned in order.
     */
    public List<SeenItem> unread(List<String> numbersRead) {
        return new Alignment(this, numbersRead).unmatchedItems();
    }

    /** The number as compared: "07." and "7" are the same item number. */
    public static String key(String number) {
        String n = number.strip().replaceAll("[.)]+$", "");
        StringBuilder sb = new StringBuilder();
        for (String part : n.split("\\.")) {
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            String stripped = part.replaceFirst("^0+(?=\\d)", "");
            sb.append(stripped.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    /** Which census item each read number stands for, and the other way round. */
    public static final class Alignment {
        private final int[] itemOfRead;
        private final boolean[] itemMatched;
        private final ItemCensus census;

        public Alignment(ItemCensus census, List<String> numbersRead) {
            this(census, numbersRead, null);
        }

        /**
         * As {@link #Alignment(ItemCensus, List)}; among alignments matching as many numbers,
         * the one where most sections agree too ({@code sectionsRead} beside the numbers; null
         * when unknown): a plan numbering each section from 1 has many items "01".
         */
        public Alignment(ItemCensus census, List<String> numbersRead, List<String> sectionsRead) {
            this.census = census;
            List<String> a = census.items.stream().map(i -> key(i.number())).toList();
            List<String> b = numbersRead.stream().map(ItemCensus::key).toList();
            itemOfRead = new int[b.size()];
            java.util.Arrays.fill(itemOfRead, -1);
            itemMatched = new boolean[a.size()];
            if ((long) a.size() * b.size() > MAX_ALIGNED) {
                greedy(a, b);
                return;
            }
            int[][] score = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    int best = Math.max(score[i + 1][j], score[i][j + 1]);
                    if (a.get(i).equals(b.get(j))) {
                        best = Math.max(best, score[i + 1][j + 1] + weight(i, j, sectionsRead));
                    }
                    score[i][j] = best;
                }
            }
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                if (a.get(i).equals(b.get(j)) && score[i][j] == score[i + 1][j + 1] + weight(i, j, sectionsRead)) {
                    itemOfRead[j] = i;
                    itemMatched[i] = true;
                    i++;
                    j++;
                } else if (score[i][j] == score[i][j + 1]) {
                    j++; // the number read moves on first, so that the next one matches the earliest item it can
                } else {
                    i++;
                }
            }
        }

        /** In order, each item matched with the next equal number read not far ahead: for texts too long to align fully. */
        private void greedy(List<String> a, List<String> b) {
            int j = 0;
            for (int i = 0; i < a.size() && j < b.size(); i++) {
                for (int k = j; k < b.size() && k < j + GREEDY_REACH; k++) {
                    if (a.get(i).equals(b.get(k))) {
                        itemOfRead[k] = i;
                        itemMatched[i] = true;
                        j = k + 1;
                        break;
                    }
                }
            }
        }

        private int weight(int item, int read, List<String> sectionsRead) {
            // matches count 2 * (items + 1) each, so that no number of agreeing sections outweighs one more match
            int match = 2 * (census.items.size() + 1);
            boolean agree = sectionsRead != null && census.items.get(item).section().equals(sectionsRead.get(read));
            return match + (agree ? 1 : 0);
        }

        /** The census position of the {@code read}-th number read, or −1 when it stands for no item seen. */
        public int itemOf(int read) {
            return itemOfRead[read];
        }

        /** The items no number read stands for, in order. */
        public List<SeenItem> unmatchedItems() {
            List<SeenItem> out = new ArrayList<>();
            for (int i = 0; i < itemMatched.length; i++) {
                if (!itemMatched[i]) {
                    out.add(census.items.get(i));
                }
            }
            return out;
        }

        /** The census positions no number read stands for. */
        public List<Integer> unmatchedPositions() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < itemMatched.length; i++) {
                if (!itemMatched[i]) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    /** True when {@code number} may follow {@code previous} in one numbering. */
    static boolean follows(int[] previous, int[] number) {
        int depth = number.length;
        if (depth == previous.length + 1 && number[depth - 1] == 1) {
            return same(previous, number, previous.length); // "1" → "1.1"
        }
        if (depth > previous.length) {
            return false;
        }
        // the same level ("1.1" → "1.2") or a parent's next ("1.2" → "2")
        int step = number[depth - 1] - previous[depth - 1];
        return same(previous, number, depth - 1) && step >= 1 && step <= MAX_STEP;
    }

    private static boolean same(int[] a, int[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] parse(String number) {
        String[] parts = number.split("\\.");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    /** The section a heading line opens ("II", "A"), or null when the line is no section heading. */
    private static String sectionOf(String line) {
        Matcher m = SECTION.matcher(line);
        if (!m.find()) {
            return null;
        }
        String label = m.group(1);
        boolean prefixed = !line.strip().startsWith(label);
        if (!label.equals(label.toUpperCase(Locale.ROOT))) {
            return null; // "a)", "i)": items inside a cell, not sections
        }
        // A bare letter ("A ...") is a word, not a section, unless "Phần"/"Mục" names it; roman numerals need their dot.
        if (label.length() == 1 && !ROMAN.matcher(label).matches() && !prefixed) {
            return null;
        }
        if (!prefixed && !line.strip().substring(label.length()).matches("^[.)/:].*")) {
            return null;
        }
        return label;
    }

    /** The line after the first task-table header, or −1 when the text has none. */
    private static int headerEnd(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            StringBuilder window = new StringBuilder();
            for (int k = i; k < lines.size() && k < i + HEADER_LINES; k++) {
                window.append(' ').append(fold(lines.get(k)));
                String w = window.toString().strip();
                if (!NUMBER_COLUMN.matcher(w).lookingAt() && !w.matches("s ?t?")) {
                    break; // a narrow "STT" cell may print as "ST" + "T": the start is checked on what is joined so far
                }
                if (hasAny(w, "noi dung", "nhiem vu", "cong viec") && hasAny(w, "chu tri", "thuc hien", "phoi hop",
                        "thoi gian", "thoi han", "tien do", "san pham", "ket qua", "hoan thanh")) {
                    return k + 1;
                }
            }
        }
        return -1;
    }

    private static boolean hasAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, without diacritics (đ as d), spaces collapsed. */
    static String fold(String s) {
        String d = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.replace('đ', 'd').replaceAll("[*_]", "").replaceAll("\\s+", " ").strip();
    }
}
