package vn.nhacviec.bot;

import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

/** What the conversation asks to be done in answer: send or edit a message, send a file, or acknowledge a button press. */
public sealed interface Outgoing {

    /** A message; {@code replyTo} makes it a reply, {@code memo} is remembered for replies to it. */
    record Send(long chatId, Reply reply, Long replyTo, MessageMemo memo) implements Outgoing {
    }

    /**
     * A message the bot sent before, rewritten in place with {@code reply} (a list's "Xem tiếp"); {@code memo}
     * replaces what was remembered of it.
     */
    record Edit(long chatId, long messageId, Reply reply, MessageMemo memo) implements Outgoing {
    }

    /** A file, e.g. the quarterly report workbook. */
    record Document(long chatId, String fileName, byte[] content, String caption) implements Outgoing {
    }

    /** Telegram wants every button press answered, or the button keeps spinning. */
    record AnswerButton(String callbackId, String text) implements Outgoing {
    }
}
