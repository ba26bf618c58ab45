package vn.nhacviec.testsupport.telegram;

import java.time.Instant;

/** An answerCallbackQuery the bot made. */
public record AnsweredCallback(String callbackQueryId, String text, boolean showAlert, String url, Instant answeredAt) {
}
