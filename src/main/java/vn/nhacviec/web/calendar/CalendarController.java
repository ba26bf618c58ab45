package vn.nhacviec.web.calendar;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.calendar.CalendarFeed;
import vn.nhacviec.calendar.store.CalendarFeedStore;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebProperties;
import vn.nhacviec.web.WebSession;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * "/lich": an officer makes (or remakes) and revokes the secret address of their deadline calendar;
 * "/lich-han/{secret}.ics" (public: a phone's calendar has no session) serves it, 404 once revoked.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    static final String FEED_PATH = "/lich-han/";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final WebAccess access;
    private final CalendarFeedStore feeds;
    private final OfficerWork work;
    private final RosterStore roster;
    private final WebProperties web;
    private final Clock clock;

    CalendarController(WebAccess access, CalendarFeedStore feeds, OfficerWork work, RosterStore roster, WebProperties web,
                       Clock clock) {
        this.access = access;
        this.feeds = feeds;
        this.work = work;
        this.roster = roster;
        this.web = web;
        this.clock = clock;
    }

    @Get("/lich")
    ModelAndView<?> page(WebSession session) {
        return view(session, "", "");
    }

    @Post(value = "/lich/tao", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> create(WebSession session) {
        Visitor.Officer officer = access.officer(session);
        String token = feeds.renew(officer.actor().officerId(), officer.communeId(), who(officer), clock.instant());
        return view(session, token, "Đã tạo địa chỉ lịch mới. Địa chỉ cũ (nếu có) không còn dùng được.");
    }

    @Post(value = "/lich/thu-hoi", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> revoke(WebSession session) {
        Visitor.Officer officer = access.officer(session);
        boolean revoked = feeds.revoke(officer.actor().officerId(), officer.communeId(), who(officer), clock.instant());
        return view(session, "", revoked ? "Đã thu hồi địa chỉ lịch: lịch trên điện thoại sẽ không cập nhật nữa."
                : "Chưa có địa chỉ lịch nào để thu hồi.");
    }

    @Get(FEED_PATH + "{file}")
    HttpResponse<?> feed(@PathVariable String file) {
        String token = file.endsWith(".ics") ? file.substring(0, file.length() - 4) : file;
        Optional<CalendarFeedStore.Feed> feed = feeds.byToken(token);
        Optional<Officer> officer = feed.flatMap(f -> roster.members(f.communeId()).stream()
                .map(RosterStore.LinkedOrNot::officer).filter(o -> o.id() == f.officerId()).findFirst());
        if (officer.isEmpty()) {
            return HttpResponse.notFound("Không tìm thấy lịch này (địa chỉ đã bị thu hồi hoặc không đúng).")
                    .contentType(MediaType.TEXT_PLAIN_TYPE.toString() + ";charset=utf-8");
        }
        Actor actor = Actor.of(officer.get(), feed.get().communeId());
        String body = CalendarFeed.of("Hạn việc – " + officer.get().name(), work.ownOpen(actor), clock.instant(),
                clock.getZone(), web.link("/").getHost(), web.getBaseUrl() + "/xa/" + actor.communeId() + "/nhiem-vu/%d");
        return HttpResponse.ok(body).contentType("text/calendar; charset=utf-8")
                .header("Cache-Control", "private, max-age=900");
    }

    private ModelAndView<?> view(WebSession session, String token, String notice) {
        Visitor.Officer officer = access.officer(session);
        String since = feeds.live(officer.actor().officerId())
                .map(f -> AT.format(f.createdAt().atZone(clock.getZone()))).orElse("");
        String address = token.isEmpty() ? "" : web.getBaseUrl() + FEED_PATH + token + ".ics";
        String webcal = address.replaceFirst("^https?://", "webcal://");
        return new ModelAndView<>("calendar/page", Map.of("chrome", Chrome.of(session, "Lịch hạn", "/lich"),
                "page", new CalendarPage(since, address, webcal, notice)));
    }

    private static String who(Visitor.Officer officer) {
        return "web:" + officer.actor().officerId() + " " + officer.name();
    }
}
