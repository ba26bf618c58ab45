package vn.nhacviec.bot.telegram;

import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.nhacviec.messaging.TelegramFailure;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.messaging.Reply;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

/** The port implemented with the TelegramBots library's OkHttp client. */
public class TelegramBotsGateway implements TelegramGateway {

    private final TelegramClient client;
    private final String token;
    private final FileDownloads files;
    private volatile String username;

    public TelegramBotsGateway(String token, String apiUrl) {
        this.token = token;
        this.client = new OkHttpTelegramClient(token, TelegramEndpoint.of(apiUrl));
        this.files = new FileDownloads(apiUrl, token);
    }

    @Override
    public long send(long chatId, Reply reply, Long replyToMessageId) throws TelegramFailure {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(chatId)
                .text(reply.html())
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!reply.keyboard().isEmpty()) {
            message.replyMarkup(keyboard(reply.keyboard()));
        }
        if (replyToMessageId != null) {
            message.replyParameters(ReplyParameters.builder().messageId(replyToMessageId.intValue())
                    .allowSendingWithoutReply(true).build());
        }
        return call(() -> client.execute(message.build())).getMessageId();
    }

    @Override
    public void edit(long chatId, long messageId, Reply reply) throws TelegramFailure {
        EditMessageText edit = EditMessageText.builder()
                .chatId(chatId)
                .messageId((int) messageId)
                .text(reply.html())
                .parseMode("HTML")
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(reply.keyboard()))
                .build();
        try {
            call(() -> client.execute(edit));
        } catch (TelegramFailure e) {
            // a double press shows the same page again: Telegram refuses an edit that changes nothing
            if (e.getMessage() == null || !e.getMessage().contains("message is not modified")) {
                throw e;
            }
        }
    }

    @Override
    public long sendDocument(long chatId, String fileName, byte[] content, String caption) throws TelegramFailure {
        SendDocument document = SendDocument.builder().chatId(chatId)
                .document(new InputFile(new ByteArrayInputStream(content), fileName))
                .caption(caption).build();
        return call(() -> client.execute(document)).getMessageId();
    }

    @Override
    public byte[] download(String fileId) throws TelegramFailure {
        File file = call(() -> client.execute(new GetFile(fileId)));
        if (file.getFilePath() == null) {
            throw new TelegramFailure(400, null, "Telegram gave no file_path for the file");
        }
        return files.fetch(file.getFilePath(), MAX_DOWNLOAD_BYTES);
    }

    @Override
    public void answerButton(String callbackId, String text) throws TelegramFailure {
        call(() -> client.execute(AnswerCallbackQuery.builder().callbackQueryId(callbackId).text(text).build()));
    }

    @Override
    public void setCommands(Map<String, String> commands) throws TelegramFailure {
        List<BotCommand> list = commands.entrySet().stream().map(e -> new BotCommand(e.getKey(), e.getValue())).toList();
        call(() -> client.execute(SetMyCommands.builder().commands(list).build()));
    }

    @Override
    public void setMenuButton(String text, String url) throws TelegramFailure {
        call(() -> client.execute(org.telegram.telegrambots.meta.api.methods.menubutton.SetChatMenuButton.builder()
                .menuButton(org.telegram.telegrambots.meta.api.objects.menubutton.MenuButtonWebApp.builder().text(text)
                        .webAppInfo(new org.telegram.telegrambots.meta.api.objects.webapp.WebAppInfo(url)).build())
                .build()));
    }

    @Override
    public String username() throws TelegramFailure {
        if (username == null) {
            username = call(() -> client.execute(new GetMe())).getUserName();
        }
        return username;
    }

    @Override
    public void setWebhook(String url, String secret) throws TelegramFailure {
        call(() -> client.execute(SetWebhook.builder().url(url).secretToken(secret).build()));
    }

    @Override
    public void deleteWebhook() throws TelegramFailure {
        call(() -> client.execute(DeleteWebhook.builder().build()));
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream()
                        .map(b -> InlineKeyboardButton.builder().text(b.text()).callbackData(b.callbackData()).build())
                        .toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    private interface ApiCall<T> {
        T run() throws TelegramApiException;
    }

    private <T> T call(ApiCall<T> request) throws TelegramFailure {
        try {
            return request.run();
        } catch (TelegramApiRequestException e) {
            Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
            throw new TelegramFailure(code, retryAfter, TokenRedactor.redact(e.getMessage(), token));
        } catch (TelegramApiException e) {
            throw new TelegramFailure(0, null, TokenRedactor.redact(String.valueOf(e.getMessage()), token));
        } catch (RuntimeException e) {
            throw new TelegramFailure(0, null, TokenRedactor.redact(e.getClass().getSimpleName() + ": " + e.getMessage(), token));
        }
    }
}
