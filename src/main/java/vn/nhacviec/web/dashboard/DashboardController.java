package vn.nhacviec.web.dashboard;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebSession;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** The commune dashboard: its leaders and office, or the province's staff (read-only). */
@Controller("/xa")
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private final WebAccess access;
    private final CommuneDashboards dashboards;
    private final DashboardFollowUps followUps;
    private final Clock clock;

    DashboardController(WebAccess access, CommuneDashboards dashboards, DashboardFollowUps followUps, Clock clock) {
        this.access = access;
        this.dashboards = dashboards;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Get("/{communeId}")
    ModelAndView<Map<String, Object>> dashboard(@PathVariable long communeId, WebSession session, HttpRequest<?> request) {
        access.readCommune(session, communeId);
        CommuneDashboard page = dashboards.of(communeId, session.provinceStaff().isPresent());
        return new ModelAndView<>("dashboard/commune", Map.of(
                "chrome", Chrome.of(session, "Tổng quan xã " + page.commune(), request.getPath()), "page", page,
                "follow", followUps.of(session, communeId, LocalDate.now(clock))));
    }
}
