package vn.nhacviec.bot;

/**
 * What arrived from Telegram, reduced to what the conversation needs: a text message (maybe a
 * reply to one of the bot's messages) or a button press.
 *
 * @param replyToMessageId the bot message this text answers, or null
 * @param callbackId       set for a button press, with {@code callbackData} and {@code messageId} of the pressed message
 */
public record Incoming(long updateId, long userId, long chatId, long messageId, String text, Long replyToMessageId,
                       String callbackId, String callbackData) {

    public boolean isButton() {
        return callbackId != null;
    }
}
