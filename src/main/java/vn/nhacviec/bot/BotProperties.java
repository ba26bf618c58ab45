package vn.nhacviec.bot;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code nhacviec.telegram.*}: how the service reaches Telegram. */
@ConfigurationProperties("nhacviec.telegram")
public interface BotProperties {

    /** The bot token from @BotFather; empty means the bot is off. */
    @Nullable
    String getToken();

    /** Telegram's Bot API, a self-hosted Bot API server, or a test stand-in. */
    @Bindable(defaultValue = "https://api.telegram.org")
    String getApiUrl();

    /** Long polling by this instance; only one instance may poll a token (409 otherwise). */
    @Bindable(defaultValue = "true")
    boolean isPolling();

    /** Public base URL for webhook mode (e.g. https://nhacviec.example.gov.vn); empty = long polling. */
    @Nullable
    String getWebhookUrl();

    /** Secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token; required in webhook mode. */
    @Nullable
    String getWebhookSecret();

    /** Messages one user may send in a minute before the bot slows them down. */
    @Bindable(defaultValue = "30")
    int getMessagesPerMinute();

    /**
     * Updates handled side by side, each user's always in order on one lane. On two cores shared with the
     * database, 8 lanes handled fewer "xong" a second than 4 (docs/benchmarks.md): more only helps with
     * more cores or a database on its own machine.
     */
    @Bindable(defaultValue = "4")
    int getUpdateLanes();

    default boolean enabled() {
        return getToken() != null && !getToken().isBlank();
    }

    /** A secret that is not blank: an empty one would match an empty header. */
    default boolean hasWebhookSecret() {
        return getWebhookSecret() != null && !getWebhookSecret().isBlank();
    }

    default boolean webhookMode() {
        return getWebhookUrl() != null && !getWebhookUrl().isBlank();
    }
}
