package vn.nhacviec.testsupport.telegram;

import java.time.Instant;
import java.util.List;

/**
 * An accepted editMessageText or editMessageReplyMarkup. For a markup-only edit text, plainText and parseMode are
 * null; keyboard is the new keyboard (empty when it was removed).
 */
public record MessageEdit(String method, long chatId, int messageId, String text, String plainText, String parseMode,
                          List<List<Button>> keyboard, Instant editedAt) {
}
