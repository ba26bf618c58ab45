package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Obligation;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.reminder.Digest;
import vn.nhacviec.reminder.ReminderTexts;
import vn.nhacviec.reminder.DigestLine;
import vn.nhacviec.reminder.SectionKind;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The morning digest: one message per officer per scan (split only when Telegram's limit needs it).
 * Every list in it has one entry per task ({@link TaskAgenda}): the officer's tasks numbered, each with
 * one row of buttons "✅ #6 báo cáo quý I", "⏰ #6" (remind me later), "📅 #6" (ask for more time);
 * the leaders' overdue tasks once each, under their first lead unit; the chairman's weekly summary as
 * figures and what changed, not the overdue list again.
 */
public final class DigestMessages implements ReminderTexts {

    private static final String OVERDUE = "⛔ <b>Quá hạn</b>";
    private static final String SOON = "⏰ <b>Sắp đến hạn</b>";
    private static final String REPORTS = "📅 <b>Báo cáo định kỳ</b>";
    private static final String PROGRESS = "📝 <b>Đề nghị báo cáo tiến độ</b>";

    private final UnitCatalog units;
    private final MessageSplitter splitter = new MessageSplitter();
    private final FollowUpMessages followUp;

    public DigestMessages(UnitCatalog units) {
        this.units = units;
        this.followUp = new FollowUpMessages(units);
    }

    @Override
    public List<Reply> render(Digest digest) {
        LocalDate today = digest.date();
        Counter counter = new Counter();
        Set<Integer> listed = new HashSet<>(); // a task is an item line once per message; later sections refer to it
        List<Listing.Section> sections = new ArrayList<>();
        for (Digest.Section section : digest.sections()) {
            switch (section.kind()) {
                case OFFICER_DAILY -> officerDaily(section.lines(), digest.calendar(), today, counter, sections, listed);
                case OFFICER_PARTS -> parts(section.lines(), today, sections, listed);
                case LEADER_OVERDUE -> leaderOverdue(section.lines(), digest.calendar(), today, sections, listed);
                case LEADER_EXPLANATIONS -> sections.add(new Listing.Section("❓ <b>Yêu cầu giải trình chưa được trả lời</b>",
                        "❓ <b>Chưa trả lời giải trình</b> (tiếp)", section.lines().stream()
                        .filter(l -> l instanceof DigestLine.Unexplained).map(l -> (DigestLine.Unexplained) l)
                        .map(u -> new Listing.Entry(followUp.unexplainedLine(u.item(), u.askedBy(), u.askedOn(), u.workingDays(),
                                today), List.of(), 0, u.deadlineId())).toList()));
                case CHAIRMAN_WEEKLY -> weekly(section.lines(), digest.calendar(), today, sections, listed);
                case OFFICE_EXTERNAL_WEEKLY -> sections.add(new Listing.Section("❓ <b>Việc chưa có ngày — cần đặt hạn</b>",
                        "❓ <b>Việc chưa có ngày</b> (tiếp)", undated(section.lines(), listed)));
                case OFFICE_UNREACHABLE -> sections.add(new Listing.Section("📵 <b>Cán bộ chưa nhận được tin nhắc</b>",
                        "📵 <b>Cán bộ chưa nhận được tin nhắc</b> (tiếp)",
                        unreachable(section.lines(), digest.calendar(), today, listed)));
            }
        }
        String header = "📋 <b>Việc cần chú ý — " + weekday(today) + " " + Messages.date(today) + "</b>";
        String footer = counter.numbered > 0 ? "Trả lời \"xong 1\" hoặc bấm ✅ để báo hoàn thành (việc có nhiều hạn: "
                + "hạn ghi trên nút); ⏰ để nhắc lại vào ngày làm việc sau; 📅 để xin gia hạn." : null;
        return splitter.split(new Listing(header, header + " (tiếp)", sections, footer));
    }

    private void officerDaily(List<DigestLine> lines, ReportingCalendar calendar, LocalDate today, Counter counter,
                              List<Listing.Section> sections, Set<Integer> listed) {
        Map<String, List<Listing.Entry>> groups = new LinkedHashMap<>();
        for (String heading : List.of(OVERDUE, SOON, REPORTS, PROGRESS)) {
            groups.put(heading, new ArrayList<>());
        }
        List<AgendaItem> reminded = new ArrayList<>();
        Map<Integer, AgendaItem> progress = new LinkedHashMap<>();
        List<DigestLine.Progress> progressLines = new ArrayList<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Deadline d) {
                reminded.add(d.item());
            } else if (line instanceof DigestLine.Report r) {
                long days = ChronoUnit.DAYS.between(today, r.report().date());
                groups.get(REPORTS).add(new Listing.Entry("• " + Html.escape(r.report().label())
                        + " — hạn " + Messages.date(r.report().date()) + " (" + TaskLines.left(r.report().date(), today) + ")",
                        List.of(), 0, 0));
            } else if (line instanceof DigestLine.Progress p && progress.putIfAbsent(p.item().taskCode(), p.item()) == null) {
                progressLines.add(p);
            }
        }
        for (TaskAgenda task : TaskAgenda.of(reminded, calendar, today)) {
            listed.add(task.taskCode());
            Obligation target = task.target().orElseThrow();
            int n = ++counter.numbered;
            String code = "#" + task.taskCode();
            List<Button> row = List.of(
                    Button.of("✅ " + TaskLines.buttonTarget(task, target), new CallbackData.Done(target.deadlineId())),
                    Button.of("⏰ " + code, new CallbackData.Snooze(target.deadlineId())),
                    Button.of("📅 " + code, new CallbackData.Extend(target.deadlineId())));
            groups.get(task.overdue().isEmpty() ? SOON : OVERDUE).add(new Listing.Entry(
                    TaskLines.lines(n + ". ", task, today, TaskLines.Scope.ALL_OPEN), row, n, target.deadlineId()));
        }
        for (DigestLine.Progress p : progressLines) {
            if (!listed.add(p.item().taskCode())) {
                groups.get(PROGRESS).add(new Listing.Entry("• Và việc #" + p.item().taskCode() + " (ở trên) — gửi tiến độ trước kỳ báo cáo "
                        + Messages.date(p.report().date()), List.of(), 0, p.item().deadlineId()));
                continue;
            }
            groups.get(PROGRESS).add(new Listing.Entry("• " + Messages.code(p.item()) + " · "
                    + Html.escape(Messages.title(p.item().title())) + " — gửi tiến độ trước kỳ báo cáo "
                    + Messages.date(p.report().date()), List.of(), 0, p.item().deadlineId()));
        }
        groups.forEach((heading, entries) -> {
            if (!entries.isEmpty()) {
                sections.add(new Listing.Section(heading, heading + " (tiếp)", entries));
            }
        });
    }

    /**
     * The parts the officer's units owe in other units' items, soonest first, each with its "🧩 Xong phần"
     * button; apart from the officer's own items, which an item already listed above is only pointed to.
     */
    private void parts(List<DigestLine> lines, LocalDate today, List<Listing.Section> sections, Set<Integer> listed) {
        Map<Long, AgendaItem> items = new LinkedHashMap<>();
        Map<Long, List<String>> open = new LinkedHashMap<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Part p) {
                items.putIfAbsent(p.deadlineId(), p.item());
                open.computeIfAbsent(p.deadlineId(), d -> new ArrayList<>()).add(p.unit());
            }
        }
        if (items.isEmpty()) {
            return;
        }
        Map<Integer, Long> perTask = items.values().stream()
                .collect(Collectors.groupingBy(AgendaItem::taskCode, Collectors.counting()));
        Set<Integer> ownAbove = new HashSet<>(listed);
        List<Listing.Entry> entries = new ArrayList<>();
        for (AgendaItem item : items.values()) {
            List<String> units = open.get(item.deadlineId());
            entries.add(new Listing.Entry(followUp.digestPartLine(item, units, today, ownAbove.contains(item.taskCode())),
                    List.of(followUp.digestPartButton(item, units, perTask.get(item.taskCode()) > 1)), 0, item.deadlineId()));
            listed.add(item.taskCode());
        }
        entries.add(new Listing.Entry(followUp.digestPartsHint(items.values().iterator().next().taskCode()), List.of(), 0, 0));
        sections.add(new Listing.Section(FollowUpMessages.DIGEST_PARTS, FollowUpMessages.DIGEST_PARTS + " (tiếp)", entries));
    }

    /** Each overdue task once, under its first lead unit, its overdue obligations under it when several. */
    private void leaderOverdue(List<DigestLine> lines, ReportingCalendar calendar, LocalDate today,
                               List<Listing.Section> sections, Set<Integer> listed) {
        List<AgendaItem> overdue = items(lines, l -> l instanceof DigestLine.Overdue o ? o.item() : null);
        List<TaskAgenda> all = TaskAgenda.of(overdue, calendar, today).stream().filter(t -> listed.add(t.taskCode())).toList();
        TaskAgenda.byFirstLeadUnit(all, unitOrder()).forEach((unit, tasks) -> {
            String heading = "⛔ <b>Quá hạn từ 3 ngày làm việc — " + Html.escape(unitName(unit)) + "</b> (" + tasks.size() + " việc)";
            sections.add(new Listing.Section(heading, heading + " (tiếp)", tasks.stream().map(t -> new Listing.Entry(
                    TaskLines.overdueLines("• ", t, today), List.of(), 0, t.overdue().get(0).deadlineId())).toList()));
        });
    }

    /** Figures, then what changed: done last week, fallen overdue since the last summary, due this week. */
    private void weekly(List<DigestLine> lines, ReportingCalendar calendar, LocalDate today, List<Listing.Section> sections,
                        Set<Integer> listed) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = " (" + dayMonth(monday.minusWeeks(1)) + "–" + dayMonth(monday.minusDays(1)) + ")";
        StringBuilder figures = new StringBuilder("📊 <b>Tổng hợp tuần — " + Messages.date(today) + "</b>");
        lines.stream().filter(l -> l instanceof DigestLine.Standing).map(l -> (DigestLine.Standing) l).findFirst()
                .ifPresent(s -> figures.append('\n').append(figures(s)));
        sections.add(new Listing.Section(figures.toString(), null, List.of()));

        List<AgendaItem> done = items(lines, l -> l instanceof DigestLine.Done d ? d.item() : null);
        Map<Integer, List<AgendaItem>> doneByTask = done.stream()
                .collect(Collectors.groupingBy(AgendaItem::taskCode, LinkedHashMap::new, Collectors.toList()));
        change(sections, "✅ <b>Đã xong tuần qua</b>" + week, doneByTask.values().stream().map(list -> new Shown(
                list.get(0).taskCode(), "• " + Messages.code(list.get(0)) + " · " + Html.escape(Messages.title(list.get(0).title()))
                + (list.size() > 1 ? " — " + list.size() + " hạn" : ""))).toList(), listed);

        List<AgendaItem> newlyOverdue = items(lines, l -> l instanceof DigestLine.Overdue o ? o.item() : null);
        change(sections, "🆕 <b>Mới quá hạn</b>" + week, TaskAgenda.of(newlyOverdue, calendar, today).stream()
                .map(t -> new Shown(t.taskCode(), TaskLines.overdueLines("• ", t, today))).toList(), listed);

        List<AgendaItem> upcoming = items(lines, l -> l instanceof DigestLine.Upcoming u ? u.item() : null);
        change(sections, "📆 <b>Đến hạn tuần này</b> (" + dayMonth(monday) + "–" + dayMonth(monday.plusDays(6)) + ")",
                TaskAgenda.of(upcoming, calendar, today).stream().map(t -> new Shown(t.taskCode(),
                        TaskLines.lines("• ", t, today, TaskLines.Scope.ALL_OPEN))).toList(), listed);

        List<DigestLine.AtRisk> risks = lines.stream().filter(l -> l instanceof DigestLine.AtRisk)
                .map(l -> (DigestLine.AtRisk) l).toList();
        if (risks.isEmpty()) {
            sections.add(new Listing.Section(followUp.forecastNone(), null, List.of()));
        } else {
            sections.add(new Listing.Section(followUp.forecastHeading(risks.get(0).lastChance(), risks.get(0).quarterEnd()),
                    "🔮 <b>Dự báo quá hạn cuối quý</b> (tiếp)", risks.stream().map(r -> new Listing.Entry(
                    followUp.forecastLine(r.unit(), r.overdue(), r.dueThisWeek()), List.of(), 0, 0)).toList()));
        }
    }

    /** A task's lines for a section of the summary. */
    private record Shown(int taskCode, String html) {
    }

    /**
     * One "what changed" group: "none" on the heading line when empty; tasks already listed in the
     * message are named on one line instead of being listed again.
     */
    private static void change(List<Listing.Section> sections, String heading, List<Shown> tasks, Set<Integer> listed) {
        if (tasks.isEmpty()) {
            sections.add(new Listing.Section(heading + ": không có.", null, List.of()));
            return;
        }
        List<Listing.Entry> entries = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (Shown task : tasks) {
            if (listed.add(task.taskCode())) {
                entries.add(new Listing.Entry(task.html(), List.of(), 0, 0));
            } else {
                above.add("#" + task.taskCode());
            }
        }
        if (!above.isEmpty()) {
            entries.add(new Listing.Entry("• Và " + String.join(", ", above) + " (đã có ở trên)", List.of(), 0, 0));
        }
        sections.add(new Listing.Section(heading + " — " + tasks.size() + " việc", heading + " (tiếp)", entries));
    }

    private static String figures(DigestLine.Standing s) {
        ProgressCounts c = s.counts();
        String all = c.total() + " hạn của " + s.tasks() + " việc: xong đúng hạn " + c.doneOnTime() + " · xong trễ "
                + c.doneLate() + " · chưa đến hạn " + c.openInTime() + " · quá hạn " + c.openOverdue()
                + " (hoàn thành " + c.completionPercent() + " %)";
        String overdue = c.openOverdue() == 0 ? "Không có việc nào quá hạn."
                : "Đang quá hạn: " + c.openOverdue() + " hạn của " + s.overdueTasks() + " việc — gõ /quahan để xem danh sách.";
        return all + "\n" + overdue;
    }

    /** Undated items waiting for a date, one per task. */
    private static List<Listing.Entry> undated(List<DigestLine> lines, Set<Integer> listed) {
        Map<Integer, AgendaItem> byTask = new LinkedHashMap<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Undated u) {
                byTask.putIfAbsent(u.item().taskCode(), u.item());
            }
        }
        return byTask.values().stream().map(i -> new Listing.Entry((listed.add(i.taskCode())
                ? "• " + Messages.code(i) + " · " + Html.escape(Messages.title(i.title()))
                : "• Và việc #" + i.taskCode() + " (ở trên)") + " — " + Messages.undated(i), List.of(), 0, i.deadlineId())).toList();
    }

    private List<Listing.Entry> unreachable(List<DigestLine> lines, ReportingCalendar calendar, LocalDate today,
                                            Set<Integer> listed) {
        List<Listing.Entry> entries = new ArrayList<>();
        List<AgendaItem> unassigned = new ArrayList<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Unreachable u) {
                String codes = u.missed().stream().map(DigestMessages::item).filter(Objects::nonNull)
                        .map(i -> "#" + i.taskCode()).distinct().collect(Collectors.joining(", "));
                long tasks = u.missed().stream().map(DigestMessages::item).filter(Objects::nonNull)
                        .map(AgendaItem::taskCode).distinct().count();
                entries.add(new Listing.Entry("• " + Html.escape(u.officer().name()) + " — chưa liên kết Telegram, lỡ "
                        + "nhắc " + (tasks > 0 ? tasks + " việc (" + codes + ")" : u.missed().size() + " hạn báo cáo"),
                        List.of(), 0, 0));
            } else if (line instanceof DigestLine.Unassigned a) {
                AgendaItem item = item(a.line());
                if (item != null && item.due() != null) {
                    unassigned.add(item);
                } else if (item != null) {
                    entries.add(new Listing.Entry("• Chưa có cán bộ phụ trách: " + Messages.code(item) + " · "
                            + Html.escape(Messages.title(item.title())), List.of(), 0, 0));
                } else {
                    entries.add(new Listing.Entry("• Chưa có cán bộ phụ trách: một hạn báo cáo", List.of(), 0, 0));
                }
            }
        }
        for (TaskAgenda task : TaskAgenda.of(unassigned, calendar, today)) {
            if (!listed.add(task.taskCode())) {
                entries.add(new Listing.Entry("• Chưa có cán bộ phụ trách: việc #" + task.taskCode() + " (ở trên)", List.of(), 0, 0));
                continue;
            }
            entries.add(new Listing.Entry(TaskLines.lines("• Chưa có cán bộ phụ trách: ", task, today,
                    TaskLines.Scope.ALL_OPEN), List.of(), 0, 0));
        }
        return entries;
    }

    /** The distinct items of the lines, in order. */
    private static List<AgendaItem> items(Collection<DigestLine> lines, Function<DigestLine, AgendaItem> pick) {
        Map<Long, AgendaItem> byId = new LinkedHashMap<>();
        for (DigestLine line : lines) {
            AgendaItem item = pick.apply(line);
            if (item != null) {
                byId.putIfAbsent(item.deadlineId(), item);
            }
        }
        return List.copyOf(byId.values());
    }

    private static AgendaItem item(DigestLine line) {
        if (line instanceof DigestLine.Deadline d) {
            return d.item();
        }
        if (line instanceof DigestLine.Progress p) {
            return p.item();
        }
        if (line instanceof DigestLine.Overdue o) {
            return o.item();
        }
        if (line instanceof DigestLine.Undated u) {
            return u.item();
        }
        if (line instanceof DigestLine.Upcoming u) {
            return u.item();
        }
        if (line instanceof DigestLine.Done d) {
            return d.item();
        }
        if (line instanceof DigestLine.Part p) {
            return p.item();
        }
        return null;
    }

    private List<String> unitOrder() {
        return units.units().stream().map(Unit::code).toList();
    }

    private String unitName(String code) {
        if (code == null || code.isBlank()) {
            return "Chưa rõ bộ phận";
        }
        return units.byCode(code).map(Unit::name).orElse(code);
    }

    private static String dayMonth(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM"));
    }

    static String weekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    private static final class Counter {
        int numbered;
    }

    @Override
    public Reply officerBlockedBot(String officerName) {
        return new Reply("📵 Không gửi được tin nhắc cho đồng chí <b>" + Html.escape(officerName)
                + "</b>: tài khoản Telegram đã chặn bot. Đề nghị đồng chí nhắc cán bộ mở lại bot và gửi /start để nhận tin.");
    }
}
