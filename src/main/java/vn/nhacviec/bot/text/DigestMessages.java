package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.reminder.Digest;
import vn.nhacviec.reminder.ReminderTexts;
import vn.nhacviec.reminder.DigestLine;
import vn.nhacviec.reminder.SectionKind;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The morning digest: one message per officer per scan (split only when Telegram's limit needs
 * it), every deadline line numbered with "✅ #5" and "⏰ #5" (remind me later) buttons.
 */
public final class DigestMessages implements ReminderTexts {

    private final UnitCatalog units;
    private final MessageSplitter splitter = new MessageSplitter();

    public DigestMessages(UnitCatalog units) {
        this.units = units;
    }

    @Override
    public List<Reply> render(Digest digest) {
        LocalDate today = digest.date();
        Counter counter = new Counter();
        List<Listing.Section> sections = new ArrayList<>();
        for (Digest.Section section : digest.sections()) {
            switch (section.kind()) {
                case OFFICER_DAILY -> officerDaily(section.lines(), today, counter, sections);
                case LEADER_OVERDUE -> leaderOverdue(section.lines(), today, sections);
                case CHAIRMAN_WEEKLY -> weekly(section.lines(), today, sections);
                case OFFICE_EXTERNAL_WEEKLY -> sections.add(new Listing.Section("❓ <b>Việc chưa có ngày — cần đặt hạn</b>",
                        "❓ <b>Việc chưa có ngày</b> (tiếp)", bullets(section.lines(), today)));
                case OFFICE_UNREACHABLE -> sections.add(new Listing.Section("📵 <b>Cán bộ chưa nhận được tin nhắc</b>",
                        "📵 <b>Cán bộ chưa nhận được tin nhắc</b> (tiếp)", unreachable(section.lines(), today)));
            }
        }
        String header = "📋 <b>Việc cần chú ý — " + weekday(today) + " " + Messages.date(today) + "</b>";
        String footer = counter.numbered > 0 ? "Trả lời \"xong 1\" hoặc bấm ✅ để báo hoàn thành; ⏰ để nhắc lại vào ngày làm việc sau; 📅 để xin gia hạn." : null;
        return splitter.split(new Listing(header, header + " (tiếp)", sections, footer));
    }

