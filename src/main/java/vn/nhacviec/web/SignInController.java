package vn.nhacviec.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.web.store.SignInLinkStore;

import java.net.URI;
import java.util.Map;

/**
 * Signing in and out: the bot's one-time link, the province staff's password form, signing out.
 * Translates and delegates to {@link SignInLinks}, {@link PasswordSignIn} and {@link Sessions}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {

    private final SignInLinks links;
    private final PasswordSignIn passwords;
    private final Sessions sessions;
    private final WebProperties properties;

    SignInController(SignInLinks links, PasswordSignIn passwords, Sessions sessions, WebProperties properties) {
        this.links = links;
        this.passwords = passwords;
        this.sessions = sessions;
        this.properties = properties;
    }

    /** A link from the bot: used once, it opens a session and goes to the visitor's first page. */
    @Get(SignInLinks.PATH + "{token}")
    HttpResponse<?> link(@PathVariable String token, @Nullable @Header("User-Agent") String agent) {
        if (agent != null && agent.contains("TelegramBot")) {
            // Telegram's link-preview fetcher: answering it must not use up the officer's one-time link.
            return HttpResponse.ok(new ModelAndView<>("signin/refused", Map.of("chrome", Chrome.of(null, "Nhắc việc",
                    SignInLinks.PATH), "message", "Liên kết đăng nhập trang web Nhắc việc.")));
        }
        SignInLinkStore.Use use = links.use(token);
        if (use instanceof SignInLinkStore.Use.Accepted accepted) {
            return HttpResponse.seeOther(URI.create("/")).cookie(sessions.openForOfficer(accepted.officerId(), Sessions.Via.LINK));
        }
        String why = switch (((SignInLinkStore.Use.Refused) use).reason()) {
            case USED -> "Liên kết đăng nhập này đã được dùng. Mỗi liên kết chỉ dùng được một lần.";
            case EXPIRED -> "Liên kết đăng nhập này đã hết hạn (chỉ có hiệu lực " + links.lifetimeMinutes() + " phút).";
            case UNKNOWN -> "Liên kết đăng nhập không đúng.";
        };
        return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("signin/refused", Map.of(
                "chrome", Chrome.of(null, "Không đăng nhập được", SignInLinks.PATH), "message",
                why + " Hãy gửi /web cho bot Nhắc việc để nhận liên kết mới.")));
    }

    /** The password form of the province's staff (officers sign in from the bot). */
    @Get("/dang-nhap")
    HttpResponse<?> form(@Nullable @QueryValue String tiep) {
        return form(HttpStatus.OK, null, tiep);
    }

    @Post("/dang-nhap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body Map<String, String> form, HttpRequest<?> request) {
        String address = request.getRemoteAddress().getAddress().getHostAddress();
        PasswordSignIn.Outcome outcome = passwords.attempt(form.get("login"), form.get("password"), address);
        if (outcome instanceof PasswordSignIn.Outcome.SignedIn signedIn) {
            return HttpResponse.seeOther(URI.create(nextPage(form.get("tiep"))))
                    .cookie(sessions.openForProvinceStaff(signedIn.staffId()));
        }
        if (outcome instanceof PasswordSignIn.Outcome.Throttled) {
            return form(HttpStatus.TOO_MANY_REQUESTS, "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
                    form.get("tiep"));
        }
        return form(HttpStatus.UNAUTHORIZED, "Tên đăng nhập hoặc mật khẩu không đúng.", form.get("tiep"));
    }

    @Post("/dang-xuat")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN})
    HttpResponse<?> signOut(@Nullable @CookieValue(Sessions.COOKIE) String session) {
        return HttpResponse.seeOther(URI.create("/dang-nhap")).cookie(sessions.close(session));
    }

    private HttpResponse<?> form(HttpStatus status, @Nullable String error, @Nullable String next) {
        String token = Tokens.next();
        Cookie cookie = Cookie.of(AccessFilter.LOGIN_CSRF_COOKIE, token).path("/dang-nhap").httpOnly(true)
                .sameSite(SameSite.Strict).secure(properties.secure());
        return HttpResponse.status(status).cookie(cookie).body(new ModelAndView<>("signin/form", Map.of(
                "chrome", Chrome.of(null, "Đăng nhập", "/dang-nhap"),
                "page", new SignInForm(token, error, nextPage(next)))));
    }

    /** Only a path of this site (never another site's address) is followed after signing in. */
    static String nextPage(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }
}
