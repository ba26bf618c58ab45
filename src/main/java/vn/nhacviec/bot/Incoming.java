package vn.nhacviec.bot;

/**
 * What arrived from Telegram, reduced to what the conversation needs: a text message (maybe a
 * reply to one of the bot's messages), a file, or a button press.
 *
 * @param text             the message's text, or a file's caption ("" when none)
 * @param replyToMessageId the bot message this text answers, or null
 * @param callbackId       set for a button press, with {@code callbackData} and {@code messageId} of the pressed message
 * @param file             the document sent, or null
 * @param privateChat      written in the user's private chat with the bot (not a group or channel)
 */
public record Incoming(long updateId, long userId, long chatId, long messageId, String text, Long replyToMessageId,
                       String callbackId, String callbackData, ReceivedFile file, boolean privateChat) {

    /** A text or a button press in the user's private chat. */
    public Incoming(long updateId, long userId, long chatId, long messageId, String text, Long replyToMessageId,
                    String callbackId, String callbackData) {
        this(updateId, userId, chatId, messageId, text, replyToMessageId, callbackId, callbackData, null, true);
    }

    public boolean isButton() {
        return callbackId != null;
    }

    public boolean hasFile() {
        return file != null;
    }

    /**
     * A document as Telegram announces it; the bytes are fetched later with {@code fileId}.
     *
     * @param size bytes as Telegram reports them, 0 when it did not say
     */
    public record ReceivedFile(String fileId, String fileName, long size) {

        public ReceivedFile {
            fileName = fileName == null || fileName.isBlank() ? "tep-dinh-kem" : fileName.strip();
        }
    }
}
