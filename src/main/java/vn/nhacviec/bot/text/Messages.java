package vn.nhacviec.bot.text;

import static vn.nhacviec.bot.text.Html.escape;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import vn.nhacviec.agenda.ActionWindow;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Obligation;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

/**
 * Everything the bot says, as Telegram HTML (see docs/conversation.md). Pure: the date of today is always
 * passed in, nothing reads a clock. List messages come back as one or more parts cut by
 * {@link MessageSplitter}; each part carries the buttons and list numbers of the items it shows.
 * Lists show one entry per task ({@link TaskAgenda}); they keep only the items that belong in the list
 * (e.g. {@link #upcoming} drops items that are not OPEN or not due within the {@link ActionWindow}), so
 * callers may pass more. A long list is one message with "Xem tiếp" buttons that page it in place.
 */
public final class Messages {

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
    private final ActionWindow window;

    public Messages(UnitCatalog units) {
        this(units, ActionWindow.DEFAULT);
    }

    public Messages(UnitCatalog units, ActionWindow window) {
        this(units, window, new MessageSplitter());
    }

    public Messages(UnitCatalog units, ActionWindow window, MessageSplitter splitter) {
        this.units = Objects.requireNonNull(units, "units");
        this.window = Objects.requireNonNull(window, "window");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** What "sắp đến hạn" means in these messages. */
    public ActionWindow window() {
        return window;
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
     * /viec: one entry per task, what needs action now (overdue, then due within the window), numbered
     * across sections, a "✅" button per task for the obligation it would mark done; how many other
     * tasks there are (later, undated) with a "📋 Xem tất cả" button; continuous tasks counted and
     * pointed to /thuongxuyen. With {@code all}, every open task with a date or waiting for one.
     */
    public Reply myWork(List<AgendaItem> items, ReportingCalendar calendar, LocalDate today, boolean all, int page) {
        List<TaskAgenda> tasks = TaskAgenda.of(items, calendar, today);
        if (tasks.isEmpty()) {
            return new Reply("Hiện đồng chí không có việc nào đang mở. 👍");
        }
        List<TaskAgenda> later = tasks.stream().filter(t -> t.standing(window, today) == TaskAgenda.Standing.LATER).toList();
        List<TaskAgenda> waiting = tasks.stream().filter(t -> t.isUndated() && !t.isContinuous()).toList();
        long continuous = tasks.stream().filter(TaskAgenda::isContinuous).count();
        Counter counter = new Counter();
        List<Listing.Section> sections = new ArrayList<>();
        taskSection(sections, "⛔ Quá hạn", null, tasks, t -> t.standing(window, today) == TaskAgenda.Standing.OVERDUE,
                today, TaskLines.Scope.ALL_OPEN, counter);
        taskSection(sections, "⏰ Sắp đến hạn", " (" + window.days() + " ngày tới)", tasks,
                t -> t.standing(window, today) == TaskAgenda.Standing.SOON, today, TaskLines.Scope.ALL_OPEN, counter);
        if (all) {
            taskSection(sections, "📌 Còn hạn", null, later, t -> true, today, TaskLines.Scope.ALL_OPEN, counter);
            if (!waiting.isEmpty()) {
                List<Listing.Entry> entries = waiting.stream().map(t -> new Listing.Entry("• " + code(t) + " · "
                        + escape(title(t.title())) + " — " + undated(t.undated().get(0)), List.of(), 0, 0)).toList();
                sections.add(new Listing.Section("❓ <b>Chưa có ngày</b> (chờ cấp trên hoặc Văn phòng đặt hạn)",
                        "❓ <b>Chưa có ngày</b> (tiếp)", entries));
            }
        }
        List<String> footer = new ArrayList<>();
        int hidden = all ? 0 : later.size() + waiting.size();
        if (!all && counter.n == 0) {
            footer.add("Không có việc nào quá hạn hay đến hạn trong " + window.days() + " ngày tới. 👍");
        }
        if (hidden > 0) {
            List<String> what = new ArrayList<>();
            if (!later.isEmpty()) {
                what.add(later.size() + " việc có hạn sau " + date(window.lastDay(today)));
            }
            if (!waiting.isEmpty()) {
                what.add(waiting.size() + " việc chưa có ngày");
            }
            footer.add("Còn " + String.join(", ", what) + ": bấm «📋 Xem tất cả».");
        }
        if (continuous > 0) {
            footer.add("🔄 " + continuous + " việc thường xuyên: gõ /thuongxuyen để xem.");
        }
        if (counter.n > 0) {
            footer.add(DONE_HINT);
        }
        String title = all ? "📋 <b>Tất cả việc đang mở của đồng chí — " : "📋 <b>Việc của đồng chí — ";
        Listing listing = new Listing(title + date(today) + "</b>", title.replace(" — ", "") + "</b> (tiếp)",
                sections, String.join("\n", footer));
        Button seeAll = hidden > 0 ? Button.of("📋 Xem tất cả", new CallbackData.Page(ListKind.MY_WORK_ALL, 1)) : null;
        return page(listing, all ? ListKind.MY_WORK_ALL : ListKind.MY_WORK, page, seeAll);
    }

    /** The list without a reporting calendar, first page: for callers that only need to say "nothing open". */
    public List<Reply> myWork(List<AgendaItem> items, LocalDate today) {
        return List.of(myWork(items, ReportingCalendar.none(), today, false, 1));
    }

    /**
     * /sapden: tasks whose next obligation is due today or within the window, soonest first, with a
     * button for that obligation.
     */
    public Reply upcoming(List<AgendaItem> items, ReportingCalendar calendar, LocalDate today, int page) {
        List<TaskAgenda> soon = TaskAgenda.of(items, calendar, today).stream()
                .filter(t -> t.next().isPresent() && window.isSoon(t.next().get().due(), today))
                .sorted(Comparator.comparing((TaskAgenda t) -> t.next().get().due()).thenComparingInt(TaskAgenda::taskCode))
                .toList();
        if (soon.isEmpty()) {
            return new Reply("Trong " + window.days() + " ngày tới đồng chí không có việc nào đến hạn. 👍");
        }
        Counter counter = new Counter();
        List<Listing.Entry> entries = new ArrayList<>();
        for (TaskAgenda task : soon) {
            Obligation next = task.next().get();
            int n = ++counter.n;
            String line = n + ". " + code(task) + " · " + escape(title(task.title())) + " — "
                    + (task.datedCount() > 1 ? TaskLines.named(next, today) : TaskLines.whenShort(next, today));
            entries.add(new Listing.Entry(line, List.of(doneButton(task, next)), n, next.deadlineId()));
        }
        return page(new Listing("⏰ <b>Việc sắp đến hạn — " + date(today) + "</b> (" + window.days() + " ngày tới)",
                "⏰ <b>Việc sắp đến hạn</b> (tiếp)", List.of(new Listing.Section(null, null, entries)), DONE_HINT),
                ListKind.UPCOMING, page, null);
    }

    /** /quahan for an officer: their tasks with overdue obligations, most overdue first, numbered, with buttons. */
    public Reply overdueForOfficer(List<AgendaItem> items, ReportingCalendar calendar, LocalDate today, int page) {
        List<TaskAgenda> overdue = TaskAgenda.of(items, calendar, today).stream().filter(t -> !t.overdue().isEmpty()).toList();
        if (overdue.isEmpty()) {
            return new Reply("Đồng chí không có việc nào quá hạn. 👍");
        }
        Counter counter = new Counter();
        List<Listing.Section> sections = new ArrayList<>();
        taskSection(sections, null, null, overdue, t -> true, today, TaskLines.Scope.OVERDUE, counter);
        int deadlines = overdue.stream().mapToInt(t -> t.overdue().size()).sum();
        return page(new Listing("⛔ <b>Việc quá hạn — " + date(today) + "</b> (" + counted(overdue.size(), deadlines) + ")",
                "⛔ <b>Việc quá hạn</b> (tiếp)", sections, DONE_HINT), ListKind.OVERDUE, page, null);
    }

    /**
     * /quahan for the chairman and vice-chairmen: tasks with overdue obligations grouped by their first
     * lead unit (units with most such tasks first, ties in the catalog's order), each unit headed by its
     * name, its officers and its count; each task once, its overdue obligations under it when several;
     * bullets, no buttons.
     *
     * @param officerNamesByUnit unit code → names of the unit's officers
     */
    public Reply overdueForLeader(String communeName, List<AgendaItem> items, Map<String, List<String>> officerNamesByUnit,
                                  ReportingCalendar calendar, LocalDate today, int page) {
        List<TaskAgenda> overdue = TaskAgenda.of(items, calendar, today).stream().filter(t -> !t.overdue().isEmpty()).toList();
        String title = escape(commune(communeName)) + ", " + date(today);
        if (overdue.isEmpty()) {
            return new Reply("✅ <b>Không có việc nào quá hạn — " + title + "</b>");
        }
        Map<String, List<TaskAgenda>> groups = TaskAgenda.byFirstLeadUnit(overdue, unitOrder());
        List<Listing.Section> sections = new ArrayList<>();
        Map<String, List<String>> names = officerNamesByUnit == null ? Map.of() : officerNamesByUnit;
        groups.forEach((code, list) -> {
            List<String> officers = names.getOrDefault(code, List.of());
            String who = officers == null || officers.isEmpty() ? "chưa có cán bộ"
                    : String.join(", ", officers.stream().map(Html::escape).toList());
            String name = "<b>" + escape(unitName(code)) + "</b>";
            List<Listing.Entry> entries = list.stream().map(t -> new Listing.Entry(
                    TaskLines.overdueLines("• ", t, today), List.of(), 0, t.overdue().get(0).deadlineId())).toList();
            sections.add(new Listing.Section(name + " (" + who + ") — " + list.size() + " việc", name + " (tiếp)", entries));
        });
        int deadlines = overdue.stream().mapToInt(t -> t.overdue().size()).sum();
        return page(new Listing("⛔ <b>Việc quá hạn — " + title + "</b> (" + counted(overdue.size(), deadlines) + ")",
                "⛔ <b>Việc quá hạn — " + title + "</b> (tiếp)", sections, null), ListKind.OVERDUE, page, null);
    }

    /**
     * /thuongxuyen: the continuous tasks ("thường xuyên"), which the other lists only count; the bot asks
     * for their progress before each report date of the plan's calendar.
     */
    public Reply continuous(List<AgendaItem> items, ReportingCalendar calendar, LocalDate today, int page) {
        List<TaskAgenda> tasks = TaskAgenda.of(items, calendar, today).stream().filter(TaskAgenda::isContinuous)
                .sorted(Comparator.comparingInt(TaskAgenda::taskCode)).toList();
        if (tasks.isEmpty()) {
            return new Reply("Đồng chí không có việc thường xuyên nào. 👍");
        }
        List<Listing.Entry> entries = tasks.stream()
                .map(t -> new Listing.Entry("• " + code(t) + " · " + escape(title(t.title())), List.of(), 0, 0)).toList();
        String next = calendar.reports().stream().filter(r -> !r.date().isBefore(today)).findFirst()
                .map(r -> " Kỳ tới: " + escape(VietnameseText.tidy(r.label()).isEmpty() ? "báo cáo"
                        : lowerFirst(VietnameseText.tidy(r.label()))) + ", hạn " + date(r.date()) + ".")
                .orElse("");
        return page(new Listing("🔄 <b>Việc thường xuyên — " + date(today) + "</b> (" + tasks.size() + " việc)",
                "🔄 <b>Việc thường xuyên</b> (tiếp)", List.of(new Listing.Section(null, null, entries)),
                "Bot sẽ hỏi tiến độ các việc này trước mỗi kỳ báo cáo." + next), ListKind.CONTINUOUS, page, null);
    }

    /** "3 việc", or "3 việc, 5 hạn" when some task has several overdue obligations. */
    private static String counted(int tasks, int deadlines) {
        return deadlines == tasks ? tasks + " việc" : tasks + " việc, " + deadlines + " hạn";
    }

    /**
     * One page of a list: the splitter's part {@code page} (clamped), with "◀ Trang trước" / "Xem tiếp ▶"
     * buttons that edit the message in place, and {@code extra} (e.g. "Xem tất cả") beside them.
     */
    private Reply page(Listing listing, ListKind kind, int page, Button extra) {
        List<Reply> parts = splitter.split(listing);
        int n = Math.min(Math.max(page, 1), Math.min(parts.size(), ListKind.MAX_PAGE));
        Reply part = parts.get(n - 1);
        List<List<Button>> rows = new ArrayList<>(part.keyboard());
        List<Button> nav = new ArrayList<>();
        if (n > 1) {
            nav.add(Button.of("◀ Trang trước", new CallbackData.Page(kind, n - 1)));
        }
        if (n < parts.size() && n < ListKind.MAX_PAGE) {
            nav.add(Button.of("Xem tiếp ▶", new CallbackData.Page(kind, n + 1)));
        }
        if (extra != null) {
            nav.add(extra);
        }
        if (!nav.isEmpty()) {
            rows.add(nav);
        }
        String html = parts.size() > 1 ? part.html() + "\n\n<i>Trang " + n + "/" + parts.size() + "</i>" : part.html();
        return new Reply(html, rows, part.numbered());
    }

    private void taskSection(List<Listing.Section> sections, String heading, String note, List<TaskAgenda> tasks,
                             Predicate<TaskAgenda> keep, LocalDate today, TaskLines.Scope scope, Counter counter) {
        List<Listing.Entry> entries = new ArrayList<>();
        for (TaskAgenda task : tasks) {
            if (!keep.test(task) || task.target().isEmpty()) {
                continue;
            }
            int n = ++counter.n;
            Obligation target = task.target().get();
            entries.add(new Listing.Entry(TaskLines.lines(n + ". ", task, today, scope), List.of(doneButton(task, target)),
                    n, target.deadlineId()));
        }
        if (entries.isEmpty()) {
            return;
        }
        if (heading == null) {
            sections.add(new Listing.Section(null, null, entries));
        } else {
            int space = heading.indexOf(' ');
            String html = heading.substring(0, space) + " <b>" + heading.substring(space + 1) + "</b>";
            sections.add(new Listing.Section(note == null ? html : html + note, html + " (tiếp)", entries));
        }
    }

    private static Button doneButton(TaskAgenda task, Obligation target) {
        return Button.of("✅ " + TaskLines.buttonTarget(task, target), new CallbackData.Done(target.deadlineId()));
    }

    private static final class Counter {
        int n;
    }

    // ---------------------------------------------------------------- progress

    /**
     * /tiendo: the four figures for the plan, then one line per unit and one per plan section, in the
     * maps' iteration order (pass a LinkedHashMap in the order to show). Figures count obligations (dated
     * deadlines: a task due every quarter counts four times), as the quarterly report does; each line
     * also says how many tasks they belong to. Units are given by code.
     *
     * @param tasksPerUnit    unit code → tasks with a dated obligation (missing keys are not shown)
     * @param tasksPerSection section → tasks with a dated obligation
     */
    public Reply progress(ProgressCounts overall, int tasks, Map<String, ProgressCounts> perUnit,
                          Map<String, Integer> tasksPerUnit, Map<String, ProgressCounts> perSection,
                          Map<String, Integer> tasksPerSection, String planTitle, LocalDate today) {
        StringBuilder html = new StringBuilder("📊 <b>Tiến độ ")
                .append(escape(planTitle == null || planTitle.isBlank() ? "kế hoạch" : planTitle))
                .append(" — ").append(date(today)).append("</b>\n");
        if (overall.total() == 0) {
            return new Reply(html.append("Kế hoạch chưa có việc nào có hạn để tính tiến độ.").toString());
        }
        html.append(overall.total()).append(" hạn của ").append(tasks).append(" việc: ")
                .append("xong đúng hạn ").append(overall.doneOnTime())
                .append(" · xong trễ ").append(overall.doneLate())
                .append(" · chưa đến hạn ").append(overall.openInTime())
                .append(" · quá hạn ").append(overall.openOverdue())
                .append(" (hoàn thành ").append(overall.completionPercent()).append(" %)\n")
                .append("<i>Tính theo hạn như báo cáo quý: việc có nhiều kỳ hạn được tính mỗi kỳ một lần.</i>");
        appendBreakdown(html, "Theo bộ phận", perUnit, tasksPerUnit, this::unitName);
        appendBreakdown(html, "Theo phần của kế hoạch", perSection, tasksPerSection, s -> "Phần " + s);
        return new Reply(Html.truncate(html.toString(), MessageSplitter.MAX_HTML));
    }

    private static void appendBreakdown(StringBuilder html, String title, Map<String, ProgressCounts> counts,
                                        Map<String, Integer> tasks, java.util.function.Function<String, String> name) {
        if (counts == null || counts.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c != null && c.total() > 0) {
                Integer n = tasks == null ? null : tasks.get(key);
                String line = "• " + escape(name.apply(key)) + ": xong " + c.done() + "/" + c.total() + " hạn"
                        + (n == null ? "" : " (" + n + " việc)");
                lines.add(c.openOverdue() > 0 ? line + " · quá hạn " + c.openOverdue() : line);
            }
        });
        if (!lines.isEmpty()) {
            html.append("\n\n<b>").append(title).append("</b>\n").append(String.join("\n", lines));
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
                    .append("/viec — việc cần làm ngay của đồng chí\n")
                    .append("/sapden — việc đến hạn trong ").append(window.days()).append(" ngày tới\n")
                    .append("/thuongxuyen — các việc thường xuyên\n");
        } else {
            html.append("/viec — việc cần làm ngay của bộ phận: quá hạn và đến hạn trong ").append(window.days())
                    .append(" ngày tới (bấm «Xem tất cả» để xem hết)\n")
                    .append("/sapden — việc đến hạn trong ").append(window.days()).append(" ngày tới\n")
                    .append("/quahan — việc đã quá hạn\n")
                    .append("/thuongxuyen — các việc thường xuyên (bot hỏi tiến độ trước mỗi kỳ báo cáo)\n")
                    .append("/tiendo — tiến độ các việc của bộ phận\n");
        }
        if (role != null && role.receivesQuarterlyReport()) {
            html.append("/baocao — báo cáo quý gửi tỉnh (tệp Excel)\n");
        }
        html.append("/web — mở trang web Nhắc việc (gửi liên kết đăng nhập dùng một lần)\n");
        html.append("/huongdan — xem lại hướng dẫn này\n")
                .append("Gõ lệnh có hay không có dấu / đều được; chữ có dấu hay không dấu đều được (ví dụ: quá hạn, qua han).\n\n");
        if (role != null && role.loadsPlans()) {
            html.append("<b>Nạp kế hoạch, danh sách cán bộ</b>\n")
                    .append("Gửi thẳng tệp kế hoạch (Word, PDF, Excel) hoặc danh sách cán bộ (Excel) cho bot. ")
                    .append("Bot gửi bản xem trước; bấm ✅ thì mới lưu.\n\n");
        }
        html.append("<b>Báo hoàn thành</b>\n")
                .append("• Bấm nút ✅ dưới danh sách việc. Việc có nhiều kỳ hạn: nút ghi rõ kỳ nào (ví dụ \"✅ #6 báo cáo quý I\"), ")
                .append("là kỳ quá hạn sớm nhất; các kỳ khác vẫn mở.\n")
                .append("• Hoặc trả lời (reply) tin danh sách: \"xong 2\" là việc số 2 trong tin đó.\n")
                .append("• Hoặc gửi \"xong #12\": kỳ hạn sớm nhất còn mở của việc #12.\n")
                .append("• Thêm ghi chú sau số: \"xong #12 đã gửi báo cáo số 15/BC-UBND\".\n")
                .append("Cũng hiểu: \"đã xong\", \"xong rồi\", \"hoàn thành\", \"da xong\", \"hoan thanh\".\n\n")
                .append("<b>Báo nhầm?</b>\n")
                .append("Trả lời \"hoàn tác\" vào tin xác nhận, hoặc bấm nút ↩️ Hoàn tác (trong 24 giờ).");
        return new Reply(html.toString(), java.util.List.of(java.util.List.of(
                vn.nhacviec.messaging.Button.of("🌐 Mở trang web", new CallbackData.WebLink()))));
    }