    private void officerDaily(List<DigestLine> lines, LocalDate today, Counter counter, List<Listing.Section> sections) {
        Map<String, List<Listing.Entry>> groups = new LinkedHashMap<>();
        for (String heading : List.of("⛔ <b>Quá hạn</b>", "⏰ <b>Sắp đến hạn</b>", "📅 <b>Báo cáo định kỳ</b>",
                "📝 <b>Đề nghị báo cáo tiến độ</b>")) {
            groups.put(heading, new ArrayList<>());
        }
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Deadline d) {
                int n = ++counter.numbered;
                Listing.Entry entry = new Listing.Entry(n + ". " + Messages.itemText(d.item(), today), List.of(
                        Button.of("✅ #" + d.item().taskCode(), new CallbackData.Done(d.item().deadlineId())),
                        Button.of("⏰ #" + d.item().taskCode(), new CallbackData.Snooze(d.item().deadlineId())),
                        Button.of("📅 #" + d.item().taskCode(), new CallbackData.Extend(d.item().deadlineId()))),
                        n, d.item().deadlineId());
                groups.get(d.item().isOverdue(today) ? "⛔ <b>Quá hạn</b>" : "⏰ <b>Sắp đến hạn</b>").add(entry);
            } else if (line instanceof DigestLine.Report r) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(today, r.report().date());
                groups.get("📅 <b>Báo cáo định kỳ</b>").add(new Listing.Entry("• " + Html.escape(r.report().label())
                        + " — hạn " + Messages.date(r.report().date()) + " (" + left(days) + ")", List.of(), 0, 0));
            } else if (line instanceof DigestLine.Progress p) {
                groups.get("📝 <b>Đề nghị báo cáo tiến độ</b>").add(new Listing.Entry("• " + Messages.code(p.item()) + " · "
                        + Html.escape(Messages.title(p.item().title())) + " — gửi tiến độ trước kỳ báo cáo "
                        + Messages.date(p.report().date()), List.of(), 0, p.item().deadlineId()));
            }
        }
        groups.forEach((heading, entries) -> {
            if (!entries.isEmpty()) {
                sections.add(new Listing.Section(heading, heading + " (tiếp)", entries));
            }
        });
    }

    private void leaderOverdue(List<DigestLine> lines, LocalDate today, List<Listing.Section> sections) {
        Map<String, List<Listing.Entry>> byUnit = new LinkedHashMap<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Overdue o) {
                byUnit.computeIfAbsent(o.unit(), u -> new ArrayList<>()).add(new Listing.Entry("• "
                        + Messages.itemText(o.item(), today) + " · " + o.workingDaysOverdue() + " ngày làm việc",
                        List.of(), 0, o.item().deadlineId()));
            }
        }
        byUnit.forEach((unit, entries) -> {
            String heading = "⛔ <b>Quá hạn từ 3 ngày làm việc — " + Html.escape(unitName(unit)) + "</b> (" + entries.size() + " việc)";
            sections.add(new Listing.Section(heading, heading + " (tiếp)", entries));
        });
    }

    private void weekly(List<DigestLine> lines, LocalDate today, List<Listing.Section> sections) {
        List<Listing.Entry> done = new ArrayList<>();
        List<Listing.Entry> overdue = new ArrayList<>();
        List<Listing.Entry> upcoming = new ArrayList<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Done d) {
                done.add(new Listing.Entry("• " + Messages.code(d.item()) + " · " + Html.escape(Messages.title(d.item().title())),
                        List.of(), 0, d.item().deadlineId()));
            } else if (line instanceof DigestLine.Overdue o) {
                overdue.add(new Listing.Entry("• " + Messages.itemText(o.item(), today), List.of(), 0, o.item().deadlineId()));
            } else if (line instanceof DigestLine.Upcoming u) {
                upcoming.add(new Listing.Entry("• " + Messages.itemText(u.item(), today), List.of(), 0, u.item().deadlineId()));
            }
        }
        add(sections, "📊 <b>Tổng hợp tuần — đã xong</b> (" + done.size() + ")", done, "Chưa có việc nào xong trong tuần.");
        add(sections, "📊 <b>Tổng hợp tuần — đang quá hạn</b> (" + overdue.size() + ")", overdue, "Không có việc quá hạn.");
        add(sections, "📊 <b>Đến hạn trong tuần này</b> (" + upcoming.size() + ")", upcoming, "Không có việc đến hạn.");
    }

    private static void add(List<Listing.Section> sections, String heading, List<Listing.Entry> entries, String none) {
        List<Listing.Entry> shown = entries.isEmpty() ? List.of(new Listing.Entry("• " + none, List.of(), 0, 0)) : entries;
        sections.add(new Listing.Section(heading, heading + " (tiếp)", shown));
    }

    private List<Listing.Entry> bullets(List<DigestLine> lines, LocalDate today) {
        List<Listing.Entry> entries = new ArrayList<>();
        for (DigestLine line : lines) {
            AgendaItem item = item(line);
            if (item != null) {
                entries.add(new Listing.Entry("• " + Messages.itemText(item, today), List.of(), 0, item.deadlineId()));
            }
        }
        return entries;
    }

    private List<Listing.Entry> unreachable(List<DigestLine> lines, LocalDate today) {
        List<Listing.Entry> entries = new ArrayList<>();
        for (DigestLine line : lines) {
            if (line instanceof DigestLine.Unreachable u) {
                String codes = u.missed().stream().map(DigestMessages::item).filter(java.util.Objects::nonNull)
                        .map(i -> "#" + i.taskCode()).distinct().collect(Collectors.joining(", "));
                entries.add(new Listing.Entry("• " + Html.escape(u.officer().name()) + " — chưa liên kết Telegram, lỡ "
                        + u.missed().size() + " nhắc việc" + (codes.isEmpty() ? "" : " (" + codes + ")"), List.of(), 0, 0));
            } else if (line instanceof DigestLine.Unassigned a) {
                AgendaItem item = item(a.line());
                String what = item != null ? Messages.itemText(item, today) : "một hạn báo cáo";
                entries.add(new Listing.Entry("• Chưa có cán bộ phụ trách: " + what, List.of(), 0, 0));
            }
        }
        return entries;
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
        return null;
    }

    private String unitName(String code) {
        if (code == null || code.isBlank()) {
            return "Chưa rõ bộ phận";
        }
        return units.byCode(code).map(Unit::name).orElse(code);
    }

    private static String left(long days) {
        return days < 0 ? "quá " + -days + " ngày" : days == 0 ? "hôm nay" : "còn " + days + " ngày";
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
