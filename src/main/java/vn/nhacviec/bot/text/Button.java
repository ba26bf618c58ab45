package vn.nhacviec.bot.text;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline keyboard button: its label and the callback data Telegram sends back (≤ 64 bytes, see {@link CallbackData}). */
public record Button(String text, String callbackData) {

    public Button {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(callbackData, "callbackData");
        if (callbackData.getBytes(StandardCharsets.UTF_8).length > CallbackData.MAX_BYTES) {
            throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
        }
    }

    public static Button of(String text, CallbackData data) {
        return new Button(text, data.encode());
    }
}
