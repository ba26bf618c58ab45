package vn.nhacviec.bot.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import vn.nhacviec.bot.Incoming;

import java.util.Optional;

/** Reduces the library's Update to what the conversation understands; anything else is ignored. */
final class UpdateTranslator {

    private UpdateTranslator() {
    }

    static Optional<Incoming> translate(Update update) {
        if (update == null) {
            return Optional.empty();
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            MaybeInaccessibleMessage message = query.getMessage();
            if (query.getFrom() == null || message == null) {
                return Optional.empty();
            }
            boolean inPrivate = isPrivate(message.getChat()) && query.getFrom().getId().equals(message.getChatId());
            return Optional.of(new Incoming(update.getUpdateId(), query.getFrom().getId(), message.getChatId(),
                    message.getMessageId(), null, null, query.getId(), query.getData(), null, inPrivate));
        }
        Message message = update.getMessage();
        if (message == null || message.getFrom() == null || message.getChat() == null) {
            return Optional.empty();
        }
        Long replyTo = message.getReplyToMessage() == null ? null : message.getReplyToMessage().getMessageId().longValue();
        String text = message.hasText() ? message.getText() : message.getCaption();
        Incoming.ReceivedFile file = null;
        if (message.hasDocument()) {
            Document document = message.getDocument();
            file = new Incoming.ReceivedFile(document.getFileId(), document.getFileName(),
                    document.getFileSize() == null ? 0 : document.getFileSize());
        } else if (message.hasPhoto()) {
            // Telegram lists the sizes it made of a photo, smallest first: the largest is the one taken
            PhotoSize photo = message.getPhoto().stream()
                    .max(java.util.Comparator.comparingLong(p -> p.getFileSize() == null ? 0L : p.getFileSize())).orElseThrow();
            file = new Incoming.ReceivedFile(photo.getFileId(), "anh-" + message.getMessageId() + ".jpg",
                    photo.getFileSize() == null ? 0 : photo.getFileSize());
        }
        // A private chat is the user's own: groups, supergroups and channels are not (Telegram gives it the user's id).
        boolean inPrivate = isPrivate(message.getChat()) && message.getFrom().getId().equals(message.getChatId());
        return Optional.of(new Incoming(update.getUpdateId(), message.getFrom().getId(), message.getChatId(),
                message.getMessageId(), text == null ? "" : text, replyTo, null, null, file, inPrivate));
    }

    private static boolean isPrivate(Chat chat) {
        return chat != null && "private".equals(chat.getType());
    }
}
