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

import java.util.Map;

/** The commune dashboard: its leaders and office, or the province's staff (read-only). */
@Controller("/xa")
@ExecuteOn(TaskExecutors.BLOCKING)
class DashboardController {

    private final WebAccess access;
    private final CommuneDashboards dashboards;

    DashboardController(WebAccess access, CommuneDashboards dashboards) {
        this.access = access;
        this.dashboards = dashboards;
    }

    @Get("/{communeId}")
    ModelAndView<Map<String, Object>> dashboard(@PathVariable long communeId, WebSession session, HttpRequest<?> request) {
        access.readCommune(session, communeId);
        CommuneDashboard page = dashboards.of(communeId, session.provinceStaff().isPresent());
        return new ModelAndView<>("dashboard/commune", Map.of(
                "chrome", Chrome.of(session, "Tổng quan xã " + page.commune(), request.getPath()), "page", page));
    }
}
