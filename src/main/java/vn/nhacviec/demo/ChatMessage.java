package vn.nhacviec.demo;

import vn.nhacviec.messaging.Button;

import java.time.LocalTime;
import java.util.List;

/**
 * One message of a simulated chat: the visitor's text, or what the bot sent (Telegram HTML and its
 * inline keyboard), as the chat simulator page shows it.
 *
 * @param replyTo    the message this one answers, or null
 * @param edited     the bot rewrote it in place (editMessageText), as Telegram marks "đã sửa"
 * @param attachment a file the bot sent (the quarterly workbook), or null
 */
public record ChatMessage(long id, boolean fromBot, String html, List<List<Button>> keyboard, Long replyTo,
                          LocalTime at, boolean edited, Attachment attachment) {

    public ChatMessage {
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
    }

    /** A file in the chat: its name and size; the bytes stay with the simulator. */
    public record Attachment(String fileName, int size) {
    }
}
