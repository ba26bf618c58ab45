package vn.nhacviec.bot.telegram;

import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;

/** Turns the configured Bot API base URL into the library's {@link TelegramUrl}. */
final class TelegramEndpoint {

    private TelegramEndpoint() {
    }

    static TelegramUrl of(String apiUrl) {
        URI uri = URI.create(apiUrl.strip());
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme();
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must look like https://api.telegram.org; got '" + apiUrl + "'");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "http".equals(scheme) ? 80 : 443;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
