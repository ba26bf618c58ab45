package vn.nhacviec.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.Map;

/** "/": each visitor's first page — the province console, the commune dashboard, or the officer's start page. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    @Get
    HttpResponse<?> home(WebSession session) {
        if (session.visitor() instanceof Visitor.ProvinceStaff) {
            return HttpResponse.seeOther(URI.create("/tinh"));
        }
        Visitor.Officer officer = (Visitor.Officer) session.visitor();
        if (officer.seesDashboard()) {
            return HttpResponse.seeOther(URI.create("/xa/" + officer.communeId()));
        }
        return HttpResponse.ok(new ModelAndView<>("home", Map.of("chrome", Chrome.of(session, "Nhắc việc", "/"))));
    }
}
