package vn.nhacviec.bot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.messaging.TelegramFailure;

import java.util.List;

/**
 * Carries out the conversation's answers through the gateway. Interactive answers honour 429's
 * retry_after a few times (a person is waiting); failures are logged, never thrown.
 */
public class OutgoingSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutgoingSender.class);
    private static final int ATTEMPTS = 4;
    private static final int MAX_WAIT_SECONDS = 15;

    private final TelegramGateway gateway;
    private final BotMessageStore memory;

    public OutgoingSender(TelegramGateway gateway, BotMessageStore memory) {
        this.gateway = gateway;
        this.memory = memory;
    }

    public void carryOut(List<Outgoing> actions) {
        for (Outgoing action : actions) {
            try {
                if (action instanceof Outgoing.Send send) {
                    long messageId = withRetries(() -> gateway.send(send.chatId(), send.reply(), send.replyTo()));
                    if (send.memo().kind() != MessageMemo.Kind.OTHER) {
                        memory.remember(send.chatId(), messageId, send.memo());
                    }
                } else if (action instanceof Outgoing.Edit edit) {
                    withRetries(() -> {
                        gateway.edit(edit.chatId(), edit.messageId(), edit.reply());
                        return edit.messageId();
                    });
                    memory.rememberAgain(edit.chatId(), edit.messageId(), edit.memo());
                } else if (action instanceof Outgoing.Document document) {
                    withRetries(() -> gateway.sendDocument(document.chatId(), document.fileName(), document.content(),
                            document.caption()));
                } else if (action instanceof Outgoing.AnswerButton answer) {
                    withRetries(() -> {
                        gateway.answerButton(answer.callbackId(), answer.text());
                        return 0L;
                    });
                }
            } catch (TelegramFailure e) {
                LOG.warn("Telegram refused an answer ({}): {}", e.errorCode(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private interface Call {
        long run() throws TelegramFailure;
    }

    private static long withRetries(Call call) throws TelegramFailure, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (TelegramFailure e) {
                if (attempt >= ATTEMPTS || e.isPermanent()) {
                    throw e;
                }
                long waitSeconds = e.isRateLimited() && e.retryAfterSeconds() != null
                        ? Math.min(e.retryAfterSeconds(), MAX_WAIT_SECONDS) : attempt;
                Thread.sleep(waitSeconds * 1000L);
            }
        }
    }
}
