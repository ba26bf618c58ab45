package vn.nhacviec.web;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.web.store.ProvinceStore;

import java.time.LocalDate;

/**
 * The access checks every page and action goes through before it reads or changes anything. Deadlines
 * are judged by the bot's own rule ({@link DeadlineAccess}); whole-commune pages by who leads the commune
 * and, read-only, by the province the commune belongs to. Another commune answers 404: nothing is told.
 */
@Singleton
public class WebAccess {

    private final DeadlineAccess deadlines;
    private final ProvinceStore province;

    WebAccess(DeadlineAccess deadlines, ProvinceStore province) {
        this.deadlines = deadlines;
        this.province = province;
    }

    /** The signed-in officer; province staff are refused (they only read). */
    public Visitor.Officer officer(WebSession session) {
        return session.officer().orElseThrow(() -> WebRefusal.forbidden(
                "Trang này dành cho cán bộ của xã. Tài khoản của tỉnh chỉ xem số liệu."));
    }

    /** The signed-in province staff member; anyone else is refused. */
    public Visitor.ProvinceStaff provinceStaff(WebSession session) {
        return session.provinceStaff().orElseThrow(() -> WebRefusal.forbidden("Trang này dành cho cán bộ của tỉnh."));
    }

    /**
     * May the visitor read the commune's whole-commune pages (dashboard, figures)? Its chairman,
     * vice-chairmen and office; the province's staff for the communes of their province.
     */
    public void readCommune(WebSession session, long communeId) {
        if (session.visitor() instanceof Visitor.Officer o) {
            if (o.communeId() != communeId) {
                throw WebRefusal.notFound();
            }
            if (!o.seesDashboard()) {
                throw WebRefusal.forbidden("Trang tổng quan dành cho Chủ tịch, Phó Chủ tịch và Văn phòng – Thống kê.");
            }
        } else if (!province.inProvince(communeId, ((Visitor.ProvinceStaff) session.visitor()).provinceKey())) {
            throw WebRefusal.notFound();
        }
    }

    /** May the signed-in officer do {@code action} on the deadline? The bot's rule, unchanged. */
    public void deadline(WebSession session, DeadlineAccess.Action action, AgendaItem item) {
        Visitor.Officer officer = officer(session);
        deadlines.refusal(officer.actor(), action, item).ifPresent(WebAccess::refuse);
    }

    /** May the signed-in officer ask why the item is late ("❓ Yêu cầu giải trình")? The bot's rule. */
    public void askWhy(WebSession session, AgendaItem item, LocalDate today) {
        deadlines.refusalToAskWhy(officer(session).actor(), item, today).ifPresent(WebAccess::refuse);
    }

    /** Whether the visitor may ask why: the dashboard shows the button only then. */
    public boolean mayAskWhy(WebSession session, AgendaItem item, LocalDate today) {
        return session.officer().map(o -> deadlines.refusalToAskWhy(o.actor(), item, today).isEmpty()).orElse(false);
    }

    private static void refuse(DeadlineAccess.Refusal refusal) {
        throw switch (refusal) {
            case OTHER_COMMUNE -> WebRefusal.notFound();
            case NOT_YOUR_UNIT -> WebRefusal.forbidden("Việc này không thuộc bộ phận của bạn.");
            case LEADERS_ONLY -> WebRefusal.forbidden("Chỉ Chủ tịch, Phó Chủ tịch được quyết định.");
            case OWN_REQUEST -> WebRefusal.forbidden("Bạn không thể tự duyệt đề nghị của mình.");
            case CLOSED -> WebRefusal.forbidden("Việc này đã đóng.");
            case NOT_OVERDUE -> WebRefusal.forbidden("Việc này chưa quá hạn.");
            case NOT_A_PART -> WebRefusal.forbidden("Việc này không có phần phối hợp của bộ phận bạn.");
            case CHAIRMAN_OR_OFFICE -> WebRefusal.forbidden("Chỉ Chủ tịch hoặc Văn phòng được duyệt.");
            case NOT_DONE -> WebRefusal.forbidden("Việc này chưa được báo xong.");
        };
    }
}
