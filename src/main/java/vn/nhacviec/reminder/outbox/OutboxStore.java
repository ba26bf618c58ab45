package vn.nhacviec.reminder.outbox;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.MessageMemory;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.store.Jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * The durable outbox. Rows move PENDING → SENDING → SENT, or back to PENDING with a later
 * {@code not_before} (429, 5xx), or to FAILED (permanent errors) or STALE (a digest of a past day).
 */
@Singleton
public class OutboxStore {

    private static final String COLUMNS = "id, idempotency_key, commune_id, officer_id, kind, scan_date, html, keyboard, memo, "
            + "status, attempts, not_before, telegram_message_id, last_error, created_at, sent_at";

    /** Appended to a state change: only while the lease of the given version is current. */
    private static final String FENCE = " AND EXISTS (SELECT 1 FROM dispatch_lease WHERE lease_name = '"
            + DispatchLeaseStore.NAME + "' AND version = ?)";

    private final Jdbc jdbc;
    private final MessageMemory memory;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final DispatchSignal signal;

    public OutboxStore(JdbcOperations jdbc, MessageMemory memory, Clock clock, TransactionOperations<Connection> transactions,
                       DispatchSignal signal) {
        this.jdbc = new Jdbc(jdbc);
        this.memory = memory;
        this.clock = clock;
        this.transactions = transactions;
        this.signal = signal;
    }

    /**
     * Writes a decided message; false when the same decision was written before. This instance's
     * dispatcher is woken when the transaction that wrote it commits (the scan's, for digests).
     */
    @Transactional
    public boolean enqueue(NewOutboxMessage message) {
        if (jdbc.exists("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key = ?", message.idempotencyKey())) {
            return false;
        }
        wakeDispatcherOnCommit();
        Instant now = now();
        return jdbc.update("INSERT INTO outbox_message (idempotency_key, commune_id, officer_id, kind, scan_date, "
                + "html, keyboard, memo, status, attempts, not_before, created_at) VALUES (?,?,?,?,?,?,?,?,'PENDING',0,?,?)",
                message.idempotencyKey(), message.communeId(), message.officerId(), message.kind(), message.scanDate(),
                message.reply().html(), OutboxCodec.keyboard(message.reply().keyboard()),
                OutboxCodec.memo(message.memo().items()), now, now) == 1;
    }

