package vn.nhacviec.web.demo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One chat as the page shows it, rendered again whenever it changes ({@code version}).
 *
 * @param notice what the bot answered a button press with, shown once
 */
public record ChatLogView(long chatId, long version, List<Bubble> bubbles, @Nullable String notice) {

    public ChatLogView {
        bubbles = List.copyOf(bubbles);
    }

    /**
     * One message.
     *
     * @param html   safe HTML of the text (see {@code demo.TelegramHtml})
     * @param quote  the first line of the message it replies to, or null
     * @param file   the attached file's name, or null; {@code fileSize} in words
     */
    public record Bubble(long id, boolean fromBot, String html, List<List<Key>> keyboard, @Nullable String quote,
                         String time, boolean edited, @Nullable String file, @Nullable String fileSize, String replyText) {

        public Bubble {
            keyboard = keyboard.stream().map(List::copyOf).toList();
        }
    }

    /** An inline keyboard button: its label and the callback data a press sends. */
    public record Key(String text, String data) {
    }
}
