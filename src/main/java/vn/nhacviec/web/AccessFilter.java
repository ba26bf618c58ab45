package vn.nhacviec.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.form.FormUrlEncodedDecoder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.core.order.Ordered;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every request to the pages passes here first: the session cookie is resolved to a {@link WebSession}
 * (put on the request for {@link WebSessionBinder}); a page without a session sends the browser to sign in;
 * a POST (or any other unsafe method) must carry the session's CSRF token — as the form field {@code _csrf},
 * the header {@code X-CSRF-Token} (htmx, see the layout's hx-headers) or, for multipart uploads, the query
 * parameter {@code _csrf} — or it is refused (403) before any controller runs. What a visitor may see or do
 * once signed in is decided by the controllers through {@link WebAccess}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class AccessFilter implements Ordered {

    static final String SESSION_ATTRIBUTE = "nhacviec.web.session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** The password form's token before any session exists (double submit: cookie and field must match). */
    static final String LOGIN_CSRF_COOKIE = "nhacviec_login_csrf";
    /** How long a form's body may take to arrive after its headers. */
    private static final Duration FORM_WAIT = Duration.ofSeconds(30);

    /** Paths anyone may open; everything else needs a session. Add a prefix here for a new public page. */
    static final List<String> PUBLIC = List.of("/static/", "/webjars/", "/dang-nhap", "/mini-app", "/health",
            "/telegram/", "/favicon.ico", "/demo/", "/lich-han/");

    private final Sessions sessions;
    private final FormUrlEncodedDecoder forms;

    AccessFilter(Sessions sessions, FormUrlEncodedDecoder forms) {
        this.sessions = sessions;
        this.forms = forms;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }

    /**
     * Synchronous on a worker thread on purpose: a filter whose future completes later with "proceed" (null),
     * as it does when a browser sends the form body in a later packet than the headers, ends in Micronaut
     * 4.10 as an empty 503. Waiting here for the small form body keeps every outcome decided before return.
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable HttpResponse<?> filter(HttpRequest<?> request) {
        String path = request.getPath();
        Optional<WebSession> session = request.getCookies().findCookie(Sessions.COOKIE).map(Cookie::getValue)
                .flatMap(sessions::find);
        session.ifPresent(s -> request.setAttribute(SESSION_ATTRIBUTE, s));
        boolean open = isPublic(path);
        boolean unsafe = !(request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD
                || request.getMethod() == HttpMethod.OPTIONS);
        if (!unsafe) {
            if (open || session.isPresent()) {
                return proceed();
            }
            String next = request.getUri().toString();
            return HttpResponse.seeOther(java.net.URI.create("/dang-nhap?tiep="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        }
        // Webhook updates and Mini App sign-in carry their own proof (secret header, signed initData).
        if (path.startsWith("/telegram/") || path.startsWith("/mini-app") || path.startsWith("/demo/")) {
            return proceed();
        }
        String expected;
        if (session.isPresent()) {
            expected = session.get().csrfToken();
        } else if (path.startsWith("/dang-nhap")) {
            expected = request.getCookies().findCookie(LOGIN_CSRF_COOKIE).map(Cookie::getValue).orElse(null);
        } else {
            return refusal(HttpStatus.UNAUTHORIZED, "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.");
        }
        String given = csrfOf(request);
        return Tokens.same(given, expected) && expected != null && !expected.isBlank()
                ? null : refusal(HttpStatus.FORBIDDEN, "Biểu mẫu đã cũ hoặc không hợp lệ. Vui lòng tải lại trang rồi thử lại.");
    }

    static boolean isPublic(String path) {
        return PUBLIC.stream().anyMatch(path::startsWith);
    }

    private @Nullable String csrfOf(HttpRequest<?> request) {
        String header = request.getHeaders().get(CSRF_HEADER);
        if (header != null) {
            return header;
        }
        Optional<MediaType> type = request.getContentType();
        if (type.isPresent() && type.get().getName().equals(MediaType.APPLICATION_FORM_URLENCODED)
                && request instanceof ServerHttpRequest<?> server) {
            try {
                return field(formOf(server).get(FORM_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException | TimeoutException e) {
                return null; // an unreadable or unfinished form carries no token: refused below
            }
        }
        return request.getParameters().get(CSRF_FIELD);
    }

    /**
     * The form's fields, read from a split of the body so the controller still gets it; the split is closed
     * once buffered. (Micronaut's FilterBodyParser closes its split as soon as buffering starts; with it, the
     * office's roster form failed once in the browser tests; not investigated further, so it is not used here.)
     */
    private CompletableFuture<Map<String, Object>> formOf(ServerHttpRequest<?> request) {
        return request.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().thenApply(body -> {
            try (CloseableAvailableByteBody bytes = body) {
                return forms.decode(bytes.toString(request.getCharacterEncoding()), request.getCharacterEncoding());
            }
        });
    }

    private static String field(Map<String, Object> body) {
        Object value = body == null ? null : body.get(CSRF_FIELD);
        if (value instanceof List<?> list) {
            value = list.isEmpty() ? null : list.get(0);
        }
        return value == null ? null : value.toString();
    }

    /** The filter's "let the request through". */
    private static @Nullable HttpResponse<?> proceed() {
        return null;
    }

    /** A plain page: the filter runs before the view renderer, so it answers with its own few lines. */
    static HttpResponse<?> refusal(HttpStatus status, String message) {
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Nhắc việc</title><link rel=\"stylesheet\" href=\"/static/nhacviec.css\"></head>"
                + "<body><main class=\"page\"><h1>Không thực hiện được</h1><p class=\"notice notice-refused\">"
                + message + "</p><p><a href=\"/dang-nhap\">Đăng nhập</a></p></main></body></html>";
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8").body(html);
    }
}
