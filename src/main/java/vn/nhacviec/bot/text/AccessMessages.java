package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.directory.Role;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

import java.util.List;

import static vn.nhacviec.bot.text.Html.escape;

/**
 * What the bot says when the access rule, a group chat or the roster's role rule says no, and the
 * notices the rule sends (a link moved away, a leader to confirm or announced).
 */
public final class AccessMessages {

    /** {@code /start CODE} or anything else written in a group: linking and personal messages are private. */
    public Reply groupChat() {
        return new Reply("Bot chỉ làm việc trong tin nhắn riêng. Đồng chí mở trò chuyện riêng với bot rồi gửi "
                + "/start MÃ_MỜI ở đó; không gửi mã mời vào nhóm.");
    }

    /** To the Telegram account that was linked before someone used the officer's code on another account. */
    public Reply linkMovedAway(String officerName) {
        return new Reply("Tài khoản Telegram này không còn liên kết với đồng chí <b>" + escape(officerName)
                + "</b>: mã mời của đồng chí vừa được dùng trên một tài khoản Telegram khác. Nếu không phải "
                + "đồng chí làm, đồng chí báo ngay Văn phòng – Thống kê UBND xã để xin mã mới.");
    }

    public Reply ownExtensionRequest() {
        return new Reply("Đồng chí không tự duyệt đề nghị gia hạn của chính mình; Chủ tịch hoặc Phó Chủ tịch khác "
                + "sẽ quyết định.");
    }

    /** An extension asked or decided for a deadline that is done or cancelled. */
    public Reply notOpen(AgendaItem item) {
        return new Reply("Việc #" + item.taskCode() + " không còn mở nên không gia hạn được.");
    }

    /** A second reply with a date while a request for the same deadline waits. */
    public Reply extensionWaiting(AgendaItem item) {
        return new Reply("Đề nghị gia hạn việc #" + item.taskCode() + " đang chờ Chủ tịch, Phó Chủ tịch UBND xã "
                + "quyết định; bot không gửi thêm đề nghị.");
    }

    // ---------------------------------------------------------------- leader roles

    /** To the chairman: the office listed someone as a leader; only the chairman grants it. */
    public Reply confirmLeader(long grantId, String name, Role role, String askedBy) {
        return new Reply("Văn phòng (" + escape(askedBy) + ") đề nghị thêm <b>" + escape(name) + "</b> với chức vụ <b>"
                + escape(role.title()) + "</b>. Chỉ đồng chí Chủ tịch xác nhận được quyền lãnh đạo. Khi xác nhận, "
                + "bot gửi mã mời cho đồng chí để trao tận tay.",
                List.of(List.of(Button.of("✅ Xác nhận " + role.title(), new CallbackData.GrantRole(grantId)),
                        Button.of("❌ Không", new CallbackData.DenyRole(grantId)))));
    }

    /** To the office after the import: these people wait for the chairman; no code comes back to the office. */
    public Reply leadersAwaitChairman(List<String> names) {
        return new Reply("Chờ Chủ tịch xác nhận chức vụ lãnh đạo (tạm thêm là cán bộ, chưa cấp mã mời): "
                + escape(String.join(", ", names)) + ".");
    }

    public Reply chairmanOnly() {
        return new Reply("Chỉ Chủ tịch UBND xã xác nhận được chức vụ lãnh đạo.");
    }

    /** To the chairman after confirming: the code to hand over in person. */
    public Reply leaderConfirmed(String name, Role role, String inviteCode, String deepLink) {
        return new Reply("Đã xác nhận <b>" + escape(name) + "</b> là " + escape(role.title()) + ". Mã mời (trao tận tay, "
                + "dùng một lần, 7 ngày): <code>/start " + escape(inviteCode) + "</code>"
                + (deepLink == null ? "" : "\n" + escape(deepLink)));
    }

    /** To the office that listed the leader: decided; the code went to the chairman. */
    public Reply leaderGrantedForOffice(String name, Role role) {
        return new Reply("Chủ tịch đã xác nhận <b>" + escape(name) + "</b> là " + escape(role.title())
                + ". Mã mời do Chủ tịch trao tận tay.");
    }

    public Reply leaderRefused(String name) {
        return new Reply("Đã không xác nhận; <b>" + escape(name) + "</b> được gỡ khỏi danh sách.");
    }

    /** To every chairman of the commune whenever someone becomes a leader. */
    public Reply leaderAnnounced(String name, Role role, String by) {
        return new Reply("🔔 <b>" + escape(name) + "</b> vừa được cấp quyền " + escape(role.title())
                + " (bởi " + escape(by) + "). Nếu đồng chí không biết việc này, đồng chí báo ngay quản trị hệ thống.");
    }

    public Reply grantAlreadyDecided() {
        return new Reply("Đề nghị này đã được xử lý trước đó.");
    }
}
