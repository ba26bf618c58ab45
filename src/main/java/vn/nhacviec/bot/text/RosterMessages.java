package vn.nhacviec.bot.text;

import static vn.nhacviec.bot.text.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterCheck;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;

/**
 * What the bot says about a roster file sent by the office: the preview (who will be added, who is
 * already listed, which lines are refused and why) and, once confirmed, each new officer's invite
 * to pass on. Pure; long lists are cut at line boundaries.
 */
public final class RosterMessages {

    /** A line the file could not give (bad role, empty name…), already in Vietnamese. */
    public record LineProblem(int lineNumber, String reason) {
    }

    /** An officer added, with the invite to hand over; {@code deepLink} once the bot's name is known. */
    public record Invited(String name, Role role, List<String> unitCodes, String inviteCode, Optional<String> deepLink) {
    }

    private final UnitCatalog units;
    private final MessageSplitter splitter;

    public RosterMessages(UnitCatalog units) {
        this(units, new MessageSplitter());
    }

    public RosterMessages(UnitCatalog units, MessageSplitter splitter) {
        this.units = Objects.requireNonNull(units, "units");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
    }

    /** The preview, without buttons: the caller adds them when there is someone to add. */
    public List<Reply> preview(String fileName, String communeName, List<RosterCheck.Verdict> verdicts,
                               List<LineProblem> problems) {
        List<String> add = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (RosterCheck.Verdict verdict : verdicts) {
            if (verdict instanceof RosterCheck.Add a) {
                add.add("• " + escape(a.line().name()) + " — " + escape(place(a.line().role(), a.unitCodes())));
            } else if (verdict instanceof RosterCheck.AlreadyListed l) {
                listed.add("• " + escape(l.line().name()));
            } else if (verdict instanceof RosterCheck.Refused r) {
                refused.add("• Dòng " + r.line().lineNumber() + ": " + escape(r.reason()));
            }
        }
        problems.forEach(p -> refused.add("• " + (p.lineNumber() > 0 ? "Dòng " + p.lineNumber() + ": " : "") + escape(p.reason())));
        String header = "👥 <b>Xem trước danh sách cán bộ</b> — tệp " + escape(UploadMessages.quoted(fileName)) + "\n"
                + escape(Messages.commune(communeName)) + ": <b>" + add.size() + " cán bộ sẽ được thêm</b>";
        List<Listing.Section> sections = new ArrayList<>();
        sections.add(section("<b>Sẽ thêm</b>", add));
        sections.add(section("<b>Đã có trong danh sách, bỏ qua (" + listed.size() + ")</b>", listed));
        sections.add(section("⚠️ <b>Dòng không nhập được (" + refused.size() + ")</b>", refused));
        String footer = add.isEmpty()
                ? "Không có cán bộ mới để thêm; bot chưa lưu gì. Đồng chí sửa tệp rồi gửi lại."
                : "Bấm <b>✅ Nhập danh sách</b> để thêm và nhận mã mời của từng người, hoặc <b>❌ Hủy</b> "
                        + "(nút có hiệu lực trong " + UploadMessages.PREVIEW_HOURS + " giờ).";
        return splitter.split(new Listing(header, "👥 <b>Xem trước danh sách cán bộ</b> (tiếp)",
                sections.stream().filter(s -> !s.entries().isEmpty()).toList(), footer));
    }

    /** The outcome: every new officer's invite, then whatever could not be added. */
    public List<Reply> imported(String communeName, List<Invited> invited, List<String> failed) {
        String header = "✅ Đã thêm <b>" + invited.size() + " cán bộ</b> vào " + escape(Messages.commune(communeName)) + ".\n"
                + "Đồng chí chuyển cho từng người mã mời của mình (dùng một lần, hết hạn sau 7 ngày): "
                + "họ mở bot và gửi đúng dòng /start MÃ, hoặc bấm đường dẫn.";
        List<String> lines = invited.stream().map(i -> "• <b>" + escape(i.name()) + "</b> ("
                + escape(place(i.role(), i.unitCodes())) + "): /start " + escape(i.inviteCode())
                + i.deepLink().map(link -> "\n  " + escape(link)).orElse("")).toList();
        List<Listing.Section> sections = new ArrayList<>();
        sections.add(section(null, lines));
        if (!failed.isEmpty()) {
            sections.add(section("⚠️ <b>Chưa thêm được (" + failed.size() + ")</b>",
                    failed.stream().map(f -> "• " + escape(f)).toList()));
        }
        return splitter.split(new Listing(header, "👥 <b>Mã mời</b> (tiếp)",
                sections.stream().filter(s -> !s.entries().isEmpty()).toList(), null));
    }

    private String place(Role role, List<String> unitCodes) {
        List<String> names = new ArrayList<>();
        if (role != Role.OFFICER) {
            names.add(role.title());
        }
        unitCodes.stream().map(c -> units.byCode(c).map(Unit::name).orElse(c)).forEach(names::add);
        return String.join(", ", names.stream().distinct().toList());
    }

    private static Listing.Section section(String heading, List<String> html) {
        return new Listing.Section(heading, heading == null ? null : heading + " (tiếp)",
                html.stream().map(l -> new Listing.Entry(l, List.of(), 0, 0)).toList());
    }
}
