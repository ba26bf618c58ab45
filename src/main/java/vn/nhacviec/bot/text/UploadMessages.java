package vn.nhacviec.bot.text;

import static vn.nhacviec.bot.text.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.nhacviec.agenda.ShortTitle;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanOverview;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.plan.PlanRevision;
import vn.nhacviec.plan.Task;

/**
 * What the bot says about a plan file sent to it: the preview with its two buttons, the outcome
 * of the decision, and every refusal (wrong role, too large, unreadable, another commune's plan).
 * Pure; long previews are cut at line boundaries, the buttons go on the last part.
 */
public final class UploadMessages {

    /** The preview's buttons keep this long; later the sender must send the file again. */
    public static final int PREVIEW_HOURS = 24;

    private final UnitCatalog units;
    private final MessageSplitter splitter;

    public UploadMessages(UnitCatalog units) {
        this(units, new MessageSplitter());
    }

    public UploadMessages(UnitCatalog units, MessageSplitter splitter) {
        this.units = Objects.requireNonNull(units, "units");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    // ---------------------------------------------------------------- preview

    /** The plan as it would be stored: what, how many tasks where, the calendar, every warning. */
    public List<Reply> planPreview(String fileName, Plan plan, String communeName, long uploadId) {
        return planPreview(fileName, plan, communeName, uploadId, Optional.empty());
    }

    /**
     * The same, and when the commune already has a version of this plan ("Kế hoạch điều chỉnh, bổ
     * sung"), what storing it would change: tasks added, dropped (they will be cancelled), reworded,
     * with new dates or units; tasks only renumbered are counted, not listed.
     */
    public List<Reply> planPreview(String fileName, Plan plan, String communeName, long uploadId,
                                   Optional<PlanRevision> revision) {
        PlanOverview overview = PlanOverview.of(plan);
        StringBuilder header = new StringBuilder()
                .append("📄 <b>Xem trước kế hoạch</b> — tệp ").append(escape(quoted(fileName))).append('\n')
                .append("<b>").append(escape(Messages.title(plan.title().isBlank() ? "Kế hoạch (không có tiêu đề)" : plan.title())))
                .append("</b>");
        if (!plan.number().isBlank()) {
            header.append(" (số ").append(escape(plan.number())).append(')');
        }
        header.append('\n').append(escape(Messages.commune(communeName))).append(", năm ").append(plan.year()).append('\n');
        if (overview.taskCount() == 0) {
            header.append("Không có nhiệm vụ nào trong bảng.");
        } else {
            header.append("<b>").append(overview.taskCount()).append(" nhiệm vụ</b>");
            if (overview.undated() > 0) {
                header.append(" · ").append(overview.undated()).append(" việc thường xuyên hoặc chưa có ngày hạn");
            }
        }
        List<Listing.Section> sections = new ArrayList<>();
        if (overview.taskCount() > 0) {
            sections.add(lines("<b>Theo phần</b>", null, List.of(perSection(overview.tasksPerSection()))));
            List<String> perUnit = overview.tasksPerUnit().entrySet().stream()
                    .map(e -> "• " + escape(unitName(e.getKey())) + ": " + e.getValue()).collect(Collectors.toList());
            if (overview.unassigned() > 0) {
                perUnit.add("• Chưa rõ bộ phận: " + overview.unassigned());
            }
            sections.add(lines("<b>Theo bộ phận chủ trì</b>", "<b>Theo bộ phận chủ trì</b> (tiếp)", perUnit));
        }
        String calendar = plan.calendar().isEmpty() ? "không nêu trong kế hoạch"
                : plan.calendar().dates().stream().map(Messages::date).collect(Collectors.joining(", "));
        sections.add(lines(null, null, List.of("<b>Lịch báo cáo:</b> " + calendar)));
        revision.ifPresent(r -> sections.add(lines("🔁 <b>So với kế hoạch đã nhập</b>",
                "🔁 <b>So với kế hoạch đã nhập</b> (tiếp)", revisionLines(r))));
        if (!overview.warnings().isEmpty()) {
            sections.add(lines("⚠️ <b>Cần kiểm tra (" + overview.warnings().size() + ")</b>",
                    "⚠️ <b>Cần kiểm tra</b> (tiếp)", overview.warnings().stream().map(w -> "• " + escape(w)).toList()));
        }
        String footer = "Bấm <b>✅ Nhập kế hoạch</b> để lưu, hoặc <b>❌ Hủy</b>. Chưa bấm thì chưa có gì thay đổi "
                + "(nút có hiệu lực trong " + PREVIEW_HOURS + " giờ).";
        return withDecisionButtons(splitter.split(new Listing(header.toString(), "📄 <b>Xem trước kế hoạch</b> (tiếp)",
                sections, footer)), "✅ Nhập kế hoạch", uploadId);
    }

    /** One line per change that matters to officers; renumbering alone is only counted. */
    private static List<String> revisionLines(PlanRevision revision) {
        List<String> out = new ArrayList<>();
        if (revision.isEmpty()) {
            out.add("Không có việc nào thay đổi.");
            return out;
        }
        for (Task task : revision.added()) {
            out.add("➕ Việc mới " + escape(numbering(task.numbering())) + escape(ShortTitle.of(task.content()))
                    + due(task.dueDates()));
        }
        for (PlanRevision.Known gone : revision.removed()) {
            out.add("➖ #" + gone.code() + " · " + escape(numbering(gone.numbering())) + escape(ShortTitle.of(gone.content()))
                    + " — không còn trong kế hoạch, sẽ hủy và không nhắc nữa");
        }
        long renumberedOnly = 0;
        for (PlanRevision.Kept kept : revision.changed()) {
            Set<PlanRevision.Change> changes = kept.changes();
            if (changes.equals(Set.of(PlanRevision.Change.RENUMBERED))) {
                renumberedOnly++;
                continue;
            }
            List<String> what = new ArrayList<>();
            if (changes.contains(PlanRevision.Change.RENUMBERED)) {
                what.add("số thứ tự " + escape(kept.before().numbering()) + " → " + escape(kept.after().numbering()));
            }
            if (changes.contains(PlanRevision.Change.REWORDED)) {
                what.add("sửa nội dung");
            }
            if (changes.contains(PlanRevision.Change.NEW_DATES)) {
                what.add("đổi hạn " + dates(kept.before().dueDates()) + " → " + dates(kept.after().dueDates()));
            }
            if (changes.contains(PlanRevision.Change.NEW_UNITS)) {
                what.add("đổi bộ phận");
            }
            if (changes.contains(PlanRevision.Change.RESTORED)) {
                what.add("có lại trong kế hoạch");
            }
            out.add("✏️ #" + kept.before().code() + " · " + escape(numbering(kept.after().numbering()))
                    + escape(ShortTitle.of(kept.after().content())) + " — " + String.join(", ", what));
        }
        if (renumberedOnly > 0) {
            out.add("🔢 " + renumberedOnly + " việc chỉ đổi số thứ tự.");
        }
        out.add("Mã việc (#), việc đã báo xong và hạn đã được gia hạn đều giữ nguyên.");
        return out;
    }

    private static String numbering(String numbering) {
        return numbering.isBlank() ? "" : numbering + " · ";
    }

    private static String due(List<LocalDate> dates) {
        return dates.isEmpty() ? "" : " — hạn " + dates(dates);
    }

    private static String dates(List<LocalDate> dates) {
        return dates.isEmpty() ? "không có ngày hạn"
                : dates.stream().map(Messages::date).collect(Collectors.joining(", "));
    }

    /** The plan names another commune than the sender's: refused, nothing kept. */
    public Reply otherCommunesPlan(String fileName, String planCommune, String senderCommune) {
        return new Reply("Tệp " + escape(quoted(fileName)) + " là kế hoạch của " + escape(Messages.commune(planCommune))
                + ", không phải của " + escape(Messages.commune(senderCommune)) + ". Bot chưa nhập gì. "
                + "Đồng chí kiểm tra lại tệp, hoặc nhờ cán bộ quản trị hệ thống nhập giúp.");
    }

    // ---------------------------------------------------------------- decision

    public Reply planImported(String title, String communeName, int added, int updated, int removed) {
        StringBuilder html = new StringBuilder("✅ Đã nhập <b>").append(escape(Messages.title(title))).append("</b> của ")
                .append(escape(Messages.commune(communeName))).append(": ");
        List<String> changes = new ArrayList<>();
        if (added > 0) {
            changes.add(added + " việc mới");
        }
        if (updated > 0) {
            changes.add(updated + " việc được cập nhật");
        }
        if (removed > 0) {
            changes.add(removed + " việc không còn trong kế hoạch");
        }
        html.append(changes.isEmpty() ? "không có việc nào thay đổi" : String.join(", ", changes)).append(".\n")
                .append("Việc đã báo xong vẫn giữ nguyên. Bot sẽ nhắc các bộ phận theo hạn của từng việc.");
        return new Reply(html.toString());
    }

    public Reply planUnchanged(String title) {
        return new Reply("Kế hoạch <b>" + escape(Messages.title(title)) + "</b> đã được nhập từ tệp này trước đây; "
                + "không có gì thay đổi.");
    }

    public Reply cancelled(String fileName) {
        return new Reply("❌ Đã hủy. Tệp " + escape(quoted(fileName)) + " không được nhập.");
    }

    public Reply alreadyDecided() {
        return new Reply("Tệp này đã được xử lý rồi (đã nhập hoặc đã hủy). Muốn nhập lại, đồng chí gửi lại tệp.");
    }

    public Reply previewExpired() {
        return new Reply("Bản xem trước này đã quá " + PREVIEW_HOURS + " giờ nên không còn hiệu lực. "
                + "Đồng chí gửi lại tệp để xem trước và nhập.");
    }

    public Reply notYourUpload() {
        return new Reply("Tệp này do cán bộ khác gửi; chỉ người gửi mới nhập hoặc hủy được.");
    }

    // ---------------------------------------------------------------- refusals

    public Reply mayNotLoad() {
        // the office by the name the commune gives it ("Văn phòng HĐND và UBND xã" after the 2025 merger)
        String office = escape(unitName("VP-TK"));
        return new Reply("Cảm ơn đồng chí. Chỉ " + office + " và Chủ tịch UBND xã được gửi kế hoạch hoặc danh sách "
                + "cán bộ cho bot. Đồng chí vui lòng chuyển tệp cho " + office + " để nạp giúp.");
    }

    /** Over Telegram's 20 MB download limit, or over the plan file limit. */
    public Reply tooLarge(String fileName, long bytes, long limitBytes) {
        return new Reply("Tệp " + escape(quoted(fileName)) + " nặng " + megabytes(bytes) + " MB, quá giới hạn "
                + megabytes(limitBytes) + " MB nên bot không nhận được. Kế hoạch thường chỉ vài trăm KB: đồng chí "
                + "gửi tệp Word (.docx) hoặc PDF không kèm ảnh chụp, hoặc nén ảnh trong tệp lại.");
    }

    /** Said at once when a file arrives: the reading takes a moment and its outcome follows by itself. */
    public Reply reading(String fileName) {
        return new Reply("📥 Đã nhận tệp " + escape(quoted(fileName)) + ", bot đang đọc. Đọc xong bot sẽ gửi bản xem "
                + "trước ngay; trong lúc chờ, đồng chí vẫn dùng bot bình thường.");
    }

    /** The file was read but the answer could not be prepared (e.g. the database was away); nothing was kept. */
    public Reply notAnswered(String fileName) {
        return new Reply("Bot đã đọc tệp " + escape(quoted(fileName)) + " nhưng chưa lập được bản xem trước do trục "
                + "trặc tạm thời; bot chưa lưu gì. Đồng chí vui lòng gửi lại tệp sau ít phút.");
    }

    public Reply downloadFailed(String fileName) {
        return new Reply("Bot chưa tải được tệp " + escape(quoted(fileName)) + " từ Telegram. "
                + "Đồng chí vui lòng gửi lại sau ít phút.");
    }

    /** The file is not something the bot can read; {@code reason} is already Vietnamese. */
    public Reply unreadable(String fileName, String reason) {
        return new Reply("Bot không đọc được tệp " + escape(quoted(fileName)) + ": " + escape(reason) + "\n"
                + "Bot nhận kế hoạch dạng Word (.docx, .doc), PDF có chữ (không phải bản quét), Excel (.xlsx, .xls), "
                + "CSV hoặc văn bản .txt (UTF-8); danh sách cán bộ dạng Excel hoặc CSV.");
    }

    // ---------------------------------------------------------------- pieces

    private String perSection(Map<String, Integer> perSection) {
        return perSection.entrySet().stream()
                .map(e -> (e.getKey().isBlank() ? "Không phân phần" : "Phần " + escape(e.getKey())) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private String unitName(String code) {
        return units.byCode(code).map(Unit::name).orElse(code);
    }

    private static Listing.Section lines(String heading, String continued, List<String> html) {
        return new Listing.Section(heading, continued, html.stream().map(l -> new Listing.Entry(l, List.of(), 0, 0)).toList());
    }

    /** The decision buttons belong on the last part, under the footer that explains them. */
    public static List<Reply> withDecisionButtons(List<Reply> parts, String confirmLabel, long uploadId) {
        List<Reply> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
        Reply last = parts.get(parts.size() - 1);
        out.add(new Reply(last.html(), List.of(List.of(Button.of(confirmLabel, new CallbackData.ImportUpload(uploadId)),
                Button.of("❌ Hủy", new CallbackData.CancelUpload(uploadId))))));
        return out;
    }

    public static String quoted(String fileName) {
        return "«" + fileName + "»";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }
}
