package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.QuarterForecast;
import vn.nhacviec.coordination.TaskParts;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.delegation.Leave;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.followup.Explanation;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.messaging.Reply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.nhacviec.bot.text.Html.escape;

/** What the bot says about coordinated parts, explanations, the forecast, and leave and handover. */
public final class FollowUpMessages {

    private final UnitCatalog units;

    public FollowUpMessages(UnitCatalog units) {
        this.units = units;
    }

    public String unitName(String code) {
        return code == null || code.isEmpty() ? "Chưa rõ đơn vị" : units.byCode(code).map(Unit::name).orElse(code);
    }

    /** The unit codes a text names ("VH-XH", "văn hóa xã hội"); empty when it names none. */
    public List<String> unitCodes(String text) {
        return text == null || text.isBlank() ? List.of() : units.read(text).codes();
    }

    // ---- coordinated parts --------------------------------------------------------------------------------

    /** "VH-XH ✅ · CA ⏳": which parts are in. */
    public String partsLine(TaskParts parts) {
        List<String> shown = new ArrayList<>();
        for (TaskParts.Part part : parts.parts()) {
            shown.add(escape(unitName(part.unit())) + (part.isIn() ? " ✅" : " ⏳"));
        }
        return String.join(" · ", shown);
    }

    public Reply partReported(TaskParts parts, List<String> reportedUnits) {
        AgendaItem item = parts.item();
        return new Reply("🧩 Đã ghi nhận: <b>" + escape(names(reportedUnits)) + "</b> xong phần việc "
                + Messages.code(item) + " · " + escape(Messages.title(item.title())) + ".\nCác phần phối hợp: "
                + partsLine(parts) + "\nViệc vẫn mở cho đến khi đơn vị chủ trì (" + escape(lead(item))
                + ") báo xong.");
    }

    public Reply partAlreadyIn(TaskParts parts) {
        return new Reply("Phần của đơn vị bạn ở việc " + Messages.code(parts.item()) + " đã được báo xong trước đó.\n"
                + "Các phần phối hợp: " + partsLine(parts));
    }

    /** To the lead unit's officers and the chairman. */
    public Reply partNotice(TaskParts parts, List<String> reportedUnits, String officerName) {
        AgendaItem item = parts.item();
        String all = parts.missing().isEmpty() ? "\nĐã đủ các phần phối hợp: đơn vị chủ trì có thể báo xong việc."
                : "";
        return new Reply("🧩 <b>" + escape(officerName) + "</b> (" + escape(names(reportedUnits)) + ") báo xong phần của mình: "
                + Messages.code(item) + " · " + escape(Messages.title(item.title())) + "\nCác phần phối hợp: "
                + partsLine(parts) + all);
    }

    /** /phoihop: open items where the officer's units have a part, with "Xong phần của …" buttons. */
    public Reply coordinating(List<TaskParts> items, Map<Long, List<String>> mineByDeadline, LocalDate today) {
        if (items.isEmpty()) {
            return new Reply("🧩 Đơn vị bạn không có phần phối hợp nào trong các việc đang mở.");
        }
        StringBuilder html = new StringBuilder("🧩 <b>Việc đơn vị bạn phối hợp</b> (" + items.size() + " việc)");
        List<List<Button>> keyboard = new ArrayList<>();
        Map<Integer, Long> numbered = new LinkedHashMap<>();
        int n = 0;
        for (TaskParts parts : items.subList(0, Math.min(items.size(), 20))) {
            AgendaItem item = parts.item();
            n++;
            numbered.put(n, item.deadlineId());
            html.append("\n\n").append(n).append(". ").append(Messages.itemText(item, today))
                    .append("\nChủ trì: ").append(escape(lead(item))).append(" · Các phần: ").append(partsLine(parts));
            List<String> mine = mineByDeadline.getOrDefault(item.deadlineId(), List.of());
            boolean open = parts.parts().stream().anyMatch(p -> !p.isIn() && mine.stream().anyMatch(m -> m.equalsIgnoreCase(p.unit())));
            if (open) {
                keyboard.add(List.of(partButton(item, mine)));
            }
        }
        if (items.size() > 20) {
            html.append("\n\n… và ").append(items.size() - 20).append(" việc nữa.");
        }
        html.append("\n\nBấm nút, hoặc trả lời \"xong phần 1\" (theo số thứ tự) hay gõ \"xong phần #12\".");
        return new Reply(html.toString(), keyboard, numbered);
    }

