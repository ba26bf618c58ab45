package vn.nhacviec.messaging;

/**
 * Telegram said no. {@code retryAfterSeconds} is set on 429; 403 means the user blocked the bot.
 * The message never contains the bot token.
 */
public class TelegramFailure extends Exception {

    private final int errorCode;
    private final Integer retryAfterSeconds;

    public TelegramFailure(int errorCode, Integer retryAfterSeconds, String message) {
        super(message);
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The HTTP-like code Telegram answered, or 0 when it could not be reached. */
    public int errorCode() {
        return errorCode;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public boolean isRateLimited() {
        return errorCode == 429;
    }

    /** Retrying will not help: the chat is gone, the bot blocked, the request malformed. */
    public boolean isPermanent() {
        return errorCode == 400 || errorCode == 401 || errorCode == 403 || errorCode == 404;
    }
}
