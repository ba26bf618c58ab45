package vn.nhacviec.testsupport.telegram;

import java.time.Instant;

/**
 * One request the fake answered, for assertions about pacing and retries.
 *
 * @param method      Telegram's spelling (e.g. "sendMessage") for known methods, the path segment otherwise
 * @param chatId      chat_id of the request when it had one
 * @param status      HTTP status of the answer (200, 400, 429 ...)
 * @param description the error description, null on success
 */
public record RequestRecord(Instant at, String method, Long chatId, int status, String description) {
}
