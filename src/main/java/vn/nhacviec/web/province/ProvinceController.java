package vn.nhacviec.web.province;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Visitor;
import vn.nhacviec.web.WebAccess;
import vn.nhacviec.web.WebSession;

import java.util.Map;

/** The province console: read-only, for the province's staff. */
@Controller("/tinh")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProvinceController {

    private final WebAccess access;
    private final ProvinceConsoles consoles;

    ProvinceController(WebAccess access, ProvinceConsoles consoles) {
        this.access = access;
        this.consoles = consoles;
    }

    @Get
    ModelAndView<Map<String, Object>> console(WebSession session, @Nullable @QueryValue("sap-xep") String sort,
                                              HttpRequest<?> request) {
        Visitor.ProvinceStaff staff = access.provinceStaff(session);
        ProvinceOverview page = consoles.of(staff.province(), staff.provinceKey(), sort);
        return new ModelAndView<>("province/console", Map.of(
                "chrome", Chrome.of(session, "Các xã của tỉnh " + staff.province(), request.getPath()), "page", page));
    }
}
