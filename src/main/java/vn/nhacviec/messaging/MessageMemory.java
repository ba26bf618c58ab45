package vn.nhacviec.messaging;

/** Remembers what a sent message listed, so that a reply to it ("xong 2") can be understood. */
public interface MessageMemory {

    /** Idempotent: remembering the same message twice keeps the first memo. */
    void remember(long chatId, long messageId, MessageMemo memo);
}
