package vn.nhacviec.web.office;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.bot.PlanUploads;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebRefusal;
import vn.nhacviec.web.WebSession;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "/van-phong": the office's tools for its own commune — the roster (add, import a file, remove, a new
 * invite, the printable sheet of invites with QR codes), who the bot cannot reach and why, and the
 * quarterly workbook. For the office and the chairman (who load plans and rosters in the bot too).
 */
@Controller("/van-phong")
@ExecuteOn(TaskExecutors.BLOCKING)
class OfficeController {

    private final WebAccess access;
    private final Roster roster;
    private final QuarterlyReports reports;
    private final Clock clock;
    private final PlanUploads plans;

    OfficeController(WebAccess access, Roster roster, QuarterlyReports reports, Clock clock, PlanUploads plans) {
        this.plans = plans;
        this.access = access;
        this.roster = roster;
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    ModelAndView<?> page(WebSession session) {
        return view(session, List.of(), List.of(), "");
    }

    @Post(value = "/can-bo", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> add(WebSession session, @Body Map<String, String> form) {
        Visitor.Officer office = office(session);
        Role role = Role.parse(form.getOrDefault("chucVu", "")).orElse(Role.OFFICER);
        String name = form.getOrDefault("hoTen", "").strip();
        if (name.isEmpty()) {
            return view(session, List.of(), List.of("Chưa nhập họ và tên."), "");
        }
        try {
            RosterPage.Invite invite = roster.add(office.commune(), office.role(), name, form.get("boPhan"), role, who(office));
            return view(session, List.of(invite), List.of(), "Đã thêm " + invite.name() + ". Hãy trao mã mời bên dưới.");
        } catch (RosterException e) {
            return view(session, List.of(), List.of(e.getMessage()), "");
        }
    }

    @Post(value = "/nhap-danh-sach", consumes = MediaType.MULTIPART_FORM_DATA)
    ModelAndView<?> importRoster(WebSession session, @Nullable CompletedFileUpload file) throws IOException {
        Visitor.Officer office = office(session);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return view(session, List.of(), List.of("Chưa chọn tệp danh sách."), "");
        }
        if (file.getSize() > RosterFile.MAX_BYTES) {
            return view(session, List.of(), List.of("Tệp lớn hơn " + RosterFile.MAX_BYTES / 1048576 + " MB."), "");
        }
        Roster.Imported imported = roster.importFile(office.commune(), office.communeId(), office.role(), file.getFilename(),
                file.getBytes(), who(office));
        return view(session, imported.invites(), imported.problems(),
                "Đã thêm " + imported.invites().size() + " cán bộ từ tệp " + file.getFilename() + ".");
    }

    @Post(value = "/ke-hoach", consumes = MediaType.MULTIPART_FORM_DATA)
    ModelAndView<?> sendPlan(WebSession session, @Nullable CompletedFileUpload file) throws IOException {
        Visitor.Officer office = office(session);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return plan(session, new PlanPreviewPage(0, List.of(), "Chưa chọn tệp kế hoạch."));
        }
        PlanUploads.Preview preview = plans.preview(uploader(office), file.getFilename(), file.getBytes(), now());
        if (preview instanceof PlanUploads.Preview.Ready ready) {
            return plan(session, new PlanPreviewPage(ready.uploadId(), ready.parts().stream().map(Reply::html).toList(), ""));
        }
        return plan(session, new PlanPreviewPage(0, List.of(), ((PlanUploads.Preview.Refused) preview).reason().html()));
    }

