package vn.nhacviec.web.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import vn.nhacviec.bot.text.BotCommands;
import vn.nhacviec.demo.ChatMessage;
import vn.nhacviec.demo.ChatSimulator;
import vn.nhacviec.demo.DemoOfficer;
import vn.nhacviec.demo.DemoRoster;
import vn.nhacviec.demo.SimulatedTelegram;
import vn.nhacviec.demo.TelegramHtml;
import vn.nhacviec.directory.Role;
import vn.nhacviec.web.Chrome;
import vn.nhacviec.web.Tokens;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chat simulator of the demo ({@code /demo/chat}, only when the demo plays Telegram itself): the
 * visitor picks an officer and talks to the bot; the page shows the chat as Telegram does and polls it
 * for what the bot sends by itself (the day's digests). Translates and delegates to {@link ChatSimulator}.
 * The pages need no session (the visitor is nobody yet); posts carry a token that must equal the
 * page's cookie (double submit), so no other site can talk in the visitor's name.
 */
@Controller("/demo/chat")
@Requires(beans = ChatSimulator.class)
@ExecuteOn(TaskExecutors.BLOCKING)
class DemoChatController {

    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String CSRF_COOKIE = "nhacviec_demo_csrf";
    private static final List<Role> RANK = List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.OFFICE, Role.OFFICER);
    private static final String TITLE = "Trò chuyện với bot (chạy thử)";

    private final ChatSimulator simulator;
    private final SimulatedTelegram telegram;

    DemoChatController(ChatSimulator simulator, SimulatedTelegram telegram) {
        this.simulator = simulator;
        this.telegram = telegram;
    }

    @Get
    HttpResponse<?> choose(HttpRequest<?> request) {
        return page(request, null);
    }

    @Get("/{chat}")
    HttpResponse<?> chat(@PathVariable long chat, HttpRequest<?> request) {
        if (simulator.member(chat).isEmpty()) {
            return HttpResponse.notFound();
        }
        return page(request, chat);
    }

    /** The chat again when it changed since {@code since}; 204 (nothing to swap) when it did not. */
    @Get("/{chat}/log")
    HttpResponse<?> log(@PathVariable long chat, @Nullable @QueryValue Long since) {
        if (simulator.member(chat).isEmpty()) {
            return HttpResponse.notFound();
        }
        ChatLogView log = view(telegram.log(chat), null);
        if (since != null && since == log.version()) {
            return HttpResponse.noContent();
        }
        return HttpResponse.ok(fragment(log));
    }

    @Post("/{chat}/send")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(@PathVariable long chat, @Body Map<String, String> form, HttpRequest<?> request) {
        Optional<HttpResponse<?>> refused = refuse(chat, form, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String text = Optional.ofNullable(form.get("text")).map(String::strip).orElse("");
        if (!text.isEmpty()) {
            simulator.say(chat, text, number(form.get("reply_to")));
        }
        return HttpResponse.ok(fragment(view(telegram.log(chat), null)));
    }

    @Post("/{chat}/press")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> press(@PathVariable long chat, @Body Map<String, String> form, HttpRequest<?> request) {
        Optional<HttpResponse<?>> refused = refuse(chat, form, request);
        if (refused.isPresent()) {
            return refused.get();
        }
        Long message = number(form.get("message"));
        String data = form.get("data");
        // only a button the bot really put under that message can be pressed
        boolean known = message != null && data != null && telegram.message(chat, message)
                .filter(m -> m.keyboard().stream().flatMap(List::stream).anyMatch(b -> b.callbackData().equals(data)))
                .isPresent();
        if (!known) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body("Nút này không còn.");
        }
        String notice = simulator.press(chat, message, data);
        return HttpResponse.ok(fragment(view(telegram.log(chat), notice.isBlank() ? null : notice)));
    }

    /** A file the bot sent (the quarterly workbook). */
    @Get("/{chat}/file/{message}")
    HttpResponse<?> file(@PathVariable long chat, @PathVariable long message) {
        Optional<ChatMessage> sent = telegram.message(chat, message).filter(m -> m.attachment() != null);
        Optional<byte[]> bytes = telegram.file(chat, message);
        if (sent.isEmpty() || bytes.isEmpty()) {
            return HttpResponse.notFound();
        }
        String name = sent.get().attachment().fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return HttpResponse.ok(bytes.get()).contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private HttpResponse<?> page(HttpRequest<?> request, @Nullable Long chat) {
        String token = request.getCookies().findCookie(CSRF_COOKIE).map(Cookie::getValue)
                .filter(t -> t.length() == 43).orElseGet(Tokens::next);
        // the committee first, as the roster sheet lists it; then everyone else by name
        List<ChatSimulator.Member> members = simulator.members().stream()
                .sorted(Comparator.comparingInt((ChatSimulator.Member m) -> RANK.indexOf(m.officer().role()))).toList();
        List<ChatPage.Person> people = members.stream()
                .map(m -> new ChatPage.Person(m.chatId(), m.officer().name(), post(m), chat != null && m.chatId() == chat))
                .toList();
        ChatPage.Person current = people.stream().filter(ChatPage.Person::current).findFirst().orElse(null);
        List<ChatPage.MenuEntry> menu = BotCommands.list().stream().filter(c -> !c.command().equals("help"))
                .map(c -> new ChatPage.MenuEntry("/" + c.command(), c.description())).toList();
        ChatPage view = new ChatPage(people, current, chat == null ? null : view(telegram.log(chat), null), menu, token);
        Map<String, Object> model = new HashMap<>();
        model.put("chrome", Chrome.of(null, current == null ? TITLE : current.name() + " – " + TITLE, "/demo/chat"));
        model.put("page", view);
        return HttpResponse.ok(new ModelAndView<>("demo/chat", model)).cookie(Cookie.of(CSRF_COOKIE, token)
                .path("/demo/").httpOnly(true).sameSite(SameSite.Strict));
    }

    private static ModelAndView<Map<String, Object>> fragment(ChatLogView log) {
        return new ModelAndView<>("demo/log", Map.of("log", log));
    }

    /** Posts need a known chat and the page's token; otherwise nothing is said or pressed. */
    private Optional<HttpResponse<?>> refuse(long chat, Map<String, String> form, HttpRequest<?> request) {
        if (simulator.member(chat).isEmpty()) {
            return Optional.of(HttpResponse.notFound());
        }
        String expected = request.getCookies().findCookie(CSRF_COOKIE).map(Cookie::getValue).orElse(null);
        String given = Optional.ofNullable(request.getHeaders().get(CSRF_HEADER)).orElse(form.get("_csrf"));
        if (expected == null || !Tokens.same(given, expected)) {
            return Optional.of(HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body("Trang đã cũ hoặc không hợp lệ. Vui lòng tải lại trang rồi thử lại."));
        }
        return Optional.empty();
    }

    private static ChatLogView view(SimulatedTelegram.ChatLog log, @Nullable String notice) {
        Map<Long, ChatMessage> byId = new HashMap<>();
        log.messages().forEach(m -> byId.put(m.id(), m));
        List<ChatLogView.Bubble> bubbles = log.messages().stream().map(m -> new ChatLogView.Bubble(m.id(), m.fromBot(),
                TelegramHtml.toPage(m.html()),
                m.keyboard().stream().map(row -> row.stream().map(b -> new ChatLogView.Key(b.text(), b.callbackData())).toList())
                        .toList(),
                m.replyTo() == null || !byId.containsKey(m.replyTo()) ? null : firstLine(byId.get(m.replyTo())),
                m.at().toString().substring(0, 5), m.edited(),
                m.attachment() == null ? null : m.attachment().fileName(),
                m.attachment() == null ? null : Math.max(1, m.attachment().size() / 1024) + " KB",
                firstLine(m))).toList();
        return new ChatLogView(log.chatId(), log.version(), bubbles, notice);
    }

    private static String firstLine(ChatMessage message) {
        String text = TelegramHtml.plain(message.html()).strip();
        String line = text.lines().findFirst().orElse(message.attachment() == null ? "" : message.attachment().fileName());
        return line.length() <= 90 ? line : line.substring(0, 89) + "…";
    }

    private static String post(ChatSimulator.Member member) {
        return DemoRoster.officers().stream().filter(o -> o.chatId() == member.chatId()).findFirst()
                .map(DemoOfficer::post)
                .orElseGet(() -> member.officer().role().title());
    }

    private static Long number(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(text.strip());
    }
}
