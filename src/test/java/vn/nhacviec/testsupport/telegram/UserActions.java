package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the updates Telegram would deliver when a user acts in a private chat with the bot, with the fields the
 * real server fills in: chat id = user id, bot_command entities (TelegramBots' Message.isCommand() relies on them),
 * reply_to_message and callback_query.message as the full current bot message.
 */
final class UserActions {
    /** Commands as Telegram recognises them: at the start or after whitespace, optionally addressed @bot. */
    private static final Pattern COMMAND = Pattern.compile("(?:^|(?<=\\s))/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?");

    private final Conversations state;
    private final UpdateQueue updates;
    private final AtomicLong callbackIds = new AtomicLong(4_321_000_000_000_000_000L);

    UserActions(Conversations state, UpdateQueue updates) {
        this.state = state;
        this.updates = updates;
    }

    long sends(long userId, String text) {
        return enqueueMessage(textMessage(userId, text));
    }

    long replies(long userId, int replyToMessageId, String text) {
        ObjectNode message = textMessage(userId, text);
        ObjectNode original = state.botMessageOrFail(userId, replyToMessageId);
        original.remove("reply_to_message"); // Telegram does not nest replies in replies
        message.set("reply_to_message", original);
        return enqueueMessage(message);
    }

    long sendsDocument(long userId, String fileName, byte[] bytes, String mimeType) {
        return sendsDocument(userId, fileName, bytes, mimeType, bytes.length);
    }

    long sendsDocument(long userId, String fileName, byte[] bytes, String mimeType, long declaredSize) {
        state.knowChat(userId);
        Conversations.StoredFile file = state.storeFile(fileName, bytes, declaredSize);
        ObjectNode message = state.newMessage(userId, state.user(userId));
        ObjectNode document = message.putObject("document");
        document.put("file_name", fileName);
        if (mimeType != null) {
            document.put("mime_type", mimeType);
        }
        document.put("file_id", file.fileId()).put("file_unique_id", file.fileUniqueId())
                .put("file_size", declaredSize);
        return enqueueMessage(message);
    }

    /** A photo with an optional caption: Telegram sends the sizes it made, smallest first (here a thumbnail and the photo). */
    long sendsPhoto(long userId, byte[] bytes, String caption, Integer replyToMessageId) {
        state.knowChat(userId);
        Conversations.StoredFile thumb = state.storeFile("thumb.jpg", bytes);
        Conversations.StoredFile file = state.storeFile("photo.jpg", bytes);
        ObjectNode message = state.newMessage(userId, state.user(userId));
        ArrayNode sizes = message.putArray("photo");
        sizes.addObject().put("file_id", thumb.fileId()).put("file_unique_id", thumb.fileUniqueId())
                .put("width", 90).put("height", 60).put("file_size", Math.min(bytes.length, 1000));
        sizes.addObject().put("file_id", file.fileId()).put("file_unique_id", file.fileUniqueId())
                .put("width", 1280).put("height", 960).put("file_size", bytes.length);
        captioned(message, caption, replyToMessageId, userId);
        return enqueueMessage(message);
    }

    /** A file with a caption, optionally in reply to a bot message. */
    long sendsDocumentWithCaption(long userId, String fileName, byte[] bytes, String caption, Integer replyToMessageId) {
        state.knowChat(userId);
        Conversations.StoredFile file = state.storeFile(fileName, bytes);
        ObjectNode message = state.newMessage(userId, state.user(userId));
        message.putObject("document").put("file_name", fileName).put("file_id", file.fileId())
                .put("file_unique_id", file.fileUniqueId()).put("file_size", bytes.length);
        captioned(message, caption, replyToMessageId, userId);
        return enqueueMessage(message);
    }

    private void captioned(ObjectNode message, String caption, Integer replyToMessageId, long userId) {
        if (caption != null) {
            message.put("caption", caption);
        }
        if (replyToMessageId != null) {
            ObjectNode original = state.botMessageOrFail(userId, replyToMessageId);
            original.remove("reply_to_message");
            message.set("reply_to_message", original);
        }
    }

    /** Enqueues a callback_query for a button that is on the message now; returns the callback query id. */
    String presses(long userId, int messageId, String callbackData) {
        ObjectNode message = state.botMessageOrFail(userId, messageId);
        if (!hasButton(message, callbackData)) {
            throw new AssertionError("message " + messageId + " in chat " + userId + " has no button with data \""
                    + callbackData + "\"; its reply_markup: " + message.get("reply_markup"));
        }
        return enqueuePress(userId, message, callbackData);
    }

    /** A callback_query with data no button carries (a modified client): on a bot message of the user's chat. */
    String pressesCrafted(long userId, int messageId, String callbackData) {
        return enqueuePress(userId, state.botMessageOrFail(userId, messageId), callbackData);
    }

    /** A user writes in a group chat the bot is a member of (negative chat id, type "supergroup"). */
    long sendsInGroup(long userId, long groupChatId, String text) {
        ObjectNode message = textMessage(userId, groupChatId, text);
        message.set("chat", state.json.createObjectNode().put("id", groupChatId).put("type", "supergroup")
                .put("title", "Nhóm " + groupChatId));
        return enqueueMessage(message);
    }

    private String enqueuePress(long userId, ObjectNode message, String callbackData) {
        String id = Long.toString(callbackIds.incrementAndGet());
        state.openCallbackQuery(id);
        updates.add(updateId -> {
            ObjectNode update = state.json.createObjectNode().put("update_id", updateId);
            ObjectNode query = update.putObject("callback_query");
            query.put("id", id);
            query.set("from", state.user(userId));
            query.set("message", message);
            query.put("chat_instance", Long.toString(-8_000_000_000_000_000_000L + userId));
            query.put("data", callbackData);
            return update;
        });
        return id;
    }

    private ObjectNode textMessage(long userId, String text) {
        return textMessage(userId, userId, text);
    }

    private ObjectNode textMessage(long userId, long chatId, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("Telegram users cannot send an empty text");
        }
        state.knowChat(chatId); // writing to the bot is what lets it write back
        ObjectNode message = state.newMessage(chatId, state.user(userId));
        message.put("text", text);
        ArrayNode entities = state.json.createArrayNode();
        Matcher m = COMMAND.matcher(text);
        while (m.find()) {
            entities.addObject().put("offset", m.start()).put("length", m.end() - m.start()).put("type", "bot_command");
        }
        if (!entities.isEmpty()) {
            message.set("entities", entities);
        }
        return message;
    }

    private long enqueueMessage(ObjectNode message) {
        state.storeMessage(message);
        return updates.add(updateId -> {
            ObjectNode update = state.json.createObjectNode().put("update_id", updateId);
            update.set("message", message.deepCopy());
            return update;
        });
    }

    private static boolean hasButton(ObjectNode message, String data) {
        for (var row : message.path("reply_markup").path("inline_keyboard")) {
            for (var button : row) {
                if (data.equals(button.path("callback_data").asText(null))) {
                    return true;
                }
            }
        }
        return false;
    }
}