    /**
     * Writes many decided messages at once (the daily scan's digests): per chunk one read of the keys
     * already written and one multi-row INSERT of the others. Returns how many were new.
     */
    @Transactional
    public int enqueueAll(List<NewOutboxMessage> messages) {
        int written = 0;
        Instant now = now();
        for (int from = 0; from < messages.size(); from += ENQUEUE_CHUNK) {
            List<NewOutboxMessage> chunk = messages.subList(from, Math.min(messages.size(), from + ENQUEUE_CHUNK));
            Set<String> seen = new HashSet<>(jdbc.list("SELECT idempotency_key FROM outbox_message "
                    + "WHERE idempotency_key IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> rs.getString(1), chunk.stream().map(NewOutboxMessage::idempotencyKey).toArray()));
            List<Object> values = new ArrayList<>();
            int rows = 0;
            for (NewOutboxMessage message : chunk) {
                if (seen.add(message.idempotencyKey())) {
                    values.addAll(Arrays.asList(message.idempotencyKey(), message.communeId(), message.officerId(),
                            message.kind(), message.scanDate(), message.reply().html(),
                            OutboxCodec.keyboard(message.reply().keyboard()), OutboxCodec.memo(message.memo().items()), now, now));
                    rows++;
                }
            }
            if (rows > 0) {
                jdbc.update("INSERT INTO outbox_message (idempotency_key, commune_id, officer_id, kind, scan_date, html, keyboard, "
                        + "memo, status, attempts, not_before, created_at) VALUES "
                        + String.join(",", Collections.nCopies(rows, "(?,?,?,?,?,?,?,?,'PENDING',0,?,?)")),
                        values.toArray());
                written += rows;
            }
        }
        if (written > 0) {
            wakeDispatcherOnCommit();
        }
        return written;
    }

    private static final int ENQUEUE_CHUNK = 200;

    /**
     * PENDING messages whose time has come, oldest first, each only when no earlier message to the same
     * officer still waits (PENDING, even if not yet due, or SENDING): an officer's messages go in the
     * order they were queued, one at a time, retries included. Index: ix_outbox_due for the rows,
     * ix_outbox_officer_waiting for the earlier ones.
     */
    @Transactional
    public List<OutboxMessage> due(int limit) {
        return query("SELECT " + COLUMNS + " FROM outbox_message m WHERE status = 'PENDING' AND not_before <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM outbox_message e WHERE e.officer_id = m.officer_id "
                + "AND e.status IN ('PENDING', 'SENDING') AND e.id < m.id) ORDER BY id LIMIT " + limit, now());
    }

    /**
     * Whether a dispatcher has something to do: a message due (as {@link #due}) or one left SENDING
     * (by a dispatcher that died, or by the one sending now). Two indexed look-ups of one row, for an
     * idle dispatcher's poll.
     */
    @Transactional
    public boolean hasWork() {
        return !due(1).isEmpty()
                || !jdbc.list("SELECT id FROM outbox_message WHERE status = 'SENDING' LIMIT 1", rs -> rs.getLong(1)).isEmpty();
    }

    @Transactional
    public List<OutboxMessage> withStatus(List<String> statuses) {
        String marks = String.join(",", statuses.stream().map(s -> "?").toList());
        return query("SELECT " + COLUMNS + " FROM outbox_message WHERE status IN (" + marks + ") ORDER BY id", statuses.toArray());
    }

    /**
     * Claims a message for sending under {@code lease}; false if another run took it, or if the
     * lease has passed to another dispatcher (the check is in the same statement, so it fences).
     */
    @Transactional
    public boolean claim(long id, DispatchLeaseStore.Lease lease) {
        return update("UPDATE outbox_message SET status = 'SENDING', attempts = attempts + 1, claim_version = ? "
                + "WHERE id = ? AND status = 'PENDING'" + FENCE, lease.version(), id, lease.version()) == 1;
    }

    /**
     * Telegram accepted the message: it is SENT, and what it listed is remembered in the same
     * transaction, so a "xong 2" reply to it always finds its items. Recorded whoever holds the
     * lease now: it is a fact, and recording it spares a second copy.
     */
    @Transactional
    public void sent(long id, long telegramMessageId, long chatId, MessageMemo memo) {
        update("UPDATE outbox_message SET status = 'SENT', telegram_message_id = ?, sent_at = ?, last_error = NULL "
                + "WHERE id = ? AND status <> 'SENT'", telegramMessageId, now(), id);
        memory.remember(chatId, telegramMessageId, memo);
    }

    @Transactional
    public void retryAt(long id, DispatchLeaseStore.Lease lease, Instant notBefore, String error) {
        update("UPDATE outbox_message SET status = 'PENDING', not_before = ?, last_error = ? WHERE id = ?" + FENCE,
                notBefore, clip(error), id, lease.version());
    }

    @Transactional
    public void failed(long id, DispatchLeaseStore.Lease lease, String error) {
        update("UPDATE outbox_message SET status = 'FAILED', last_error = ? WHERE id = ?" + FENCE, clip(error), id,
                lease.version());
    }

    /**
     * Messages left SENDING by an earlier lease holder (a run that died or was stopped between
     * its claim and Telegram's answer). Telegram has no idempotency key, so they are sent again:
     * a crash between Telegram's answer and this row's update may duplicate one message, never
     * lose it. Claims of the current lease are not touched.
     */
    @Transactional
    public int recoverInterrupted(DispatchLeaseStore.Lease lease) {
        return update("UPDATE outbox_message SET status = 'PENDING' WHERE status = 'SENDING' "
                + "AND (claim_version IS NULL OR claim_version < ?)", lease.version());
    }

    /**
     * Messages that can never go out stop being retried: those to removed officers fail at once,
     * and notices to an officer who has not linked within {@code noticeLife} go stale.
     */
    @Transactional
    public int dropUndeliverable(Duration noticeLife) {
        int removed = update("UPDATE outbox_message SET status = 'FAILED', last_error = 'officer removed' "
                + "WHERE status = 'PENDING' AND officer_id IN (SELECT id FROM officer WHERE active = FALSE)");
        int expired = update("UPDATE outbox_message SET status = 'STALE', last_error = 'officer not reachable in time' "
                + "WHERE status = 'PENDING' AND kind = 'NOTICE' AND created_at < ?",
                now().minus(noticeLife));
        return removed + expired;
    }

    /** Digests of past days that never went out: the day's fresh digest replaces them. */
    @Transactional
    public int markStale(LocalDate today) {
        return update("UPDATE outbox_message SET status = 'STALE' WHERE status = 'PENDING' AND kind = 'DIGEST' AND scan_date < ?",
                today);
    }

    private void wakeDispatcherOnCommit() {
        try {
            transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            signal.wake();
                        }
                    }), signal::wake);
        } catch (RuntimeException | LinkageError e) {
            signal.wake();   // the dispatcher's poll finds the message in any case
        }
    }

    private List<OutboxMessage> query(String sql, Object... parameters) {
        return jdbc.list(sql, OutboxStore::read, parameters);
    }

    private int update(String sql, Object... parameters) {
        return jdbc.update(sql, parameters);
    }

    private static OutboxMessage read(ResultSet rs) throws SQLException {
        java.sql.Date scanDate = rs.getDate("scan_date");
        Timestamp sentAt = rs.getTimestamp("sent_at");
        long telegramId = rs.getLong("telegram_message_id");
        Long telegramMessageId = rs.wasNull() ? null : telegramId;
        long communeId = rs.getLong("commune_id");
        Long commune = rs.wasNull() ? null : communeId;
        long officerId = rs.getLong("officer_id");
        Long officer = rs.wasNull() ? null : officerId;
        Reply reply = new Reply(rs.getString("html"), OutboxCodec.keyboard(rs.getString("keyboard")));
        MessageMemo memo = new MessageMemo(MessageMemo.Kind.DIGEST, officer, OutboxCodec.memo(rs.getString("memo")));
        return new OutboxMessage(rs.getLong("id"), rs.getString("idempotency_key"), commune, officer, rs.getString("kind"),
                scanDate == null ? null : scanDate.toLocalDate(), reply, memo, rs.getString("status"), rs.getInt("attempts"),
                rs.getTimestamp("not_before").toInstant(), telegramMessageId, rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), sentAt == null ? null : sentAt.toInstant());
    }

    private static String clip(String error) {
        return error == null ? null : error.length() <= 500 ? error : error.substring(0, 500);
    }

    private Instant now() {
        return Jdbc.stored(clock.instant());
    }
}
