package vn.nhacviec.testsupport.telegram;

/**
 * An error answer of the Bot API: the HTTP status equals {@code error_code}, as Telegram does, and the description is
 * Telegram's own wording so that code matching on it (e.g. "message is not modified") is tested against real text.
 */
final class BotApiException extends RuntimeException {
    final int status;
    final String description;
    /** Seconds for {@code parameters.retry_after}; only 429 answers carry it. */
    final Integer retryAfter;

    BotApiException(int status, String description) {
        this(status, description, null);
    }

    BotApiException(int status, String description, Integer retryAfter) {
        super(status + " " + description, null, false, false);
        this.status = status;
        this.description = description;
        this.retryAfter = retryAfter;
    }

    static BotApiException badRequest(String what) {
        return new BotApiException(400, "Bad Request: " + what);
    }

    static BotApiException tooManyRequests(int retryAfterSeconds) {
        return new BotApiException(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    /** Telegram's descriptions for bare HTTP failures (the ones its front end produces). */
    static BotApiException ofStatus(int status) {
        String text = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "Error " + status;
        };
        return new BotApiException(status, text);
    }
}
