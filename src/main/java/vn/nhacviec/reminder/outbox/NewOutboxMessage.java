package vn.nhacviec.reminder.outbox;

import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;

import java.time.LocalDate;

/**
 * A message decided but not yet sent. {@code idempotencyKey} names the decision (digest, date,
 * recipient, part): writing the same decision twice adds nothing.
 */
public record NewOutboxMessage(String idempotencyKey, Long communeId, long officerId, String kind, LocalDate scanDate,
                               Reply reply, MessageMemo memo) {

    public static final String DIGEST = "DIGEST";
    public static final String NOTICE = "NOTICE";
}
