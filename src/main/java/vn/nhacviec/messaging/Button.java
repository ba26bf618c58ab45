package vn.nhacviec.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline keyboard button: its label and the callback data Telegram sends back (≤ 64 bytes). */
public record Button(String text, String callbackData) {

    /** Telegram's limit on a button's callback data. */
    public static final int MAX_DATA_BYTES = 64;

    /** What a button carries back when pressed (the bot's callback data kinds). */
    public interface Data {
        String encode();
    }

    public Button {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(callbackData, "callbackData");
        if (callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }

    public static Button of(String text, Data data) {
        return new Button(text, data.encode());
    }
}
