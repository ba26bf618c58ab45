package vn.nhacviec.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.Map;

/** Renders a {@link WebRefusal} as the error page with its status; nothing was changed. */
@Singleton
class WebRefusalHandler implements ExceptionHandler<WebRefusal, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, WebRefusal refusal) {
        Chrome chrome = Chrome.of(request.getAttribute(AccessFilter.SESSION_ATTRIBUTE, WebSession.class).orElse(null),
                "Không thực hiện được", request.getPath());
        return HttpResponse.status(refusal.status()).body(new ModelAndView<>("error",
                Map.of("chrome", chrome, "message", refusal.getMessage())));
    }
}