    /** /web: the one-time sign-in link, and how long it lasts. */
    public Reply webLink(String url, long minutes) {
        return new Reply("🌐 <b>Đăng nhập trang web Nhắc việc</b>\n\n" + Html.escape(url) + "\n\nLiên kết dùng được <b>một lần</b>, "
                + "có hiệu lực " + minutes + " phút. Đừng chuyển liên kết này cho người khác; cần thì gửi /web để lấy liên kết mới.");
    }

    // ---------------------------------------------------------------- completion

    /** The confirmation after an item was marked done, with the "↩️ Hoàn tác" button. */
    public Reply doneConfirmed(AgendaItem item, LocalDateTime at, String note) {
        return doneConfirmed(item, at, note, ReportingCalendar.none(), List.of());
    }

    /**
     * The confirmation after an obligation was marked done. When the task has other obligations still
     * open ({@code stillOpen}), it names the one marked ("— báo cáo quý I") and says what stays open.
     */
    public Reply doneConfirmed(AgendaItem item, LocalDateTime at, String note, ReportingCalendar calendar,
                               List<AgendaItem> stillOpen) {
        List<AgendaItem> others = stillOpen.stream().filter(i -> i.deadlineId() != item.deadlineId() && i.isOpen()
                && i.due() != null).sorted(SOONEST).toList();
        Obligation marked = Obligation.of(item, calendar);
        StringBuilder html = new StringBuilder("✅ Đã ghi nhận hoàn thành <b>").append(code(item)).append("</b>");
        if (!others.isEmpty() && marked.hasName()) {
            html.append(" — ").append(escape(TaskLines.shortName(marked.name())));
        }
        html.append(" (").append(dueShort(item)).append(") lúc ").append(at.format(TIME_DATE)).append(".\n")
                .append("<i>").append(escape(title(item.title()))).append("</i>\n");
        String tidy = note == null ? "" : VietnameseText.tidy(note);
        if (!tidy.isEmpty()) {
            html.append("Ghi chú: ").append(escape(Html.truncate(tidy, 500)));
            if (!tidy.matches("(?s).*[.!?…]$")) {
                html.append('.');
            }
            html.append('\n');
        }
        if (!others.isEmpty()) {
            Obligation next = Obligation.of(others.get(0), calendar);
            html.append("Việc #").append(item.taskCode()).append(" còn ").append(others.size())
                    .append(others.size() == 1 ? " hạn đang mở: " : " hạn đang mở, sớm nhất: ")
                    .append(TaskLines.named(next, at.toLocalDate())).append(".\n");
        }
        html.append("Trả lời \"hoàn tác\" vào tin này nếu báo nhầm.");
        return new Reply(html.toString(),
                List.of(List.of(Button.of("↩️ Hoàn tác", new CallbackData.Undo(item.deadlineId())))));
    }

