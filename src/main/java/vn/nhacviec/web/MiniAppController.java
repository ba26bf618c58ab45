package vn.nhacviec.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.bot.BotProperties;
import vn.nhacviec.directory.LinkedOfficer;
import vn.nhacviec.directory.store.RosterStore;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * The Telegram Mini App: the bot's menu button opens {@link #PATH}; its page posts the {@code initData}
 * Telegram gave it (the URL fragment's {@code tgWebAppData}), and a session opens only when the data is
 * signed with this bot's token, at most a day old, and its user is a linked officer.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class MiniAppController {

    public static final String PATH = "/mini-app";

    private final BotProperties bot;
    private final RosterStore roster;
    private final Sessions sessions;
    private final Clock clock;

    MiniAppController(BotProperties bot, RosterStore roster, Sessions sessions, Clock clock) {
        this.bot = bot;
        this.roster = roster;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Get(PATH)
    ModelAndView<Map<String, Object>> page() {
        return new ModelAndView<>("signin/mini-app", Map.of("chrome", Chrome.of(null, "Nhắc việc", PATH)));
    }

    @Post(PATH + "/dang-nhap")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(@Body Map<String, String> form) {
        MiniAppInitData.Check check = MiniAppInitData.check(form.get("initData"), bot.getToken(), clock.instant());
        if (!check.accepted()) {
            return refused(HttpStatus.UNAUTHORIZED, check.refusal() == MiniAppInitData.Refusal.STALE
                    ? "Phiên mở ứng dụng đã quá một ngày. Hãy đóng rồi mở lại Nhắc việc từ nút trong Telegram."
                    : "Không xác thực được dữ liệu từ Telegram. Hãy mở Nhắc việc từ nút trong khung chat với bot.");
        }
        Optional<LinkedOfficer> officer = roster.byTelegramUser(check.userId());
        if (officer.isEmpty()) {
            return refused(HttpStatus.FORBIDDEN, "Tài khoản Telegram này chưa liên kết với cán bộ nào. "
                    + "Hãy gửi mã mời (/start MÃ) cho bot trước.");
        }
        return HttpResponse.seeOther(URI.create("/")).cookie(sessions.openForOfficer(officer.get().id(), Sessions.Via.MINI_APP));
    }

    private static HttpResponse<?> refused(HttpStatus status, String message) {
        return HttpResponse.status(status).body(new ModelAndView<>("signin/refused", Map.of(
                "chrome", Chrome.of(null, "Không đăng nhập được", PATH), "message", message)));
    }
}
