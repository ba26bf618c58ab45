package vn.nhacviec.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nhacviec.bot.BotProperties;
import vn.nhacviec.bot.telegram.BotConnection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Webhook mode: Telegram posts each update here with the secret it was given at setWebhook.
 * Anything without the right secret is refused and changes nothing. Outside webhook mode (or
 * without a secret, which the service refuses to start with) the endpoint does not exist (404).
 * Bodies over {@code micronaut.server.max-request-size} (1 MB) are refused (413) before they are
 * read; refusals are logged at most once a minute, so a flood cannot fill the log.
 */
@Controller(BotConnection.WEBHOOK_PATH)
class TelegramWebhookController {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramWebhookController.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final BotProperties properties;
    private final BotConnection connection;
    private final RefusalLog refusals = new RefusalLog(LOG, System::nanoTime);

    TelegramWebhookController(BotProperties properties, BotConnection connection) {
        this.properties = properties;
        this.connection = connection;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<String> receive(@Nullable @Header("X-Telegram-Bot-Api-Secret-Token") String secret, @Body String body) {
        if (!properties.webhookMode() || !properties.hasWebhookSecret() || connection.lanes() == null) {
            return HttpResponse.notFound("webhook mode is off");
        }
        if (!matches(secret, properties.getWebhookSecret())) {
            refusals.note();
            return HttpResponse.<String>status(HttpStatus.FORBIDDEN).body("forbidden");
        }
        try {
            connection.lanes().consume(JSON.readValue(body, Update.class));
        } catch (Exception e) {
            // A malformed update is dropped; answering 200 stops Telegram from resending it forever.
            LOG.warn("malformed webhook update dropped: {}", e.getClass().getSimpleName());
        }
        return HttpResponse.ok("ok");
    }

    private static boolean matches(String given, String expected) {
        if (given == null || expected == null || expected.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