    /** The item is already DONE; the completion time is shown in {@code zone}. */
    public Reply alreadyDone(AgendaItem item, ZoneId zone) {
        StringBuilder html = new StringBuilder("Việc <b>").append(code(item)).append("</b> (").append(dueShort(item))
                .append(") đã được báo hoàn thành");
        if (item.doneAt() != null) {
            html.append(" lúc ").append(item.doneAt().atZone(zone).format(TIME_DATE));
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

    /** "#6 · I.06" escaped, for a task. */
    static String code(TaskAgenda task) {
        String numbering = task.numbering() == null ? "" : task.numbering().strip();
        return numbering.isEmpty() ? "#" + task.taskCode() : "#" + task.taskCode() + " · " + escape(numbering);
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

    static String undated(AgendaItem item) {
        if (item.label() != null && !item.label().isBlank()) {
            return escape(lowerFirst(VietnameseText.tidy(item.label())));
        }
        return item.kind() == MilestoneKind.CONTINUOUS ? "thường xuyên" : "chưa có ngày";
    }

    static String lowerFirst(String s) {
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

    private List<String> unitOrder() {
        return units.units().stream().map(Unit::code).toList();
    }

    private String unitNames(Collection<String> codes) {
        return String.join(", ", codes.stream().map(this::unitName).distinct().toList());
    }

    private static List<AgendaItem> sorted(Collection<AgendaItem> items, Predicate<AgendaItem> keep) {
        return items.stream().filter(Objects::nonNull).filter(keep).sorted(SOONEST).toList();
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
