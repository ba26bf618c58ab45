package vn.nhacviec.messaging;

import vn.nhacviec.messaging.Reply;

import java.util.Map;

/** The port to Telegram: the bot and the reminders send through it, tests can stand in for it. */
public interface TelegramGateway {

    /** Sends an HTML message with its buttons; returns Telegram's message id. */
    long send(long chatId, Reply reply, Long replyToMessageId) throws TelegramFailure;

    /**
     * Replaces the text and buttons of a message the bot sent (editMessageText). An edit that changes
     * nothing is not an error: Telegram's "message is not modified" is swallowed.
     */
    void edit(long chatId, long messageId, Reply reply) throws TelegramFailure;

    void answerButton(String callbackId, String text) throws TelegramFailure;

    /** Sends a file (the quarterly report); returns Telegram's message id. */
    long sendDocument(long chatId, String fileName, byte[] content, String caption) throws TelegramFailure;

    /**
     * Fetches a file a user sent (getFile, then the file download). Telegram lets bots download
     * files up to {@link #MAX_DOWNLOAD_BYTES}; a larger one fails with code 400.
     */
    byte[] download(String fileId) throws TelegramFailure;

    /** The command menu: command → Vietnamese description. */
    void setCommands(Map<String, String> commands) throws TelegramFailure;

    /**
     * The button beside the chat's text field opens the Mini App at {@code url} (setChatMenuButton with a
     * web_app). A gateway without Mini Apps (a simulator) ignores it.
     */
    default void setMenuButton(String text, String url) throws TelegramFailure {
    }

    /** The bot's @username, once known (for t.me deep links). */
    String username() throws TelegramFailure;

    void setWebhook(String url, String secret) throws TelegramFailure;

    void deleteWebhook() throws TelegramFailure;

    /** Telegram's own limits, which every sender must respect. */
    int MAX_MESSAGE_LENGTH = 4096;

    /** Bots may download files up to 20 MB (getFile answers "file is too big" above). */
    long MAX_DOWNLOAD_BYTES = 20L * 1024 * 1024;

}
