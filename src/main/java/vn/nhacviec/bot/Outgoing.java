package vn.nhacviec.bot;

import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.MessageMemo;

/** What the conversation asks to be done in answer: send a message, or acknowledge a button press. */
public sealed interface Outgoing {

    /** A message; {@code replyTo} makes it a reply, {@code memo} is remembered for replies to it. */
    record Send(long chatId, Reply reply, Long replyTo, MessageMemo memo) implements Outgoing {
    }

    /** A file, e.g. the quarterly report workbook. */
    record Document(long chatId, String fileName, byte[] content, String caption) implements Outgoing {
    }

    /** Telegram wants every button press answered, or the button keeps spinning. */
    record AnswerButton(String callbackId, String text) implements Outgoing {
    }
}
