package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Reads a remediation plan (often OCR text without diacritics) whose tasks are items under numbered fields
 * of the section "II. NHIỆM VỤ, GIẢI PHÁP": a field heading "1. Lĩnh vực …", items "a) Tiêu chí thành
 * phần: “1.3.2 …”", each followed by "- Thời gian thực hiện: …" and "- Bộ phận thực hiện: …". A field
 * without lettered items is one task. OCR mangles item letters ("@)", "¢)", none at all), so letters are
 * given by order within the field. Patterns are loose on purpose: "thwe hién", "thyc hi¢n", "B§ phdn".
 */
final class CriteriaReader {

    private static final Pattern START = Pattern.compile("^[ivxl1|!]{1,4}\\s*[.,]\\s*nhiem vu.*");
    private static final Pattern END = Pattern.compile("^[ivxl1|!]{1,4}\\s*[.,]\\s*(?:to chuc thu|kinh phi|che do bao cao|dieu khoan).*");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\d{1,2})\\s*\\.\\s+(\\S.*)");
    private static final Pattern CRITERION = Pattern.compile("^\\W{0,3}(?:[\\p{L}@¢©])?\\s?\\)?\\s*ti\\S{0,2}u\\s+chi\\s+thanh\\s+ph.*");
    private static final Pattern LETTERED = Pattern.compile("^\\W{0,3}([a-z@¢©])\\s?\\)\\s+\\S.*");
    private static final Pattern TIME = Pattern.compile("^[-_–~.\\s]{0,6}thoi(?:\\s+gian)?\\s+th\\S{1,4}\\s+hi\\S{0,2}n\\s*[:;.]?\\s*(.*)");
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "^[-_–~.\\s]{0,6}b\\S{0,2}\\s+ph\\S{1,3}n\\s+th\\S{1,4}\\s+hi\\S{0,2}n\\s*[:;.]?\\s*(.*)");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\d{1,2}\\p{Lu}.*");
    private static final Pattern ITEM_MARKER = Pattern.compile("^\\W{0,3}(?:[\\p{L}@¢©]\\s?\\))?\\s*");
    private static final Pattern LEAD_END = Pattern.compile("\\bch\\S{0,2}\\s+tri\\b");
    private static final Pattern COORD_START = Pattern.compile("\\bph\\S{1,3}\\s+h\\S{1,2}p\\s+v\\S{1,3}\\b\\s*");
    private static final Pattern VERB = Pattern.compile(
            "\\s(?:tham\\s+m\\S{1,2}u|theo\\s+d\\S{1,2}i|th\\S{1,3}ng\\s+xuy\\S{0,2}n|chiu\\s+trach|trien\\s+khai"
                    + "|de\\s+xuat|c\\S{1,2}n\\s+c\\S{1,2}|co\\s+trach|co\\s+giai\\s+phap|thuc\\s+hien|don\\s+doc|tong\\s+hop"
                    + "|kiem\\s+tra|giao\\s)|[.,;:(]");
    private static final Pattern COORD_END = Pattern.compile("li\\S{0,2}n\\s+quan\\b");
    private static final Pattern GIAO = Pattern.compile("^\\s*giao\\s+");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** True when the text looks like a criteria plan: at least one criterion item and a time line. */
    static boolean looksLikeCriteria(List<String> lines) {
        boolean criterion = false;
        boolean time = false;
        for (String line : lines) {
            String f = VietnameseText.fold(line);
            criterion |= CRITERION.matcher(f).matches();
            time |= TIME.matcher(f).matches();
            if (criterion && time) {
                return true;
            }
        }
        return false;
    }

    List<TaskRow> read(List<String> lines, List<String> planWarnings) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String f = VietnameseText.fold(lines.get(i));
            if (start < 0 && START.matcher(f).matches()) {
                start = i + 1;
            } else if (start >= 0 && END.matcher(f).matches()) {
                end = i;
                break;
            }
        }
        if (start < 0) {
            planWarnings.add("Không thấy mục \"Nhiệm vụ, giải pháp\"; đọc các lĩnh vực từ đầu văn bản.");
            start = 0;
        }
        List<TaskRow> rows = new ArrayList<>();
        Field field = null;
        int lastField = 0;
        for (int i = start; i < end; i++) {
            String raw = lines.get(i);
            String t = CellText.clean(raw);
            if (t.isEmpty()) {
                if (field != null) {
                    field.headingOpen = false;
                }
                continue;
            }
            String f = VietnameseText.fold(t);
            if (FOOTNOTE.matcher(t).matches() && i > 0 && Lines.isBlank(lines.get(i - 1))) {
                i = skipFootnote(lines, i, end);
                continue;
            }
            Matcher fm = FIELD.matcher(t);
            if (fm.matches() && isNextField(Integer.parseInt(fm.group(1)), lastField)
                    && (field == null || field.lastKind != Kind.RESPONSIBLE || Character.isUpperCase(fm.group(2).charAt(0)))) {
                if (field != null) {
                    field.finish(rows);
                }
                lastField = Integer.parseInt(fm.group(1));
                field = new Field(fm.group(1), fm.group(2), i + 1);
                continue;
            }
            if (field == null) {
                continue;
            }
            field.add(t, f, i + 1);
        }
        if (field != null) {
            field.finish(rows);
        }
        if (rows.isEmpty()) {
            planWarnings.add("Không đọc được nhiệm vụ nào trong mục \"Nhiệm vụ, giải pháp\".");
        }
        return rows;
    }

    private static boolean isNextField(int n, int last) {
        return n > last && n <= last + 2;
    }

    /** A page footnote ("1Quyết định số 22a…"): skip it until the body resumes with an indented lower-case line. */
    private static int skipFootnote(List<String> lines, int at, int end) {
        int i = at;
        int limit = Math.min(end, at + 10);
        while (i + 1 < limit) {
            String next = lines.get(i + 1);
            String t = next.strip();
            if (!t.isEmpty()) {
                boolean resumes = Character.isWhitespace(next.charAt(0)) && Character.isLowerCase(t.charAt(0));
                String f = VietnameseText.fold(t);
                if (resumes || t.startsWith("-") || FIELD.matcher(t).matches() || CRITERION.matcher(f).matches()
                        || LETTERED.matcher(f).matches()) {
                    break;
                }
            }
            i++;
        }
        return i;
    }

    private enum Kind { TEXT, TIME, RESPONSIBLE }

    private static final class Item {
        final int line;
        final boolean lettered;
        final List<String> content = new ArrayList<>();
        final List<String> time = new ArrayList<>();
        final List<String> responsible = new ArrayList<>();

        Item(int line, boolean lettered) {
            this.line = line;
            this.lettered = lettered;
        }
    }

    private static final class Field {
        final String number;
        String heading;
        final int line;
        final List<Item> items = new ArrayList<>();
        Item prose;
        Kind lastKind = Kind.TEXT;
        /** A heading broken over two lines ("8. Lĩnh vực tác động … và phát triển / kinh tế - xã hội"). */
        boolean headingOpen = true;

        Field(String number, String heading, int line) {
            this.number = number;
            this.heading = heading;
            this.line = line;
        }

        void add(String t, String f, int lineNo) {
            if (headingOpen && items.isEmpty() && prose == null && !CRITERION.matcher(f).matches()
                    && !TIME.matcher(f).matches() && !RESPONSIBLE.matcher(f).matches() && !LETTERED.matcher(f).matches()) {
                heading = CellText.append(heading, t);
                return;
            }
            headingOpen = false;
            boolean criterion = CRITERION.matcher(f).matches();
            boolean lettered = LETTERED.matcher(f).matches() && !TIME.matcher(f).matches()
                    && !RESPONSIBLE.matcher(f).matches();
            if (criterion || (lettered && lastKind != Kind.TEXT)) {
                Item item = new Item(lineNo, lettered);
                item.content.add(ITEM_MARKER.matcher(t).replaceFirst(""));
                items.add(item);
                lastKind = Kind.TEXT;
                return;
            }
            Item target = current(lineNo);
            Matcher tm = TIME.matcher(f);
            if (tm.matches()) {
                target.time.add(tail(t, TIME));
                lastKind = Kind.TIME;
                return;
            }
            Matcher rm = RESPONSIBLE.matcher(f);
            if (rm.matches()) {
                target.responsible.add(tail(t, RESPONSIBLE));
                lastKind = Kind.RESPONSIBLE;
                return;
            }
            switch (lastKind) {
                case TEXT -> target.content.add(t);
                // The time is one line; what follows it before the responsible line is stray text.
                case TIME -> target.content.add(t);
                case RESPONSIBLE -> target.responsible.add(t);
            }
        }

        private Item current(int lineNo) {
            if (!items.isEmpty()) {
                return items.get(items.size() - 1);
            }
            if (prose == null) {
                prose = new Item(lineNo, false);
            }
            return prose;
        }

        /** The text after the label, cut from the original so diacritics and case survive. */
        private static String tail(String t, Pattern label) {
            Folded folded = Folded.of(t);
            Matcher m = label.matcher(folded.folded);
            if (!m.matches()) {
                return t;
            }
            return folded.slice(m.start(1), folded.folded.length()).strip();
        }

        void finish(List<TaskRow> rows) {
            if (items.isEmpty()) {
                Item item = prose == null ? new Item(line, false) : prose;
                RowDraft row = new RowDraft(number, number, line);
                String content = CellText.join(item.content);
                fill(row, item, content.isEmpty() ? CellText.tidy(heading) : content);
                rows.add(row.build());
                return;
            }
            boolean anyLetter = items.stream().anyMatch(it -> it.lettered);
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                String n = !anyLetter && items.size() == 1 ? number
                        : number + (k < LETTERS.length() ? String.valueOf(LETTERS.charAt(k)) : "-" + (k + 1));
                RowDraft row = new RowDraft(number, n, item.line);
                if (k == 0 && prose != null && !prose.content.isEmpty()) {
                    row.warn("Dòng " + prose.line + ": đoạn văn trước tiêu chí đầu tiên được bỏ qua "
                            + CellText.quote(CellText.join(prose.content)));
                }
                fill(row, item, CellText.join(item.content));
                rows.add(row.build());
            }
        }

        private static void fill(RowDraft row, Item item, String content) {
            row.append(Column.CONTENT, content);
            row.set(Column.TIME, String.join("\n", item.time.stream().map(CellText::tidy).toList()));
            String responsible = CellText.join(item.responsible);
            if (item.time.isEmpty()) {
                row.warn("Dòng " + row.line + ": không thấy dòng \"Thời gian thực hiện\" " + CellText.quote(content));
            }
            if (responsible.isEmpty()) {
                row.warn("Dòng " + row.line + ": không thấy dòng \"Bộ phận thực hiện\" " + CellText.quote(content));
                return;
            }
            String[] split = splitResponsible(responsible);
            row.append(Column.LEAD, split[0]);
            row.append(Column.COORDINATING, split[1]);
            row.append(Column.NOTES, responsible);
            if (split[0].isEmpty()) {
                row.warn("Dòng " + row.line + ": không tách được bộ phận chủ trì " + CellText.quote(responsible));
            }
        }
    }

    /**
     * Lead = the words before "chủ trì" (without a leading "Giao"); without "chủ trì", the unit phrase up to
     * the first verb. Coordinating = the words after "phối hợp với" up to "liên quan", a verb or punctuation.
     */
    static String[] splitResponsible(String text) {
        Folded folded = Folded.of(text);
        String f = folded.folded;
        int leadStart = 0;
        Matcher giao = GIAO.matcher(f);
        if (giao.find()) {
            leadStart = giao.end();
        }
        String lead;
        Matcher chuTri = LEAD_END.matcher(f);
        if (chuTri.find(leadStart)) {
            lead = folded.slice(leadStart, chuTri.start());
        } else {
            Matcher verb = VERB.matcher(f);
            int stop = verb.find(leadStart) ? verb.start() : f.length();
            lead = folded.slice(leadStart, stop);
        }
        lead = limitWords(lead.strip().replaceAll("[,;:]+$", ""), 12);
        String coordinating = "";
        Matcher coord = COORD_START.matcher(f);
        if (coord.find()) {
            int from = coord.end();
            int stop = f.length();
            Matcher end = COORD_END.matcher(f);
            if (end.find(from)) {
                stop = end.end();
            }
            Matcher verb = VERB.matcher(f);
            if (verb.find(from) && verb.start() < stop) {
                stop = verb.start();
            }
            coordinating = limitWords(folded.slice(from, stop).strip(), 14);
        }
        return new String[] {CellText.tidy(lead), CellText.tidy(coordinating)};
    }

    private static String limitWords(String s, int max) {
        String[] words = CellText.tidy(s).split(" ");
        if (words.length <= max) {
            return CellText.tidy(s);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, max));
    }
}