    public Button partButton(AgendaItem item, List<String> mine) {
        String unit = mine.isEmpty() ? "đơn vị" : unitName(mine.get(0));
        String label = "🧩 Xong phần của " + unit + " #" + item.taskCode();
        return Button.of(label.length() > 60 ? "🧩 Xong phần #" + item.taskCode() : label, new CallbackData.PartDone(item.deadlineId()));
    }

    /** The morning digest's part section: its heading, and how to report (the last line of the section). */
    public static final String DIGEST_PARTS = "🧩 <b>Việc đơn vị bạn phối hợp</b>";

    /** {@code taskCode}: an item of the section, for the example. */
    public String digestPartsHint(int taskCode) {
        return "Bấm 🧩 khi đơn vị đã xong phần của mình (hoặc gõ \"xong phần #" + taskCode + "\"). Việc chỉ xong khi "
                + "đơn vị chủ trì báo xong.";
    }

    /**
     * One item of the digest's part section: the item (or a pointer to it when the digest already lists it as
     * the officer's own), who leads it and whose part is awaited.
     */
    public String digestPartLine(AgendaItem item, List<String> openParts, LocalDate today, boolean listedAbove) {
        String parts = "phần của " + escape(names(openParts)) + " chưa báo xong";
        if (listedAbove) {
            return "• Việc #" + item.taskCode() + " (ở trên): " + parts;
        }
        return "• " + Messages.itemText(item, today) + "\n   Chủ trì: " + escape(lead(item)) + " · " + parts;
    }

