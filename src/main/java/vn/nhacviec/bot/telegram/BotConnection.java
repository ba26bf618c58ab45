package vn.nhacviec.bot.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import vn.nhacviec.bot.BotProperties;
import vn.nhacviec.bot.Conversation;
import vn.nhacviec.bot.OutgoingSender;
import vn.nhacviec.messaging.TelegramFailure;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.bot.store.BotIdentityStore;
import vn.nhacviec.bot.text.BotCommands;
import vn.nhacviec.system.StartupRefusal;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Connects the bot when the service starts: the command menu, then long polling or the webhook.
 * Telegram being unreachable must not stop the service, so this runs in the background and keeps
 * retrying; with no token it only says, once, how to turn the bot on.
 */
@Singleton
@Requires(notEnv = "cli")
public class BotConnection implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(BotConnection.class);
    public static final String WEBHOOK_PATH = "/telegram/webhook";

    private final BotProperties properties;
    private final TelegramGateway gateway;
    private final Conversation conversation;
    private final OutgoingSender sender;
    private volatile boolean stopping;
    private volatile boolean connected;
    private Thread connector;
    private TelegramBotsLongPollingApplication polling;
    private UpdateLanes lanes;
    private OkHttpClient pollingHttp;
    private ScheduledExecutorService pollingScheduler;

    private final BotIdentityStore identity;
    private final vn.nhacviec.web.WebProperties web;

    public BotConnection(BotProperties properties, @Nullable TelegramGateway gateway, Conversation conversation,
                         @Nullable OutgoingSender sender, BotIdentityStore identity, vn.nhacviec.web.WebProperties web) {
        this.identity = identity;
        this.web = web;
        this.properties = properties;
        this.gateway = gateway;
        this.conversation = conversation;
        this.sender = sender;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        if (gateway != null && !properties.enabled()) {
            // a gateway without a token is a stand-in that needs no connection (the demo's chat simulator)
            LOG.info("Telegram bot: no token; messages go to the stand-in gateway ({})", gateway.getClass().getSimpleName());
            return;
        }
        if (gateway == null) {
            LOG.info("Telegram bot is off: no token configured. Set TELEGRAM_BOT_TOKEN (and TELEGRAM_API_URL for a "
                    + "self-hosted Bot API) and restart to turn it on; reminders wait in the outbox meanwhile.");
            return;
        }
        if (properties.webhookMode() && !properties.hasWebhookSecret()) {
            // An empty secret would equal an empty header: anyone could post updates as any user.
            throw new StartupRefusal("webhook mode (TELEGRAM_WEBHOOK_URL) needs a secret: set TELEGRAM_WEBHOOK_SECRET "
                    + "(nhacviec.telegram.webhook-secret) or unset TELEGRAM_WEBHOOK_URL to use long polling; not starting");
        }
        lanes = new UpdateLanes(properties.getUpdateLanes(), incoming -> sender.carryOut(conversation.handle(incoming)), properties.getToken());
        connector = new Thread(this::connectUntilDone, "telegram-connect");
        connector.setDaemon(true);
        connector.start();
    }

    /** Updates that arrive through the webhook controller. */
    public UpdateLanes lanes() {
        return lanes;
    }

    public boolean isConnected() {
        return connected;
    }

    private void connectUntilDone() {
        Duration wait = Duration.ofSeconds(2);
        while (!stopping) {
            try {
                connect();
                connected = true;
                return;
            } catch (TelegramFailure | RuntimeException e) {
                LOG.warn("Telegram not reachable yet ({}); retrying in {} s", TokenRedactor.redact(e.getMessage(),
                        properties.getToken()), wait.toSeconds());
            } catch (Exception e) {
                LOG.warn("Telegram polling could not start ({}); retrying in {} s",
                        TokenRedactor.redact(String.valueOf(e.getMessage()), properties.getToken()), wait.toSeconds());
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : wait.multipliedBy(2);
        }
    }

    private void connect() throws Exception {
        // The menu and the bot's name are niceties: a Bot API server that refuses them must not keep the bot offline.
        try {
            identity.rememberUsername(gateway.username());
        } catch (TelegramFailure | RuntimeException e) {
            LOG.warn("could not learn the bot's username ({}); invite links will lack the t.me link",
                    TokenRedactor.redact(e.getMessage(), properties.getToken()));
        }
        try {
            gateway.setCommands(BotCommands.list().stream().collect(java.util.stream.Collectors.toMap(
                    BotCommands.Command::command, BotCommands.Command::description, (a, b) -> a,
                    java.util.LinkedHashMap::new)));
        } catch (TelegramFailure | RuntimeException e) {
            LOG.warn("could not register the command menu ({})", TokenRedactor.redact(e.getMessage(), properties.getToken()));
        }
        if (web.miniAppEnabled()) {
            try {
                gateway.setMenuButton("Nhắc việc", web.link(vn.nhacviec.web.MiniAppController.PATH).toString());
            } catch (TelegramFailure | RuntimeException e) {
                LOG.warn("could not set the Mini App menu button ({})", TokenRedactor.redact(e.getMessage(), properties.getToken()));
            }
        }
        if (properties.webhookMode()) {
            String secret = properties.getWebhookSecret();
            gateway.setWebhook(properties.getWebhookUrl().replaceAll("/+$", "") + WEBHOOK_PATH, secret);
            LOG.info("Telegram bot connected by webhook");
            return;
        }
        if (!properties.isPolling()) {
            LOG.info("Telegram bot: polling is switched off on this instance (another instance polls)");
            return;
        }
        // Own HTTP client and scheduler: the library's close() leaves both running otherwise.
        pollingHttp = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        pollingScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "telegram-polling");
            thread.setDaemon(true);
            return thread;
        });
        TelegramBotsLongPollingApplication application = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                () -> pollingHttp, () -> pollingScheduler);
        try {
            // A lambda, not the lanes themselves: the library closes its consumer when a session fails,
            // and the lanes must outlive every failed attempt.
            LongPollingUpdateConsumer consumer = updates -> lanes.consume(updates);
            application.registerBot(properties.getToken().strip(), () -> TelegramEndpoint.of(properties.getApiUrl()),
                    new DefaultGetUpdatesGenerator(), consumer);
        } catch (Exception e) {
            application.close();
            pollingHttp.dispatcher().cancelAll();
            pollingScheduler.shutdownNow();
            throw e;
        }
        polling = application;
        LOG.info("Telegram bot connected by long polling");
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (connector != null) {
            connector.interrupt();
        }
        try {
            if (polling != null) {
                // Closing cancels the long poll in flight, which the library logs as an error with a stack
                // trace (and its back-off sleep, interrupted, as a warning): expected at shutdown, so silenced.
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(BotSession.class))
                        .setLevel(ch.qos.logback.classic.Level.OFF);
                polling.close();
            }
        } catch (Exception e) {
            LOG.debug("closing long polling: {}", e.getMessage());
        }
        if (pollingHttp != null) {
            pollingHttp.dispatcher().cancelAll();
        }
        if (pollingScheduler != null) {
            pollingScheduler.shutdownNow();
        }
        if (lanes != null) {
            lanes.close();
        }
    }
}
