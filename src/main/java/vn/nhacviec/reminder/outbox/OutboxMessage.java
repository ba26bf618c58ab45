package vn.nhacviec.reminder.outbox;

import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;

import java.time.Instant;
import java.time.LocalDate;

/** A message waiting in (or gone through) the outbox. */
public record OutboxMessage(long id, String idempotencyKey, Long communeId, Long officerId, String kind, LocalDate scanDate,
                            Reply reply, MessageMemo memo, String status, int attempts, Instant notBefore,
                            Long telegramMessageId, String lastError, Instant createdAt, Instant sentAt) {
}