    /** The digest's button for one part; {@code dated} adds the due date when the task has several in the section. */
    public Button digestPartButton(AgendaItem item, List<String> mine, boolean dated) {
        if (!dated || item.due() == null) {
            return partButton(item, mine);
        }
        return Button.of("🧩 Xong phần #" + item.taskCode() + " hạn " + item.due().format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM")), new CallbackData.PartDone(item.deadlineId()));
    }

    /** After /viec: the lead's coordinated items, which parts are in. */
    public Reply partsInOwnWork(List<TaskParts> items) {
        StringBuilder html = new StringBuilder("🧩 <b>Phần phối hợp</b>");
        for (TaskParts parts : items) {
            html.append("\n• ").append(Messages.code(parts.item())).append(" · ")
                    .append(escape(Messages.title(parts.item().title()))).append(": ").append(partsLine(parts));
        }
        return new Reply(html.toString());
    }

    public Reply notAPart(AgendaItem item) {
        return new Reply("Việc " + Messages.code(item) + " không có đơn vị phối hợp: đơn vị chủ trì báo \"xong\" là xong.");
    }

    public Reply whichPart() {
        return new Reply("Phần của việc nào? Gõ \"xong phần #12\" (12 là mã việc), hoặc gõ /phoihop để xem các việc đơn vị "
                + "bạn phối hợp và bấm nút.");
    }

    // ---- explanations -------------------------------------------------------------------------------------

    /** To each officer asked. */
    public Reply explanationAsked(AgendaItem item, String askerName, String askerTitle, LocalDate today) {
        return new Reply("❓ <b>Yêu cầu giải trình</b>\n" + escape(askerTitle) + " " + escape(askerName)
                + " đề nghị giải trình lý do chậm:\n" + Messages.itemText(item, today)
                + "\n\nTrả lời tin nhắn này: nêu lý do. Nếu cần thêm thời gian, ghi ngày đề xuất hoàn thành "
                + "(dd/MM/yyyy) — ngày đó thành đề nghị gia hạn gửi lãnh đạo.");
    }

    public Reply explanationSent(AgendaItem item, List<String> asked, List<String> unreachable) {
        StringBuilder html = new StringBuilder("❓ Đã gửi yêu cầu giải trình việc " + Messages.code(item) + " · "
                + escape(Messages.title(item.title())));
        html.append(asked.isEmpty() ? "\nChưa có cán bộ nào của đơn vị chủ trì liên kết với bot để nhận."
                : " tới: " + escape(String.join(", ", asked)) + ".");
        if (!unreachable.isEmpty()) {
            html.append("\nChưa liên kết với bot (chưa nhận được): ").append(escape(String.join(", ", unreachable))).append('.');
        }
        html.append("\nCâu trả lời sẽ được chuyển tới anh/chị.");
        return new Reply(html.toString());
    }

    public Reply explanationWaiting(AgendaItem item, Explanation waiting) {
        return new Reply("Việc " + Messages.code(item) + " đã có yêu cầu giải trình ngày " + Messages.date(waiting.askedOn())
                + " (" + escape(person(waiting.askedBy())) + "), đang chờ trả lời.");
    }

    /** To the leader who asked. */
    public Reply explanationAnswered(AgendaItem item, String officerName, String answer, LocalDate proposed) {
        return new Reply("📝 <b>Giải trình</b> việc " + Messages.code(item) + " · " + escape(Messages.title(item.title()))
                + "\n" + escape(officerName) + ": «" + escape(answer.strip()) + "»"
                + (proposed == null ? "" : "\nĐề xuất hoàn thành: " + Messages.date(proposed) + " (đề nghị gia hạn gửi kèm)."));
    }

    public Reply explanationThanks(String askerName) {
        return new Reply("Đã gửi giải trình tới " + escape(person(askerName)) + ".");
    }

    public Reply explanationAlreadyAnswered() {
        return new Reply("Yêu cầu giải trình này đã được trả lời trước đó.");
    }

    public Reply explanationEmpty() {
        return new Reply("Xin nêu lý do chậm (có thể kèm ngày đề xuất hoàn thành dd/MM/yyyy), trả lời vào tin yêu cầu giải trình.");
    }

    public Reply notOverdue(AgendaItem item) {
        return new Reply("Việc " + Messages.code(item) + " chưa quá hạn: chỉ yêu cầu giải trình việc đã quá hạn.");
    }

    /** The digest's section line: asked, and unanswered for some working days. */
    public String unexplainedLine(AgendaItem item, String askedBy, LocalDate askedOn, int workingDays, LocalDate today) {
        return "• " + Messages.itemText(item, today) + "\n  hỏi ngày " + Messages.date(askedOn) + " (" + escape(person(askedBy))
                + "), " + workingDays + " ngày làm việc chưa trả lời";
    }

    // ---- forecast -----------------------------------------------------------------------------------------

    /** The Monday summary's forecast lines, one per unit. */
    public String forecastHeading(LocalDate lastChance, LocalDate quarterEnd) {
        return "🔮 <b>Dự báo quá hạn cuối quý</b> (đến " + Messages.date(quarterEnd) + ") — nếu không xong trước "
                + Messages.date(lastChance);
    }

    public String forecastLine(String unit, int overdue, int dueThisWeek) {
        List<String> parts = new ArrayList<>();
        if (overdue > 0) {
            parts.add(overdue + " đang quá hạn");
        }
        if (dueThisWeek > 0) {
            parts.add(dueThisWeek + " đến hạn tuần này");
        }
        return "• " + escape(unitName(unit)) + ": " + (overdue + dueThisWeek) + " hạn (" + String.join(", ", parts) + ")";
    }

    public String forecastNone() {
        return "🔮 <b>Dự báo quá hạn cuối quý</b>: không có việc nào có nguy cơ quá hạn.";
    }

    /** The forecast as a message of its own (the web can show the same record). */
    public String forecast(QuarterForecast forecast) {
        if (forecast.isEmpty()) {
            return forecastNone();
        }
        StringBuilder html = new StringBuilder(forecastHeading(forecast.lastChance(), forecast.quarterEnd()));
        forecast.units().forEach(u -> html.append('\n').append(forecastLine(u.unit(), u.overdue().size(), u.dueThisWeek().size())));
        return html.toString();
    }

    // ---- leave and handover -------------------------------------------------------------------------------

    /** /nghiphep: who may receive the work, and how to answer. */
    public Reply leaveGuide(List<Officer> colleagues, List<Leave> current, Map<Long, String> names, LocalDate today) {
        StringBuilder html = new StringBuilder("🏖️ <b>Bàn giao việc khi nghỉ phép, đi học</b>\n"
                + "Trong thời gian vắng, người nhận thay sẽ nhận tin nhắc và báo xong việc của anh/chị; hết hạn, việc trở lại anh/chị.\n"
                + "Trả lời tin nhắn này theo mẫu: <b>số người nhận · từ ngày · đến ngày · lý do</b>\n"
                + "Ví dụ: <code>2 " + Messages.date(today.plusDays(2)) + " " + Messages.date(today.plusDays(11)) + " nghỉ phép</code>");
        Map<Integer, Long> numbered = new LinkedHashMap<>();
        int n = 0;
        for (Officer o : colleagues) {
            n++;
            numbered.put(n, o.id());
            html.append('\n').append(n).append(". ").append(escape(o.name()))
                    .append(o.units().isEmpty() ? " (" + escape(o.role().title()) + ")" : " (" + escape(names(o.units())) + ")");
        }
        if (colleagues.isEmpty()) {
            html.append("\nXã chưa có cán bộ nào khác trong danh sách để nhận thay.");
        }
        if (!current.isEmpty()) {
            html.append("\n\nĐã đăng ký:");
            current.forEach(l -> html.append("\n• ").append(leaveLine(l, names)));
        }
        return new Reply(html.toString(), List.of(), numbered);
    }

    public String leaveLine(Leave leave, Map<Long, String> names) {
        String status = switch (leave.status()) {
            case PENDING -> "chờ duyệt";
            case APPROVED -> "đã duyệt";
            case REFUSED -> "không duyệt";
        };
        return escape(names.getOrDefault(leave.officerId(), "?")) + " → " + escape(names.getOrDefault(leave.delegateId(), "?"))
                + ", " + Messages.date(leave.from()) + "–" + Messages.date(leave.to()) + " (" + status + ")";
    }

    public Reply leaveHowTo(String problem) {
        return new Reply("Chưa hiểu đề nghị: " + escape(problem) + "\nMẫu: <b>số người nhận · từ ngày · đến ngày · lý do</b>, "
                + "ví dụ <code>2 10/04/2024 19/04/2024 nghỉ phép</code>. Gõ /nghiphep để xem danh sách.");
    }

    public Reply leaveProblem(Handovers.Problem problem) {
        return new Reply(switch (problem) {
            case DATES_REVERSED -> "Ngày kết thúc phải sau ngày bắt đầu.";
            case ENDED -> "Khoảng thời gian này đã qua.";
            case TOO_LONG -> "Mỗi lần bàn giao tối đa " + Handovers.MAX_DAYS + " ngày; vắng lâu hơn xin Văn phòng bàn giao hẳn (/bangiao).";
            case SELF -> "Không thể tự bàn giao cho chính mình: chọn một đồng nghiệp.";
            case NOT_A_COLLEAGUE -> "Người nhận phải là cán bộ đang làm việc tại xã: chọn số trong danh sách /nghiphep.";
        });
    }

    public Reply leaveFiled(Leave leave, Officer delegate, int approvers) {
        return new Reply("🏖️ Đã gửi đề nghị bàn giao việc cho <b>" + escape(delegate.name()) + "</b> từ "
                + Messages.date(leave.from()) + " đến " + Messages.date(leave.to()) + ". "
                + (approvers > 0 ? "Chờ Chủ tịch hoặc Văn phòng duyệt."
                : "Chưa có Chủ tịch hay Văn phòng nào liên kết với bot: xin báo trực tiếp để được duyệt."));
    }

    /** To the chairman and the office, with the decision buttons. */
    public Reply leaveRequest(Leave leave, String officerName, String delegateName) {
        return new Reply("🏖️ <b>Đề nghị bàn giao việc</b>\n" + escape(officerName) + " xin bàn giao việc cho "
                + escape(delegateName) + " từ " + Messages.date(leave.from()) + " đến " + Messages.date(leave.to())
                + (leave.reason().isBlank() ? "" : " (" + escape(leave.reason()) + ")")
                + ".\nTrong thời gian này " + escape(delegateName) + " nhận tin nhắc và báo xong thay.",
                List.of(List.of(Button.of("✔️ Đồng ý", new CallbackData.ApproveLeave(leave.id())),
                        Button.of("✖️ Không đồng ý", new CallbackData.RefuseLeave(leave.id())))));
    }

    public Reply leaveDecided(Leave leave, boolean approved, String officerName, String delegateName, String deciderName) {
        return new Reply(approved
                ? "✅ " + escape(deciderName) + " đã duyệt bàn giao việc của " + escape(officerName) + " cho "
                + escape(delegateName) + " từ " + Messages.date(leave.from()) + " đến " + Messages.date(leave.to())
                + ": trong thời gian này " + escape(delegateName) + " nhận tin nhắc và báo xong thay."
                : "✖️ " + escape(deciderName) + " không duyệt bàn giao việc của " + escape(officerName) + " cho "
                + escape(delegateName) + " (" + Messages.date(leave.from()) + "–" + Messages.date(leave.to()) + ").");
    }

    public Reply leaveAlreadyDecided() {
        return new Reply("Đề nghị này đã được quyết định trước đó.");
    }

    public Reply chairmanOrOffice() {
        return new Reply("Chỉ Chủ tịch hoặc Văn phòng UBND xã duyệt bàn giao việc.");
    }

    public Reply ownLeave() {
        return new Reply("Không tự duyệt đề nghị của chính mình.");
    }

    /** /bangiao: the office's permanent handover, guided. */
    public Reply handOverGuide(List<Officer> members) {
        StringBuilder html = new StringBuilder("📦 <b>Bàn giao hẳn khi cán bộ chuyển công tác</b>\n"
                + "Các đơn vị phụ trách của người đi được chuyển hẳn cho người nhận. Trả lời tin nhắn này: "
                + "<b>số người đi · số người nhận</b>, ví dụ <code>3 5</code>.");
        Map<Integer, Long> numbered = new LinkedHashMap<>();
        int n = 0;
        for (Officer o : members) {
            n++;
            numbered.put(n, o.id());
            html.append('\n').append(n).append(". ").append(escape(o.name()))
                    .append(o.units().isEmpty() ? "" : " (" + escape(names(o.units())) + ")");
        }
        return new Reply(html.toString(), List.of(), numbered);
    }

    public Reply handedOver(String from, String to, List<String> movedUnits) {
        return new Reply(movedUnits.isEmpty() ? escape(from) + " không phụ trách đơn vị nào: không có gì để chuyển."
                : "📦 Đã chuyển hẳn " + escape(names(movedUnits)) + " của " + escape(from) + " cho " + escape(to)
                + ". Nếu " + escape(from) + " đã chuyển công tác, Văn phòng xóa tên khỏi danh sách cán bộ.");
    }

    public Reply handOverHowTo() {
        return new Reply("Mẫu: <b>số người đi · số người nhận</b> theo danh sách /bangiao, ví dụ <code>3 5</code>.");
    }

    public Reply handedToYou(String from, List<String> movedUnits) {
        return new Reply("📦 Từ nay anh/chị phụ trách thêm " + escape(names(movedUnits)) + " (bàn giao từ " + escape(from) + ").");
    }

    private String names(List<String> codes) {
        return String.join(", ", codes.stream().map(this::unitName).distinct().toList());
    }

    private String lead(AgendaItem item) {
        return item.leadUnits().isEmpty() ? "chưa rõ" : unitName(item.leadUnits().get(0));
    }

    /** "telegram:123 Đinh Văn Chủ" → "Đinh Văn Chủ". */
    static String person(String actor) {
        return Optional.ofNullable(actor).map(a -> a.startsWith("telegram:") && a.indexOf(' ') > 0 ? a.substring(a.indexOf(' ') + 1) : a)
                .orElse("");
    }
}