    @Post(value = "/ke-hoach/{uploadId}/nhap", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> confirmPlan(WebSession session, @PathVariable long uploadId) {
        Visitor.Officer office = office(session);
        return plan(session, new PlanPreviewPage(0, List.of(), plans.confirm(uploader(office), uploadId, now()).html()));
    }

    @Post(value = "/ke-hoach/{uploadId}/huy", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> cancelPlan(WebSession session, @PathVariable long uploadId) {
        Visitor.Officer office = office(session);
        return plan(session, new PlanPreviewPage(0, List.of(), plans.cancel(uploader(office), uploadId, now()).html()));
    }

    private ModelAndView<?> plan(WebSession session, PlanPreviewPage page) {
        return new ModelAndView<>("office/plan", Map.of("chrome", Chrome.of(session, "Nạp kế hoạch", "/van-phong"),
                "page", page));
    }

    private static PlanUploads.Uploader uploader(Visitor.Officer office) {
        return new PlanUploads.Uploader(office.actor().officerId(), office.communeId(), office.commune(), office.role(),
                who(office));
    }

    private java.time.ZonedDateTime now() {
        return clock.instant().atZone(clock.getZone());
    }

    @Post(value = "/can-bo/{officerId}/moi", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> reinvite(WebSession session, @PathVariable long officerId) {
        Visitor.Officer office = office(session);
        requireOnRoster(office, officerId);
        RosterPage.Invite invite = roster.reinvite(office.commune(), officerId, who(office));
        return view(session, List.of(invite), List.of(), "Mã mời mới cho " + invite.name() + ".");
    }

    @Post(value = "/can-bo/{officerId}/xoa", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> remove(WebSession session, @PathVariable long officerId) {
        Visitor.Officer office = office(session);
        requireOnRoster(office, officerId);
        if (officerId == office.actor().officerId()) {
            return view(session, List.of(), List.of("Không thể tự xóa mình khỏi danh sách."), "");
        }
        Officer removed = roster.remove(office.commune(), officerId, who(office));
        return view(session, List.of(), List.of(), "Đã xóa " + removed.name() + " khỏi danh sách; tài khoản Telegram của "
                + "người này không dùng bot được nữa.");
    }

    /** The printable sheet: a fresh invite with its QR code for every officer not linked yet. */
    @Post(value = "/phieu-moi", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> inviteSheet(WebSession session) {
        Visitor.Officer office = office(session);
        List<RosterPage.Invite> invites = roster.invitesForUnlinked(office.commune(), office.communeId(), who(office));
        return new ModelAndView<>("office/sheet", Map.of("chrome", Chrome.of(session, "Phiếu mời", "/van-phong"),
                "commune", office.commune(), "invites", invites));
    }

    @Get("/bao-cao")
    HttpResponse<?> workbook(WebSession session, @QueryValue int quy, @QueryValue int nam) {
        Visitor.Officer office = office(session);
        if (quy < 1 || quy > 4 || nam < 2000 || nam > 2100) {
            throw new WebRefusal(io.micronaut.http.HttpStatus.BAD_REQUEST, "Quý phải từ 1 đến 4 và năm có bốn chữ số.");
        }
        QuarterlyReport report = reports.report(office.commune(), quy, nam);
        return HttpResponse.ok(report.bytes())
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\""
                        + QuarterlyReport.defaultFileName(report.commune(), quy, nam) + "\"");
    }

    private Visitor.Officer office(WebSession session) {
        Visitor.Officer officer = access.officer(session);
        if (!officer.role().loadsPlans()) {
            throw WebRefusal.forbidden("Công cụ văn phòng dành cho Văn phòng – Thống kê và Chủ tịch.");
        }
        return officer;
    }

    private void requireOnRoster(Visitor.Officer office, long officerId) {
        if (!roster.onRoster(office.communeId(), officerId)) {
            throw WebRefusal.notFound();
        }
    }

    private ModelAndView<?> view(WebSession session, List<RosterPage.Invite> invites, List<String> problems, String notice) {
        Visitor.Officer office = office(session);
        LocalDate today = clock.instant().atZone(clock.getZone()).toLocalDate();
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", Chrome.of(session, "Văn phòng", "/van-phong"));
        model.put("page", new RosterPage(office.commune(), roster.members(office.communeId()), invites,
                roster.roles(office.role()), problems, notice, today.getYear(), (today.getMonthValue() + 2) / 3));
        return new ModelAndView<>("office/page", model);
    }

    private static String who(Visitor.Officer officer) {
        return "web:" + officer.actor().officerId() + " " + officer.name();
    }
}
