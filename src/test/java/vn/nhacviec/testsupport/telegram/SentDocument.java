package vn.nhacviec.testsupport.telegram;

import java.time.Instant;

/** A file the bot sent with sendDocument (multipart upload, or re-sent by file_id). */
public record SentDocument(int messageId, long chatId, String fileName, byte[] bytes, String caption, Instant sentAt) {
}
