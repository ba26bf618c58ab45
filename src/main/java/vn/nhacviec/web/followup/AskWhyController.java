package vn.nhacviec.web.followup;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebRefusal;
import vn.nhacviec.web.WebSession;

import java.net.URI;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * "❓ Yêu cầu giải trình" from the dashboard's overdue list: the chairman or a vice-chairman asks why an
 * overdue item is late (the bot's rule, {@code DeadlineAccess.refusalToAskWhy}); the question goes to the
 * responsible officers' chats through the outbox. htmx gets the item's new state back; a plain post returns
 * to the dashboard.
 */
@Controller("/xa/{communeId}/giai-trinh")
@ExecuteOn(TaskExecutors.BLOCKING)
class AskWhyController {

    private final WebAccess access;
    private final AgendaStore agenda;
    private final Explanations explanations;
    private final QuestionNotice notice;
    private final Clock clock;

    AskWhyController(WebAccess access, AgendaStore agenda, Explanations explanations, QuestionNotice notice, Clock clock) {
        this.access = access;
        this.agenda = agenda;
        this.explanations = explanations;
        this.notice = notice;
        this.clock = clock;
    }

    @Post("/{deadlineId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ask(WebSession session, HttpRequest<?> request, @PathVariable long communeId, @PathVariable long deadlineId) {
        Visitor.Officer officer = access.officer(session);
        AgendaItem item = agenda.item(deadlineId).filter(i -> i.communeId() == communeId && officer.communeId() == communeId)
                .orElseThrow(WebRefusal::notFound);
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        access.askWhy(session, item, now.toLocalDate());
        String who = "web:" + officer.actor().officerId() + " " + officer.name();
        Explanations.Asking asking = explanations.ask(officer.actor(), deadlineId, who, now.toInstant(), now.toLocalDate());
        String said;
        if (asking instanceof Explanations.Asking.Asked asked) {
            List<String> unreachable = notice.deliver(asked, officer.name(), officer.role().title(), now.toLocalDate());
            said = asked.officers().isEmpty() ? "Đã ghi yêu cầu; bộ phận chưa có cán bộ nào trong danh sách."
                    : unreachable.isEmpty() ? "Đã gửi yêu cầu giải trình."
                    : "Đã gửi yêu cầu; chưa liên kết Telegram: " + String.join(", ", unreachable) + ".";
        } else if (asking instanceof Explanations.Asking.AlreadyWaiting) {
            said = "Đã hỏi trước đó, đang chờ trả lời.";
        } else if (asking instanceof Explanations.Asking.Refused) {
            throw WebRefusal.forbidden("Việc này không còn quá hạn."); // changed since the check above
        } else {
            throw WebRefusal.notFound();
        }
        if (request.getHeaders().get("HX-Request") == null) {
            return HttpResponse.seeOther(URI.create("/xa/" + communeId + "#qua-han"));
        }
        return HttpResponse.ok(new ModelAndView<>("followup/asked", Map.of("deadlineId", deadlineId, "said", said)));
    }
}
