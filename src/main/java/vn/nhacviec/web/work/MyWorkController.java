package vn.nhacviec.web.work;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess.Action;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebRefusal;
import vn.nhacviec.web.WebSession;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * "/viec": the officer's items as the bot's /viec lists them, with done, snooze and extension buttons that
 * run the bot's own operations ({@link OfficerWork}). An htmx press gets the task's card back; a plain
 * form post comes back to the page.
 */
@Controller("/viec")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyWorkController {

    private final WebAccess access;
    private final OfficerWork work;
    private final WorkCards cards;
    private final LeaderNotice leaders;
    private final Clock clock;

    MyWorkController(WebAccess access, OfficerWork work, WorkCards cards, LeaderNotice leaders, Clock clock) {
        this.access = access;
        this.work = work;
        this.cards = cards;
        this.leaders = leaders;
        this.clock = clock;
    }

    @Get
    ModelAndView<?> page(WebSession session, @Nullable String tb) {
        Visitor.Officer officer = access.officer(session);
        return new ModelAndView<>("work/page", Map.of("chrome", Chrome.of(session, "Việc của tôi", "/viec"),
                "page", cards.page(officer.actor(), now().toLocalDate(), tb == null ? "" : tb)));
    }

    @Post(value = "/{deadlineId}/xong", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> done(WebSession session, HttpRequest<?> request, @PathVariable long deadlineId,
                         @Body Map<String, String> form) {
        AgendaItem item = allowed(session, deadlineId, Action.COMPLETE);
        ZonedDateTime now = now();
        boolean done = work.complete(item, form.getOrDefault("ghiChu", ""), who(session), "web", now.toInstant());
        return answer(session, request, item, done ? "✅ Đã ghi nhận hoàn thành " + item.code() + "."
                : "Việc " + item.code() + " đã được đánh dấu xong trước đó.");
    }

    @Post(value = "/{deadlineId}/hoan", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> snooze(WebSession session, HttpRequest<?> request, @PathVariable long deadlineId,
                           @Body Map<String, String> form) {
        AgendaItem item = allowed(session, deadlineId, Action.SNOOZE);
        LocalDate until = work.snooze(access.officer(session).actor(), item, now().toLocalDate(), who(session), "web");
        return answer(session, request, item, "⏰ Sẽ nhắc lại việc " + item.code() + " từ ngày " + WorkCards.DATE.format(until) + ".");
    }

    @Post(value = "/{deadlineId}/gia-han", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> extension(WebSession session, HttpRequest<?> request, @PathVariable long deadlineId,
                              @Body Map<String, String> form) {
        AgendaItem item = allowed(session, deadlineId, Action.ASK_EXTENSION);
        Visitor.Officer officer = access.officer(session);
        ZonedDateTime now = now();
        LocalDate requested = DateField.parse(form.get("ngayMoi")).orElse(null);
        OfficerWork.ExtensionAsk asked = work.askExtension(officer.actor(), item, requested, now.toLocalDate(), now.toInstant());
        String notice;
        if (asked instanceof OfficerWork.ExtensionAsk.Filed filed) {
            leaders.extensionAsked(filed.requestId(), item, officer.actor().officerId(), officer.name(), filed.requested());
            notice = "📅 Đã gửi đề nghị gia hạn " + item.code() + " đến ngày " + WorkCards.DATE.format(filed.requested())
                    + " để Chủ tịch, Phó Chủ tịch xem xét.";
        } else if (asked instanceof OfficerWork.ExtensionAsk.Waiting) {
            notice = "Việc " + item.code() + " đang có một đề nghị gia hạn chờ duyệt.";
        } else {
            notice = "Ngày xin gia hạn phải sau hôm nay và sau hạn hiện tại"
                    + (item.due() == null ? "" : " (" + WorkCards.DATE.format(item.due()) + ")") + ". Ví dụ: "
                    + WorkCards.DATE.format(now.toLocalDate().plusDays(14)) + ".";
        }
        return answer(session, request, item, notice);
    }

    private AgendaItem allowed(WebSession session, long deadlineId, Action action) {
        Visitor.Officer officer = access.officer(session);
        AgendaItem item = work.allowed(officer.actor(), deadlineId, Action.SEE).orElseThrow(WebRefusal::notFound);
        access.deadline(session, action, item);
        return item;
    }

    /** htmx: the task's card again (or the notice alone once nothing of it is open); else back to the page. */
    private HttpResponse<?> answer(WebSession session, HttpRequest<?> request, AgendaItem item, String notice) {
        if (request.getHeaders().get("HX-Request") == null) {
            return HttpResponse.seeOther(URI.create("/viec?tb=" + URLEncoder.encode(notice, StandardCharsets.UTF_8)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", Chrome.of(session, "Việc của tôi", "/viec"));
        model.put("notice", notice);
        model.put("code", item.taskCode());
        model.put("card", cards.card(access.officer(session).actor(), item.taskCode(), now().toLocalDate()).orElse(null));
        return HttpResponse.ok(new ModelAndView<>("work/card", model));
    }

    private static String who(WebSession session) {
        Visitor.Officer officer = session.officer().orElseThrow();
        return "web:" + officer.actor().officerId() + " " + officer.name();
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(clock.getZone());
    }
}
