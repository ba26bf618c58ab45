package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plan whose tasks are numbered items in prose, each with labelled lines, in any order, spelt
 * in any of the usual ways, with or without diacritics (OCR): "Đơn vị/Cơ quan/Bộ phận chủ trì",
 * "Bộ phận/Cơ quan thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện/Thời hạn/Tiến độ/Thời gian hoàn
 * thành", "Sản phẩm/Kết quả", "Nhiệm vụ/Nội dung". A value may wrap onto the next lines.
 *
 * <p>Items are numbered "1.", "1.1.", "1.1.1." (a dotted number is kept as printed) and "a)" (the parent's
 * number plus the letter: "3.1a"); sections are "I.", "Phần A", "A.". A lettered line whose text starts
 * with a label ("a) Nhiệm vụ: …", "c) Thời gian thực hiện: …") is a field of its item, not an item. An
 * item is a task when it, not only its children, carries a time or a unit. As in criteria plans, the
 * task's {@code section} is the first part of its number (the field, "3" for "3.1a"); an item lettered
 * directly under a roman section takes that section.
 */
final class ItemReader {

    /** What a label introduces. */
    enum Field { CONTENT, LEAD, COORDINATING, TIME, PRODUCT, GROUP }

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\s?\\.\\s?\\d{1,2}){0,3})\\s*[.)]\\s*(.*)");
    private static final Pattern LETTERED = Pattern.compile("^\\(?([a-zđ@¢©])\\s?[)\\]}]\\s*(.*)");
    /** A page number left in the text by a printout or a scan: "3", "- 3 -", "Trang 3", "3/8". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:-\\s*)?\\d{1,3}(?:\\s*-)?|(?:trang|page)\\s+\\d{1,3}(?:\\s*/\\s*\\d{1,3})?|\\d{1,3}\\s*/\\s*\\d{1,3}",
            Pattern.CASE_INSENSITIVE);
    /** "II. NHIỆM VỤ"; OCR reads II as "Il", "I1", "11" is left to the numbers. */
    private static final Pattern ROMAN = Pattern.compile("^([IVX][IVXLl1]{0,4})\\s*[.)]\\s*(\\p{Lu}.*)?");
    private static final Pattern PART = Pattern.compile("^(?:PHẦN|Phần|PHAN|Phan)\\s+([IVXL]{1,5}|[A-Z]|\\d{1,2})\\b.*");
    private static final Pattern CAPITAL = Pattern.compile("^([A-Z])\\s*[.)]\\s+\\p{Lu}.*");
    private static final Pattern BULLET = Pattern.compile("^[-+•–*]\\s*");
    private static final Pattern END = Pattern.compile("^(?:noi nhan|tm\\.? (?:uy ban|ubnd)|kt\\.? chu tich)\\b.*");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** A lead value longer than this is a sentence about the work, not the name of a unit. */
    private static final int LONG_LEAD_WORDS = 12;

    /** Labels, folded and OCR-tolerant; the value is what follows the label (and its colon). */
    private static final List<Label> LABELS = List.of(
            new Label(Field.COORDINATING, "(?:(?:don vi|co quan|bo phan|cong chuc|nguoi)\\s+)?ph\\S{1,3}\\s+h\\S{1,2}p(?:\\s+th\\S{1,4}\\s+hi\\S{0,2}n)?"),
            new Label(Field.LEAD, "(?:(?:don vi|co quan|bo phan|cong chuc|nguoi|b\\S{0,2}\\s+ph\\S{1,3}n)\\s+)?ch\\S{0,2}\\s+tri(?:\\s+th\\S{1,4}\\s+hi\\S{0,2}n)?"),
            new Label(Field.LEAD, "(?:don vi|co quan|b\\S{0,2}\\s+ph\\S{1,3}n|cong chuc|nguoi|can bo)\\s+(?:th\\S{1,4}\\s+hi\\S{0,2}n|ph\\S{0,2}\\s+trach|tham muu)"),
            new Label(Field.LEAD, "trach nhiem(?:\\s+th\\S{1,4}\\s+hi\\S{0,2}n)?"),
            new Label(Field.TIME, "th\\S{0,2}i\\s+gian(?:\\s+(?:th\\S{1,4}\\s+hi\\S{0,2}n|ho\\S{0,2}n\\s+th\\S{1,3}nh|tri\\S{0,2}n\\s+khai))?"),
            new Label(Field.TIME, "th\\S{0,2}i\\s+h\\S{0,2}n(?:\\s+ho\\S{0,2}n\\s+th\\S{1,3}nh)?"),
            new Label(Field.TIME, "ti\\S{0,2}n\\s+d\\S{0,2}(?:\\s+(?:th\\S{1,4}\\s+hi\\S{0,2}n|ho\\S{0,2}n\\s+th\\S{1,3}nh))?"),
            new Label(Field.PRODUCT, "(?:s\\S{0,2}n\\s+ph\\S{1,3}m|k\\S{0,2}t\\s+qu\\S{0,2})(?:\\s*/\\s*(?:s\\S{0,2}n\\s+ph\\S{1,3}m|k\\S{0,2}t\\s+qu\\S{0,2}))?(?:\\s+(?:th\\S{1,4}\\s+hi\\S{0,2}n|d\\S{0,2}u\\s+ra|d\\S{0,2}t\\s+d\\S{0,2}\\S{0,2}c))?"),
            new Label(Field.CONTENT, "(?:ten\\s+)?(?:nhi\\S{0,2}m\\s+v\\S{0,2}|n\\S{0,2}i\\s+dung)(?:\\s+c\\S{0,2}ng\\s+vi\\S{0,2}c)?"),
            new Label(Field.GROUP, "(?:co quan|don vi|bo phan)\\s+th\\S{1,4}\\s+hi\\S{0,2}n\\s+v\\S{0,2}\\s+ph\\S{1,3}i\\s+h\\S{1,2}p"));

    private record Label(Field field, Pattern pattern, Pattern bare) {
        Label(Field field, String words) {
            this(field, Pattern.compile("^(?:" + words + ")\\s*(?::|;|\\.(?=\\s)|-\\s)\\s*(.*)"),
                    Pattern.compile("^(?:" + words + ")\\s+(\\S.*)"));
        }
    }

    /** A labelled line found: the field and its value as written (diacritics kept). */
    record Labelled(Field field, String value) {
    }

    /** True when the text has at least one numbered item followed by a time or unit label. */
    static boolean looksLikeItems(List<String> lines) {
        int labels = 0;
        for (String line : lines) {
            Labelled l = label(CellText.clean(line));
            if (l != null && l.field != Field.CONTENT && l.field != Field.PRODUCT) {
                labels++;
                if (labels >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final class Item {
        final String section;
        final String number;
        final int depth;
        final int line;
        final Item parent;
        final String heading;
        final Map<Field, List<String>> fields = new EnumMap<>(Field.class);
        final List<String> text = new ArrayList<>();
        int children;
        /** For a "- " item: the numbered item it is listed under; null otherwise. */
        Item owner;
        int dashes;
        final List<String> warnings = new ArrayList<>();

        Item(String section, String number, int depth, int line, Item parent, String heading) {
            this.section = section;
            this.number = number;
            this.depth = depth;
            this.line = line;
            this.parent = parent;
            this.heading = heading;
        }

        void add(Field field, String value) {
            fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }

        void wrap(Field field, String more) {
            List<String> values = fields.computeIfAbsent(field, f -> new ArrayList<>());
            if (values.isEmpty()) {
                values.add(more);
            } else {
                values.set(values.size() - 1, CellText.append(values.get(values.size() - 1), more));
            }
        }

        boolean isTask() {
            return fields.containsKey(Field.TIME) || fields.containsKey(Field.LEAD) || fields.containsKey(Field.COORDINATING);
        }
    }

    List<TaskRow> read(List<String> lines) {
        List<Item> items = new ArrayList<>();
        String section = "";
        Item current = null;
        /** Items open at each depth of dotted numbering (1 → depth 1, 1.1 → depth 2), for lettered children. */
        Item lastNumbered = null;
        Field open = null;
        boolean wrapped = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = CellText.clean(lines.get(i));
            int lineNo = i + 1;
            if (PAGE_NUMBER.matcher(t).matches()) {
                continue;
            }
            if (t.isEmpty()) {
                wrapped = false;
                continue;
            }
            String f = vn.nhacviec.deadline.VietnameseText.fold(t);
            if (END.matcher(f).matches()) {
                current = null; // the signature block: its list of recipients belongs to no item
                lastNumbered = null;
                continue;
            }
            Matcher roman = ROMAN.matcher(t);
            Matcher part = PART.matcher(t);
            Matcher capital = CAPITAL.matcher(t);
            if (roman.matches() && (roman.group(2) == null || isHeadingText(roman.group(2)))
                    || part.matches() || capital.matches()) {
                section = roman.matches() ? roman.group(1).replace('l', 'I').replace('1', 'I')
                        : part.matches() ? part.group(1) : capital.group(1);
                current = null;
                lastNumbered = null;
                open = null;
                continue;
            }
            Matcher numbered = NUMBERED.matcher(t);
            if (numbered.matches() && !looksLikeDate(t)) {
                String number = numbered.group(1).replace(" ", "");
                String rest = numbered.group(2);
                Item parentItem = parentOf(lastNumbered, number);
                current = new Item(section, number, number.split("\\.").length, lineNo, parentItem, rest);
                if (parentItem != null) {
                    parentItem.children++;
                }
                items.add(current);
                lastNumbered = current;
                open = startField(current, rest);
                wrapped = true;
                continue;
            }
            Matcher lettered = LETTERED.matcher(t);
            if (lettered.matches()) {
                String rest = lettered.group(2);
                Labelled l = label(rest);
                if (l != null && current != null) {
                    open = put(current, l);
                    wrapped = true;
                    continue;
                }
                Item parentItem = lastNumbered;
                String base = parentItem == null ? "" : parentItem.number;
                String letter = letterOf(lettered.group(1), parentItem);
                current = new Item(parentItem == null ? section : parentItem.section, base + letter,
                        parentItem == null ? 1 : parentItem.depth + 1, lineNo, parentItem, rest);
                if (parentItem != null) {
                    parentItem.children++;
                }
                items.add(current);
                open = startField(current, rest);
                wrapped = true;
                continue;
            }
            if (current == null) {
                continue;
            }
            String body = BULLET.matcher(t).replaceFirst("");
            Labelled l = label(body);
            if (l != null) {
                open = put(current, l);
                wrapped = true;
                continue;
            }
            // A line of text: the value of the open label wrapped onto it, or more of the item's own text.
            boolean bullet = !body.equals(t);
            boolean listValue = open != null && open != Field.GROUP
                    && (open == Field.CONTENT || open == Field.PRODUCT || current.fields.get(open).isEmpty());
            if (bullet && !t.startsWith("+") && !listValue) {
                // "- Rà soát …" under "1. …": perhaps a task of its own; decided once its lines are read.
                Item owner = current.owner == null ? current : current.owner;
                Item dash = new Item(owner.section, owner.number + "-" + (++owner.dashes), owner.depth + 1, lineNo,
                        owner, body);
                dash.owner = owner;
                items.add(dash);
                current = dash;
                open = null;
                wrapped = true;
                continue;
            }
            if (open != null && open != Field.GROUP && wrapped && !bullet) {
                current.wrap(open, t); // the value goes on over the next line
            } else if (open != null && open != Field.GROUP && (open == Field.CONTENT || open == Field.PRODUCT
                    || t.startsWith("+"))) {
                current.add(open, t);
            } else if (open == null || open == Field.CONTENT) {
                current.text.add(t);
            } else {
                current.text.add(t);
                open = null;
            }
            wrapped = true;
        }
        foldDashItems(items);
        List<TaskRow> rows = new ArrayList<>();
        for (Item item : items) {
            if (item.isTask()) {
                rows.add(toRow(item));
            } else if (item.children == 0 && hasTaskSibling(items, item)) {
                // An item among tasks that shows no time and no unit: kept, for a person to complete.
                item.warnings.add("Dòng " + item.line + ": mục " + item.number
                        + " nằm giữa các nhiệm vụ nhưng không có thời gian và đơn vị thực hiện "
                        + CellText.quote(item.heading) + "; cần kiểm tra lại.");
                rows.add(toRow(item));
            }
        }
        return rows;
    }

    /**
     * "- " lines under an item are tasks of their own only when at least two of them have their own time or
     * unit lines; otherwise they are the item's text (a list in its content) and their fields are the item's.
     */
    private static void foldDashItems(List<Item> items) {
        Map<Item, List<Item>> byOwner = new java.util.LinkedHashMap<>();
        for (Item item : items) {
            if (item.owner != null) {
                byOwner.computeIfAbsent(item.owner, o -> new ArrayList<>()).add(item);
            }
        }
        byOwner.forEach((owner, dashes) -> {
            if (dashes.stream().filter(Item::isTask).count() >= 2) {
                owner.children += dashes.size(); // the heading of its "- " tasks
                return;
            }
            for (Item dash : dashes) {
                owner.text.add("- " + dash.heading);
                owner.text.addAll(dash.text);
                dash.fields.forEach((field, values) -> owner.fields.computeIfAbsent(field, f -> new ArrayList<>())
                        .addAll(values));
                items.remove(dash);
            }
        });
    }

    /** True when a piece of the value between commas or semicolons is longer than a unit's name. */
    private static boolean isSentence(String value) {
        for (String piece : value.split("[,;]")) {
            if (piece.strip().split(" ").length > LONG_LEAD_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The unit's name in front of the first verb ("Sở Khoa học và Công nghệ tiến hành rà soát …"). */
    private static String cutAtVerb(String text) {
        Folded folded = Folded.of(text);
        Matcher verb = LEAD_VERB.matcher(folded.folded);
        return verb.find() ? folded.slice(0, verb.start()).strip() : text;
    }

    private static final Pattern LEAD_VERB = Pattern.compile("(?<=\\S\\s)(?:tien hanh|ra soat|thuc hien|to chuc|chiu trach"
            + "|tham muu|theo doi|chu dong|co trach|xay dung|trien khai|huong dan|phoi hop|chu tri|can cu|giup)\\b");

    private static boolean hasTaskSibling(List<Item> items, Item item) {
        boolean lettered = !item.number.isEmpty() && Character.isLetter(item.number.charAt(item.number.length() - 1));
        for (Item other : items) {
            if (other != item && other.parent == item.parent && other.section.equals(item.section)
                    && other.isTask() && other.children == 0
                    && lettered == (!other.number.isEmpty()
                    && Character.isLetter(other.number.charAt(other.number.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeadingText(String text) {
        // "I. MỤC ĐÍCH, YÊU CẦU" or "I. Nhiệm vụ": a short title, not a sentence that happens to start with "I."
        return text.length() <= 160;
    }

    private static boolean looksLikeDate(String t) {
        return t.matches("^\\d{1,2}\\s*[./]\\s*\\d{1,2}\\s*[./]\\s*\\d{2,4}.*");
    }

    private static Item parentOf(Item last, String number) {
        int cut = number.lastIndexOf('.');
        if (cut < 0) {
            return null;
        }
        String parentNumber = number.substring(0, cut);
        for (Item p = last; p != null; p = p.parent) {
            if (p.number.equals(parentNumber)) {
                return p;
            }
        }
        return null;
    }

    /** The printed letter when it is a letter, else the next one after its siblings (OCR reads "a)" as "@)"). */
    private static String letterOf(String printed, Item parent) {
        if (Character.isLetter(printed.charAt(0)) && printed.charAt(0) != 'đ') {
            return printed;
        }
        int k = parent == null ? 0 : parent.children;
        return k < LETTERS.length() ? String.valueOf(LETTERS.charAt(k)) : "-" + (k + 1);
    }

    /** The text after an item's number: its heading, or already a labelled field ("1. Nhiệm vụ: …"). */
    private static Field startField(Item item, String rest) {
        Labelled l = label(rest);
        if (l != null) {
            return put(item, l);
        }
        return null;
    }

    private static Field put(Item item, Labelled l) {
        if (l.field == Field.GROUP) {
            if (!l.value.isBlank()) {
                item.add(Field.LEAD, l.value);
            }
            return Field.GROUP;
        }
        if (!l.value.isBlank()) {
            item.add(l.field, l.value);
        } else {
            item.fields.computeIfAbsent(l.field, x -> new ArrayList<>());
        }
        return l.field;
    }

    /** An item's marker: "1.", "1.1.", "a)" (the letter as printed), and the label its text starts with, if any. */
    record Marker(String number, boolean lettered, Labelled label) {
    }

    /** The item marker a cleaned line starts with, or null; a lettered field ("c) Thời gian …:") is none. */
    static Marker marker(String t) {
        Matcher numbered = NUMBERED.matcher(t);
        if (numbered.matches() && !looksLikeDate(t)) {
            return new Marker(numbered.group(1).replace(" ", ""), false, label(numbered.group(2)));
        }
        Matcher lettered = LETTERED.matcher(t);
        if (lettered.matches() && label(lettered.group(2)) == null) {
            return new Marker(lettered.group(1), true, null);
        }
        return null;
    }

    /** The label of a field line, also when it is lettered ("c) Thời gian thực hiện: …"). */
    static Labelled lineLabel(String t) {
        Matcher lettered = LETTERED.matcher(t);
        if (lettered.matches()) {
            Labelled l = label(lettered.group(2));
            if (l != null) {
                return l;
            }
        }
        return label(t);
    }

    /** The label at the start of a line, if any ("- Đơn vị chủ trì: Sở Tư pháp"). */
    static Labelled label(String text) {
        String body = BULLET.matcher(text).replaceFirst("");
        // Cheap test first: most lines start with no label word, and folding a whole line costs.
        String head = vn.nhacviec.deadline.VietnameseText.fold(body.length() > 24 ? body.substring(0, 24) : body);
        if (!LABEL_START.matcher(head).lookingAt()) {
            return null;
        }
        Folded folded = Folded.of(body);
        String f = folded.folded;
        for (Label label : LABELS) {
            Matcher m = label.pattern.matcher(f);
            if (m.matches()) {
                return new Labelled(label.field, folded.slice(m.start(1), f.length()).strip());
            }
        }
        // A label whose colon was left out (or lost by OCR): its value starts with a capital or a digit.
        for (Label label : LABELS) {
            if (label.field == Field.CONTENT || label.field == Field.GROUP) {
                continue;
            }
            Matcher m = label.bare.matcher(f);
            if (m.matches()) {
                String value = folded.slice(m.start(1), f.length()).strip();
                if (!value.isEmpty() && (Character.isUpperCase(value.charAt(0)) || Character.isDigit(value.charAt(0)))) {
                    return new Labelled(label.field, value);
                }
            }
        }
        // "Thời gian thực hiện sau khi …": the time label without its colon.
        Matcher bare = BARE_TIME.matcher(f);
        if (bare.matches()) {
            return new Labelled(Field.TIME, folded.slice(bare.start(1), f.length()).strip());
        }
        return null;
    }

    private static final Pattern LABEL_START = Pattern.compile(
            "(?:don vi|co quan|bo phan|cong chuc|nguoi|can bo|b\\S{0,2}\\s+ph|ch\\S{0,2}\\s+tri|ph\\S{1,3}\\s+h|trach|th\\S{0,2}i"
                    + "|ti\\S{0,2}n\\s+d|s\\S{0,2}n\\s+ph|k\\S{0,2}t\\s+qu|ten\\s|nhi\\S{0,2}m|n\\S{0,2}i\\s+dung)");
    private static final Pattern BARE_TIME = Pattern.compile(
            "^(?:th\\S{0,2}i\\s+gian\\s+(?:th\\S{1,4}\\s+hi\\S{0,2}n|ho\\S{0,2}n\\s+th\\S{1,3}nh)|th\\S{0,2}i\\s+h\\S{0,2}n|ti\\S{0,2}n\\s+d\\S{0,2})"
                    + "\\s+((?:sau|trong|truoc|tu|den|nam|quy|thang|ngay|thuong|hang|dinh|cham|hoan|cuoi|dau|giua|\\d)\\b.*)");

    private static TaskRow toRow(Item item) {
        String section = item.section;
        String top = item.number.replaceFirst("^(\\d*).*", "$1");
        if (!top.isEmpty()) {
            section = top;
        }
        RowDraft row = new RowDraft(section, item.number, item.line);
        String content = CellText.join(item.fields.getOrDefault(Field.CONTENT, List.of()));
        String heading = CellText.tidy(item.heading);
        String own = CellText.join(item.text);
        String text = CellText.join(List.of(heading, own, content));
        if (text.isEmpty()) {
            // An item that is only labels: its parent's heading says what it is about.
            text = item.parent == null ? "" : CellText.tidy(item.parent.heading);
        }
        row.append(Column.CONTENT, text);
        row.append(Column.PRODUCT, CellText.join(item.fields.getOrDefault(Field.PRODUCT, List.of())));
        String lead = CellText.join(item.fields.getOrDefault(Field.LEAD, List.of()));
        String coordinating = CellText.join(item.fields.getOrDefault(Field.COORDINATING, List.of()));
        if (isSentence(lead)) {
            // "Sở Tư pháp chủ trì, phối hợp với … rà soát …": a sentence, not a name; the units are cut out of it.
            String[] split = CriteriaReader.splitResponsible(lead);
            row.append(Column.NOTES, lead);
            lead = cutAtVerb(split[0]);
            coordinating = coordinating.isEmpty() ? split[1] : coordinating;
        }
        row.append(Column.LEAD, lead);
        row.append(Column.COORDINATING, coordinating);
        row.set(Column.TIME, String.join("\n", item.fields.getOrDefault(Field.TIME, List.of()).stream()
                .map(RowDraft::timeItemsOnLines).filter(s -> !s.isEmpty()).toList()));
        if (!item.fields.containsKey(Field.TIME)) {
            row.warn("Dòng " + item.line + ": mục " + item.number + " không có dòng thời gian thực hiện "
                    + CellText.quote(text));
        }
        if (!item.fields.containsKey(Field.LEAD)) {
            row.warn("Dòng " + item.line + ": mục " + item.number + " không có dòng đơn vị chủ trì "
                    + CellText.quote(text));
        }
        item.warnings.forEach(row::warn);
        return row.build();
    }
}
