package vn.nhacviec.bot.text;

import static vn.nhacviec.bot.text.Html.escape;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;

/**
 * Everything the bot says, as Telegram HTML (see docs/conversation.md). Pure: the date of today is always
 * passed in, nothing reads a clock. List messages come back as one or more parts cut by
 * {@link MessageSplitter}; each part carries the buttons and list numbers of the items it shows.
 * List methods keep only the items that belong in the list (e.g. {@link #upcoming} drops items that are
 * not OPEN or not due within {@link #SOON_DAYS} days), so callers may pass more.
 */
public final class Messages {

    /** "Sắp đến hạn": due today or within this many days. */
    public static final int SOON_DAYS = 7;
    /** Longer titles are cut at a word (plan titles are already short; this guards the message size). */
    static final int MAX_TITLE = 150;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final String DONE_HINT = "Trả lời \"xong 1\" hoặc bấm nút để báo hoàn thành.";
    private static final String ASK_OFFICE = "Đồng chí vui lòng xin mã mời mới ở Văn phòng – Thống kê UBND xã, rồi gửi: /start MÃ_MỜI";

    private static final Comparator<AgendaItem> SOONEST = Comparator
            .comparing(AgendaItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(AgendaItem::taskCode)
            .thenComparingLong(AgendaItem::deadlineId);

    private final UnitCatalog units;
    private final MessageSplitter splitter;

    public Messages(UnitCatalog units) {
        this(units, new MessageSplitter());
    }

    public Messages(UnitCatalog units, MessageSplitter splitter) {
        this.units = Objects.requireNonNull(units, "units");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    // ---------------------------------------------------------------- linking

    /** The welcome after {@code /start CODE} linked the account. */
    public Reply linked(Officer officer, String communeName) {
        String place = officer.role().leadsCommune() || officer.units().isEmpty()
                ? officer.role().title() : unitNames(officer.units());
        StringBuilder html = new StringBuilder()
                .append("Xin chào đồng chí <b>").append(escape(officer.name())).append("</b> (")
                .append(escape(place)).append(", ").append(escape(commune(communeName))).append(").\n")
                .append("Tài khoản Telegram này đã được liên kết. ");
        if (officer.role().leadsCommune()) {
            html.append("Từ nay bot sẽ báo đồng chí tình hình các việc của toàn xã.\n")
                    .append("Gõ /quahan để xem việc quá hạn, /tiendo để xem tiến độ, /huongdan để xem cách dùng.");
        } else {
            html.append("Từ nay bot sẽ nhắc các việc của bộ phận mình.\n")
                    .append("Gõ /viec để xem việc đang mở, /huongdan để xem cách dùng.");
        }
        return new Reply(html.toString());
    }

    /** {@code /start CODE} with a code that cannot link. */
    public Reply linkRefused(LinkRefusal reason) {
        String why = switch (reason) {
            case WRONG_CODE -> "Mã mời không đúng. Đồng chí kiểm tra lại mã (gõ đúng từng ký tự như được cấp).";
            case ALREADY_USED -> "Mã mời này đã được dùng để liên kết một tài khoản Telegram khác.";
            case EXPIRED -> "Mã mời này đã hết hạn.";
        };
        String then = reason == LinkRefusal.WRONG_CODE
                ? "Nếu vẫn không được, đồng chí xin mã mời mới ở Văn phòng – Thống kê UBND xã, rồi gửi: /start MÃ_MỜI"
                : ASK_OFFICE;
        return new Reply(why + "\n" + then);
    }

    /** Any message from an account that is not linked to an officer. */
    public Reply notLinked() {
        return new Reply("Tài khoản này chưa được liên kết với cán bộ nào. " + ASK_OFFICE.replace("mã mời mới", "mã mời"));
    }

    // ---------------------------------------------------------------- lists

    /**
     * /viec: the officer's OPEN items in four sections (overdue, due within 7 days, later, no due date),
     * numbered 1..n across sections, soonest first; a "✅ #code" button per dated item.
     */
    public List<Reply> myWork(List<AgendaItem> items, LocalDate today) {
        List<AgendaItem> open = sorted(items, AgendaItem::isOpen);
        if (open.isEmpty()) {
            return List.of(new Reply("Hiện đồng chí không có việc nào đang mở. 👍"));
        }
        Numbering numbering = new Numbering(open);
        List<Listing.Section> sections = new ArrayList<>();
        section(sections, "⛔ Quá hạn", numbering, today, open, i -> i.due() != null && i.daysLeft(today) < 0);
        section(sections, "⏰ Sắp đến hạn", numbering, today, open,
                i -> i.due() != null && i.daysLeft(today) >= 0 && i.daysLeft(today) <= SOON_DAYS);
        section(sections, "📌 Còn hạn", numbering, today, open, i -> i.due() != null && i.daysLeft(today) > SOON_DAYS);
        section(sections, "🔄 Thường xuyên, chưa có ngày", numbering, today, open, i -> i.due() == null);
        return splitter.split(new Listing("📋 <b>Việc của đồng chí — " + date(today) + "</b>",
                "📋 <b>Việc của đồng chí</b> (tiếp)", sections, DONE_HINT));
    }

    /** /sapden: OPEN items due today or in the next 7 days, soonest first, numbered, with buttons. */
    public List<Reply> upcoming(List<AgendaItem> items, LocalDate today) {
        List<AgendaItem> soon = sorted(items,
                i -> i.isOpen() && i.due() != null && i.daysLeft(today) >= 0 && i.daysLeft(today) <= SOON_DAYS);
        if (soon.isEmpty()) {
            return List.of(new Reply("Trong " + SOON_DAYS + " ngày tới đồng chí không có việc nào đến hạn. 👍"));
        }
        Numbering numbering = new Numbering(soon);
        List<Listing.Section> sections = new ArrayList<>();
        section(sections, null, numbering, today, soon, i -> true);
        return splitter.split(new Listing("⏰ <b>Việc sắp đến hạn — " + date(today) + "</b> (" + SOON_DAYS + " ngày tới)",
                "⏰ <b>Việc sắp đến hạn</b> (tiếp)", sections, DONE_HINT));
    }

    /** /quahan for an officer: their overdue items, most overdue first, numbered, with buttons. */
    public List<Reply> overdueForOfficer(List<AgendaItem> items, LocalDate today) {
        List<AgendaItem> overdue = sorted(items, i -> i.isOverdue(today));
        if (overdue.isEmpty()) {
            return List.of(new Reply("Đồng chí không có việc nào quá hạn. 👍"));
        }
        Numbering numbering = new Numbering(overdue);
        List<Listing.Section> sections = new ArrayList<>();
        section(sections, null, numbering, today, overdue, i -> true);
        return splitter.split(new Listing("⛔ <b>Việc quá hạn — " + date(today) + "</b> (" + overdue.size() + " việc)",
                "⛔ <b>Việc quá hạn</b> (tiếp)", sections, DONE_HINT));
    }

    /**
     * /quahan for the chairman and vice-chairmen: overdue items grouped by unit (units with most overdue
     * items first, ties in the catalog's order), each group headed by the unit's name, its officers and its count; bullets, no buttons.
     * An item led by several units is listed under each of them; the header counts it once.
     *
     * @param byUnit             unit code → that unit's items (items not overdue are dropped)
     * @param officerNamesByUnit unit code → names of the unit's officers
     */
    public List<Reply> overdueForLeader(String communeName, Map<String, List<AgendaItem>> byUnit,
                                        Map<String, List<String>> officerNamesByUnit, LocalDate today) {
        Map<String, List<AgendaItem>> groups = new LinkedHashMap<>();
        Set<Long> distinct = new LinkedHashSet<>();
        byUnit.forEach((code, list) -> {
            List<AgendaItem> overdue = sorted(list == null ? List.of() : list, i -> i.isOverdue(today));
            if (!overdue.isEmpty()) {
                groups.put(code, overdue);
                overdue.forEach(i -> distinct.add(i.deadlineId()));
            }
        });
        String title = escape(commune(communeName)) + ", " + date(today);
        if (groups.isEmpty()) {
            return List.of(new Reply("✅ <b>Không có việc nào quá hạn — " + title + "</b>"));
        }
        List<String> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparingInt((String c) -> -groups.get(c).size()).thenComparingInt(this::unitRank)
                .thenComparing(c -> c));
        List<Listing.Section> sections = new ArrayList<>();
        Map<String, List<String>> names = officerNamesByUnit == null ? Map.of() : officerNamesByUnit;
        for (String code : order) {
            List<AgendaItem> list = groups.get(code);
            List<String> officers = names.getOrDefault(code, List.of());
            String who = officers == null || officers.isEmpty() ? "chưa có cán bộ"
                    : String.join(", ", officers.stream().map(Html::escape).toList());
            String name = "<b>" + escape(unitName(code)) + "</b>";
            List<Listing.Entry> entries = list.stream()
                    .map(i -> new Listing.Entry("• " + itemText(i, today), List.of(), 0, i.deadlineId()))
                    .toList();
            sections.add(new Listing.Section(name + " (" + who + ") — " + list.size() + " việc",
                    name + " (tiếp)", entries));
        }
        return splitter.split(new Listing("⛔ <b>Việc quá hạn — " + title + "</b> (" + distinct.size() + " việc)",
                "⛔ <b>Việc quá hạn — " + title + "</b> (tiếp)", sections, null));
    }

    // ---------------------------------------------------------------- progress

    /**
     * /tiendo: the four figures for the plan, then done/total per unit and per section, in the maps'
     * iteration order (pass a LinkedHashMap in the order to show). Units are given by code.
     */
    public Reply progress(ProgressCounts overall, Map<String, ProgressCounts> perUnit,
                          Map<String, ProgressCounts> perSection, String planTitle, LocalDate today) {
        StringBuilder html = new StringBuilder("📊 <b>Tiến độ ")
                .append(escape(planTitle == null || planTitle.isBlank() ? "kế hoạch" : planTitle))
                .append(" — ").append(date(today)).append("</b>\n");
        if (overall.total() == 0) {
            return new Reply(html.append("Kế hoạch chưa có việc nào có hạn để tính tiến độ.").toString());
        }
        html.append("Đã xong đúng hạn ").append(overall.doneOnTime())
                .append(" · xong trễ ").append(overall.doneLate())
                .append(" · chưa đến hạn ").append(overall.openInTime())
                .append(" · quá hạn ").append(overall.openOverdue())
                .append(" (hoàn thành ").append(overall.completionPercent()).append(" %)");
        appendBreakdown(html, "Theo bộ phận", perUnit, this::unitName);
        appendBreakdown(html, "Theo phần của kế hoạch", perSection, s -> s);
        return new Reply(Html.truncate(html.toString(), MessageSplitter.MAX_HTML));
    }

    private static void appendBreakdown(StringBuilder html, String title, Map<String, ProgressCounts> counts,
                                        java.util.function.Function<String, String> name) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c != null && c.total() > 0) {
                String part = escape(name.apply(key)) + ": " + c.done() + "/" + c.total();
                parts.add(c.openOverdue() > 0 ? part + " (quá hạn " + c.openOverdue() + ")" : part);
            }
        });
        if (!parts.isEmpty()) {
            html.append("\n\n<b>").append(title).append("</b> (xong/tổng)\n").append(String.join(" · ", parts));
        }
    }

    // ---------------------------------------------------------------- help

    /** /huongdan: the commands and how to report completion; leaders see the commune-wide commands. */
    public Reply help(Role role) {
        boolean leader = role != null && role.leadsCommune();
        StringBuilder html = new StringBuilder("📖 <b>Cách dùng bot Nhắc việc</b>\n\n");
        if (leader) {
            html.append("/quahan — việc quá hạn của toàn xã, theo từng bộ phận\n")
                    .append("/tiendo — tiến độ kế hoạch của toàn xã\n")
                    .append("/viec — việc đang mở của đồng chí\n")
                    .append("/sapden — việc đến hạn trong ").append(SOON_DAYS).append(" ngày tới\n");
        } else {
            html.append("/viec — việc đang mở của bộ phận đồng chí\n")
                    .append("/sapden — việc đến hạn trong ").append(SOON_DAYS).append(" ngày tới\n")
                    .append("/quahan — việc đã quá hạn\n")
                    .append("/tiendo — tiến độ các việc của bộ phận\n");
        }
        if (role != null && role.receivesQuarterlyReport()) {
            html.append("/baocao — báo cáo quý gửi tỉnh (tệp Excel)\n");
        }
        html.append("/huongdan — xem lại hướng dẫn này\n")
                .append("Gõ lệnh có hay không có dấu / đều được; chữ có dấu hay không dấu đều được (ví dụ: quá hạn, qua han).\n\n");
        if (role != null && role.loadsPlans()) {
            html.append("<b>Nạp kế hoạch, danh sách cán bộ</b>\n")
                    .append("Gửi thẳng tệp kế hoạch (Word, PDF, Excel) hoặc danh sách cán bộ (Excel) cho bot. ")
                    .append("Bot gửi bản xem trước; bấm ✅ thì mới lưu.\n\n");
        }
        html.append("<b>Báo hoàn thành</b>\n")
                .append("• Bấm nút ✅ dưới danh sách việc.\n")
                .append("• Hoặc trả lời (reply) tin danh sách: \"xong 2\" là việc số 2 trong tin đó.\n")
                .append("• Hoặc gửi \"xong #12\": việc có mã #12.\n")
                .append("• Thêm ghi chú sau số: \"xong #12 đã gửi báo cáo số 15/BC-UBND\".\n")
                .append("Cũng hiểu: \"đã xong\", \"xong rồi\", \"hoàn thành\", \"da xong\", \"hoan thanh\".\n\n")
                .append("<b>Báo nhầm?</b>\n")
                .append("Trả lời \"hoàn tác\" vào tin xác nhận, hoặc bấm nút ↩️ Hoàn tác (trong 24 giờ).");
        return new Reply(html.toString());
    }

    // ---------------------------------------------------------------- completion

    /** The confirmation after an item was marked done, with the "↩️ Hoàn tác" button. */
    public Reply doneConfirmed(AgendaItem item, LocalDateTime at, String note) {
        StringBuilder html = new StringBuilder("✅ Đã ghi nhận hoàn thành <b>").append(code(item)).append("</b> (")
                .append(dueShort(item)).append(") lúc ").append(at.format(TIME_DATE)).append(".\n")
                .append("<i>").append(escape(title(item.title()))).append("</i>\n");
        String tidy = note == null ? "" : VietnameseText.tidy(note);
        if (!tidy.isEmpty()) {
            html.append("Ghi chú: ").append(escape(Html.truncate(tidy, 500)));
            if (!tidy.matches("(?s).*[.!?…]$")) {
                html.append('.');
            }
            html.append('\n');
        }
        html.append("Trả lời \"hoàn tác\" vào tin này nếu báo nhầm.");
        return new Reply(html.toString(),
                List.of(List.of(Button.of("↩️ Hoàn tác", new CallbackData.Undo(item.deadlineId())))));
    }

    /** The item is already DONE. */
    public Reply alreadyDone(AgendaItem item) {
        StringBuilder html = new StringBuilder("Việc <b>").append(code(item)).append("</b> (").append(dueShort(item))
                .append(") đã được báo hoàn thành");
        if (item.doneAt() != null) {
            html.append(" lúc ").append(item.doneAt().atZone(ProgressCounts.ZONE).format(TIME_DATE));
        }
        if (item.doneBy() != null && !item.doneBy().isBlank()) {
            html.append(" (").append(escape(item.doneBy())).append(')');
        }
        return new Reply(html.append('.').toString());
    }

    /** The completion was undone: the item is open again. */
    public Reply undone(AgendaItem item) {
        return new Reply("↩️ Đã hoàn tác. Việc <b>" + code(item) + "</b> (" + dueShort(item)
                + ") trở lại danh sách việc đang mở.");
    }

    /** "hoàn tác" more than 24 hours after the completion. */
    public Reply undoTooLate(AgendaItem item) {
        return new Reply("Không hoàn tác được: việc <b>" + code(item) + "</b> đã báo hoàn thành quá 24 giờ. "
                + "Nếu cần sửa, đồng chí liên hệ Văn phòng – Thống kê UBND xã.");
    }

    /** An officer tried to complete another unit's item. {@code unitNames} is shown as given (e.g. "Văn phòng – Thống kê"). */
    public Reply notYourUnit(AgendaItem item, String unitNames) {
        return new Reply("Việc #" + item.taskCode() + " thuộc " + escape(unitNames)
                + ". Đồng chí chỉ báo hoàn thành được việc của bộ phận mình.");
    }

    /** The unit names of an item's lead units, for {@link #notYourUnit}. */
    public String leadUnitNames(AgendaItem item) {
        return item.leadUnits().isEmpty() ? "bộ phận khác" : unitNames(item.leadUnits());
    }

    /** A button or code that points at another commune's item. */
    public Reply otherCommune() {
        return new Reply("Việc này thuộc xã khác. Đồng chí chỉ xem và báo hoàn thành được việc của xã mình.");
    }

    /** "xong" in reply to a list of several items: which one? A button per item; "xong 2" to this message works too. */
    public List<Reply> whichOne(List<AgendaItem> items) {
        return choose("Tin nhắn này có " + items.size() + " việc. Đồng chí báo xong việc nào?", items);
    }

    /** "xong" (not a reply) from an officer with several open items: which one? */
    public List<Reply> whichOpen(List<AgendaItem> items) {
        return choose("Đồng chí đang có " + items.size() + " việc mở. Đồng chí báo xong việc nào?", items);
    }

    private List<Reply> choose(String question, List<AgendaItem> items) {
        Numbering numbering = new Numbering(items);
        List<Listing.Entry> entries = new ArrayList<>();
        int n = 0;
        for (AgendaItem item : items) {
            n++;
            String line = n + ". " + code(item) + " · " + escape(title(item.title())) + " — " + dueShort(item);
            entries.add(new Listing.Entry(line, List.of(numbering.button("", item)), n, item.deadlineId()));
        }
        return splitter.split(new Listing(question, question + " (tiếp)",
                List.of(new Listing.Section(null, null, entries)), null));
    }

    /** "xong 5" in reply to a list of {@code size} items. */
    public Reply noSuchItem(int n, int size) {
        if (size <= 0) {
            return new Reply("Tin nhắn đó không có danh sách việc. Đồng chí gõ /viec để xem việc đang mở.");
        }
        String range = size == 1 ? "1 việc" : size + " việc (số 1 đến " + size + ")";
        return new Reply("Tin nhắn đó chỉ có " + range + ", không có việc số " + n + ".");
    }

    /** "xong #12" when the commune has no task #12. */
    public Reply noSuchTask(int code) {
        return new Reply("Không tìm thấy việc #" + code + " trong kế hoạch của xã. "
                + "Đồng chí gõ /viec để xem mã các việc của mình.");
    }

    /** "xong #12" when task #12 has no OPEN deadline. */
    public Reply nothingOpenForTask(int code) {
        return new Reply("Việc #" + code + " không còn hạn nào đang mở (có thể đã được báo hoàn thành). "
                + "Gõ /viec để xem việc đang mở.");
    }

    public Reply unknownInput() {
        return new Reply("Bot chưa hiểu tin nhắn này. Đồng chí gõ /huongdan để xem cách dùng, "
                + "hoặc /viec để xem việc đang mở.");
    }

    /** For a user who sends too many messages too fast. */
    public Reply slowDown() {
        return new Reply("Đồng chí gửi nhiều tin quá nhanh. Bot tạm dừng trả lời trong ít phút; "
                + "đồng chí vui lòng thử lại sau.");
    }

    // ---------------------------------------------------------------- extensions ("📅 Xin gia hạn")

    /** The officer pressed 📅: which new date? */
    public Reply askNewDate(AgendaItem item) {
        return new Reply("📅 Đồng chí xin gia hạn <b>" + code(item) + "</b> (" + dueShort(item) + ") đến ngày nào?\n"
                + "Trả lời (reply) tin này bằng ngày mới, ví dụ <i>30/04/2024</i>.");
    }

    public Reply badNewDate(String text, LocalDate today) {
        return new Reply("Không đọc được ngày \"" + escape(text) + "\". Đồng chí trả lời bằng ngày dạng dd/MM/yyyy, "
                + "sau hôm nay (" + date(today) + ") và sau hạn hiện tại.");
    }

    public Reply extensionSent(AgendaItem item, LocalDate requested) {
        return new Reply("Đã gửi đề nghị gia hạn <b>" + code(item) + "</b> đến " + date(requested)
                + " tới Chủ tịch, Phó Chủ tịch UBND xã. Bot sẽ báo khi có ý kiến.");
    }

    /** To the chairman and vice-chairmen, with approve / refuse buttons. */
    public Reply extensionRequest(long requestId, AgendaItem item, String officerName, LocalDate requested) {
        return new Reply("📅 <b>Đề nghị gia hạn</b>\nĐồng chí " + escape(officerName) + " xin gia hạn <b>" + code(item)
                + "</b> · " + escape(title(item.title())) + "\nTừ " + dueShort(item) + " đến <b>" + date(requested) + "</b>.",
                List.of(List.of(Button.of("✔️ Đồng ý", new CallbackData.Approve(requestId)),
                        Button.of("✖️ Không đồng ý", new CallbackData.Refuse(requestId)))));
    }

    public Reply extensionApproved(AgendaItem item, LocalDate newDue, String leaderName) {
        return new Reply("✅ Đồng chí " + escape(leaderName) + " đã đồng ý gia hạn <b>" + code(item) + "</b> đến <b>"
                + date(newDue) + "</b>.");
    }

    public Reply extensionRefused(AgendaItem item, String leaderName) {
        return new Reply("❌ Đồng chí " + escape(leaderName) + " không đồng ý gia hạn <b>" + code(item) + "</b>; hạn vẫn là "
                + dueShort(item).replace("hạn ", "") + ".");
    }

    public Reply extensionAlreadyDecided() {
        return new Reply("Đề nghị gia hạn này đã được xử lý trước đó.");
    }

    public Reply leadersOnly() {
        return new Reply("Chỉ Chủ tịch, Phó Chủ tịch UBND xã quyết định gia hạn.");
    }

    /** "hoàn tác" that is not a reply to a completion confirmation. */
    public Reply undoHowTo() {
        return new Reply("Để hoàn tác, đồng chí bấm \"Trả lời\" (reply) vào tin xác nhận hoàn thành rồi gõ "
                + "\"hoàn tác\", hoặc bấm nút ↩️ Hoàn tác trên tin đó (trong vòng 24 giờ).");
    }

    /** A button of a feature that is not switched on yet. */
    public Reply notYetAvailable() {
        return new Reply("Chức năng này chưa được bật. Đồng chí vui lòng liên hệ Văn phòng – Thống kê.");
    }

    // ---------------------------------------------------------------- pieces

    /** "dd/MM/yyyy". */
    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** "#5 · I.05" escaped; "#5" when the plan gives no numbering. */
    static String code(AgendaItem item) {
        String numbering = item.numbering() == null ? "" : item.numbering().strip();
        return numbering.isEmpty() ? "#" + item.taskCode() : "#" + item.taskCode() + " · " + escape(numbering);
    }

    /** "#5 · I.05 · Báo cáo … — hạn 20/02/2024 (quá 48 ngày)". */
    static String itemText(AgendaItem item, LocalDate today) {
        return code(item) + " · " + escape(title(item.title())) + " — " + when(item, today);
    }

    private static String when(AgendaItem item, LocalDate today) {
        if (item.due() == null) {
            return undated(item);
        }
        long days = item.daysLeft(today);
        String left = days < 0 ? "quá " + -days + " ngày" : days == 0 ? "hôm nay" : "còn " + days + " ngày";
        return "hạn " + date(item.due()) + " (" + left + ")";
    }

    /** "hạn 20/02/2024", or the milestone's label for undated items. */
    private static String dueShort(AgendaItem item) {
        return item.due() == null ? undated(item) : "hạn " + date(item.due());
    }

    private static String undated(AgendaItem item) {
        if (item.label() != null && !item.label().isBlank()) {
            return escape(lowerFirst(VietnameseText.tidy(item.label())));
        }
        return item.kind() == MilestoneKind.CONTINUOUS ? "thường xuyên" : "chưa có ngày";
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    static String title(String title) {
        String tidy = VietnameseText.tidy(title);
        if (tidy.length() <= MAX_TITLE) {
            return tidy;
        }
        int cut = tidy.lastIndexOf(' ', MAX_TITLE - 1);
        int end = cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1;
        if (Character.isHighSurrogate(tidy.charAt(end - 1))) {
            end--;
        }
        return tidy.substring(0, end).strip() + "…";
    }

    /** "UBND xã Sơn Kỳ" from "Sơn Kỳ", "xã Sơn Kỳ" or "UBND xã Sơn Kỳ". */
    static String commune(String communeName) {
        String name = VietnameseText.tidy(communeName);
        String folded = VietnameseText.fold(name);
        if (name.isEmpty()) {
            return "UBND xã";
        }
        if (folded.startsWith("ubnd ") || folded.startsWith("uy ban nhan dan ")) {
            return name;
        }
        if (folded.startsWith("xa ") || folded.startsWith("phuong ") || folded.startsWith("thi tran ")) {
            return "UBND " + name;
        }
        return "UBND xã " + name;
    }

    private String unitName(String code) {
        return units.byCode(code).map(Unit::name).orElse(code == null ? "" : code);
    }

    /** The unit's place in the catalog (defaults first), unknown codes last. */
    private int unitRank(String code) {
        return units.byCode(code).map(u -> units.units().indexOf(u)).filter(i -> i >= 0).orElse(Integer.MAX_VALUE);
    }

    private String unitNames(Collection<String> codes) {
        return String.join(", ", codes.stream().map(this::unitName).distinct().toList());
    }

    private static List<AgendaItem> sorted(Collection<AgendaItem> items, Predicate<AgendaItem> keep) {
        return items.stream().filter(Objects::nonNull).filter(keep).sorted(SOONEST).toList();
    }

    private void section(List<Listing.Section> sections, String heading, Numbering numbering, LocalDate today,
                         List<AgendaItem> items, Predicate<AgendaItem> keep) {
        List<Listing.Entry> entries = new ArrayList<>();
        for (AgendaItem item : items) {
            if (keep.test(item)) {
                int n = numbering.next();
                List<Button> buttons = item.due() == null ? List.of() : List.of(numbering.button("✅ ", item));
                entries.add(new Listing.Entry(n + ". " + itemText(item, today), buttons, n, item.deadlineId()));
            }
        }
        if (!entries.isEmpty()) {
            if (heading == null) {
                sections.add(new Listing.Section(null, null, entries));
            } else {
                int space = heading.indexOf(' ');
                String html = heading.substring(0, space) + " <b>" + heading.substring(space + 1) + "</b>";
                sections.add(new Listing.Section(html, html + " (tiếp)", entries));
            }
        }
    }

    /** Numbers items 1..n and labels their buttons "#5", or "#5 20/02" when a task shows more than once. */
    private static final class Numbering {
        private final Map<Integer, Integer> perTask = new HashMap<>();
        private int n;

        Numbering(List<AgendaItem> items) {
            items.forEach(i -> perTask.merge(i.taskCode(), 1, Integer::sum));
        }

        int next() {
            return ++n;
        }

        Button button(String prefix, AgendaItem item) {
            String label = prefix + "#" + item.taskCode();
            if (perTask.getOrDefault(item.taskCode(), 0) > 1 && item.due() != null) {
                label += " " + item.due().format(DateTimeFormatter.ofPattern("dd/MM"));
            }
            return Button.of(label, new CallbackData.Done(item.deadlineId()));
        }
    }
}
