package vn.nhacviec.testsupport.telegram;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message the bot sent with sendMessage, as the fake accepted it.
 *
 * @param text            the text exactly as sent (with HTML tags and entities)
 * @param plainText       what the user sees: tags removed, entities decoded (for HTML; otherwise the text itself)
 * @param replyToMessageId from reply_parameters.message_id or reply_to_message_id, or null
 * @param keyboard        the inline keyboard rows, empty when there is none
 */
public record SentMessage(int messageId, long chatId, String text, String plainText, String parseMode,
                          Integer replyToMessageId, List<List<Button>> keyboard, Instant sentAt) {

    public List<Button> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }

    /** The button with this label; AssertionError naming the labels there are, so a failing test explains itself. */
    public Button button(String label) {
        return buttons().stream().filter(b -> Objects.equals(b.text(), label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button \"" + label + "\" in " + buttons()));
    }
}
