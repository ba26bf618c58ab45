package vn.nhacviec.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Renders a {@link WebRefusal} as the error page with its status; nothing was changed. The page is rendered
 * here, not by the views filter, which leaves error responses alone.
 */
@Singleton
class WebRefusalHandler implements ExceptionHandler<WebRefusal, HttpResponse<?>> {

    private final ViewsRendererLocator renderers;

    WebRefusalHandler(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public HttpResponse<?> handle(HttpRequest request, WebRefusal refusal) {
        Chrome chrome = Chrome.of((WebSession) request.getAttribute(AccessFilter.SESSION_ATTRIBUTE, WebSession.class).orElse(null),
                "Không thực hiện được", request.getPath());
        Map<String, Object> model = Map.of("chrome", chrome, "message", refusal.getMessage());
        ViewsRenderer renderer = renderers.resolveViewsRenderer("error", MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("no renderer for the error page"));
        return HttpResponse.status(refusal.status()).contentType(MediaType.TEXT_HTML_TYPE)
                .body(renderer.render("error", model, request));
    }
}
