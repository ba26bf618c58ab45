package vn.nhacviec.evidence.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.evidence.CompletionReview;
import vn.nhacviec.evidence.DocumentNumber;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.EvidenceType;
import vn.nhacviec.store.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The evidence of completions and the office's reviews of them ({@code evidence}, {@code completion_review}). */
@Singleton
public class EvidenceStore {

    private static final String SELECT = "SELECT id, commune_id, deadline_id, officer_id, chat_id, kind, state, "
            + "telegram_file_id, file_name, file_type, size_bytes, sha256, storage_key, doc_number, doc_date, attempts, "
            + "last_error, received_at, stored_at FROM evidence";

    private final Jdbc jdbc;

    public EvidenceStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    /** A file announced by Telegram, recorded before it is fetched (PENDING); its id. */
    @Transactional
    public long recordFile(long communeId, long deadlineId, long officerId, Long chatId, String telegramFileId,
                           String fileName, DocumentNumber caption, Instant at) {
        return jdbc.insert("INSERT INTO evidence (commune_id, deadline_id, officer_id, chat_id, kind, state, telegram_file_id, "
                        + "file_name, doc_number, doc_date, attempts, received_at) VALUES (?, ?, ?, ?, 'FILE', 'PENDING', ?, ?, ?, ?, 0, ?)",
                communeId, deadlineId, officerId, chatId, telegramFileId, cut(fileName, 255),
                caption == null ? null : caption.number(), caption == null ? null : caption.date().orElse(null), at);
    }

    /** A document number typed with "xong"; its id. */
    @Transactional
    public long recordNumber(long communeId, long deadlineId, long officerId, DocumentNumber number, Instant at) {
        return jdbc.insert("INSERT INTO evidence (commune_id, deadline_id, officer_id, kind, state, doc_number, doc_date, "
                        + "attempts, received_at, stored_at) VALUES (?, ?, ?, 'NUMBER', 'STORED', ?, ?, 0, ?, ?)",
                communeId, deadlineId, officerId, number.number(), number.date().orElse(null), at, at);
    }

    /** The file was fetched, checked and kept; false when it was not pending any more. */
    @Transactional
    public boolean stored(long id, EvidenceType type, long size, String sha256, String storageKey, Instant at) {
        return jdbc.update("UPDATE evidence SET state = 'STORED', file_type = ?, size_bytes = ?, sha256 = ?, storage_key = ?, "
                        + "attempts = attempts + 1, last_error = NULL, stored_at = ? WHERE id = ? AND state = 'PENDING'",
                type.name(), size, sha256, storageKey, at, id) > 0;
    }

    /** The file was fetched and refused (too large, forbidden type, hostile): it is not kept, the reason is. */
    @Transactional
    public boolean refused(long id, String reason) {
        return jdbc.update("UPDATE evidence SET state = 'REFUSED', attempts = attempts + 1, last_error = ? "
                + "WHERE id = ? AND state = 'PENDING'", cut(reason, 500), id) > 0;
    }

    /** A fetch or store failed; the file stays PENDING for the next attempt. */
    @Transactional
    public void failed(long id, String error) {
        jdbc.update("UPDATE evidence SET attempts = attempts + 1, last_error = ? WHERE id = ? AND state = 'PENDING'",
                cut(error, 500), id);
    }

    @Transactional
    public Optional<Evidence> find(long id) {
        return jdbc.one(SELECT + " WHERE id = ?", EvidenceStore::row, id);
    }

    /** Files still to fetch, oldest first, tried fewer than {@code maxAttempts} times. */
    @Transactional
    public List<Evidence> pending(int maxAttempts, int limit) {
        return jdbc.list(SELECT + " WHERE state = 'PENDING' AND attempts < ? ORDER BY received_at, id", EvidenceStore::row,
                maxAttempts).stream().limit(limit).toList();
    }

    /** Everything recorded for a deadline, in the order it came (refused files too: the history). */
    @Transactional
    public List<Evidence> ofDeadline(long deadlineId) {
        return jdbc.list(SELECT + " WHERE deadline_id = ? ORDER BY id", EvidenceStore::row, deadlineId);
    }

    /** Everything recorded for the deadlines of one task of a commune (the task page lists it). */
    @Transactional
    public List<Evidence> ofTask(long communeId, int taskCode) {
        return jdbc.list(SELECT + " WHERE deadline_id IN (SELECT d.id FROM deadline d JOIN task t ON t.id = d.task_id "
                + "WHERE t.commune_id = ? AND t.code = ?) ORDER BY id", EvidenceStore::row, communeId, taskCode);
    }

    /** Kept evidence (stored files and numbers) of every task of a plan, in id order. */
    @Transactional
    public List<Evidence> keptOfPlan(long planId) {
        return jdbc.list(SELECT + " WHERE state = 'STORED' AND deadline_id IN (SELECT d.id FROM deadline d JOIN task t "
                + "ON t.id = d.task_id WHERE t.plan_id = ?) ORDER BY id", EvidenceStore::row, planId);
    }

    /** Kept evidence (stored files and numbers) of every deadline of a commune, in id order. */
    @Transactional
    public List<Evidence> keptOfCommune(long communeId) {
        return jdbc.list(SELECT + " WHERE state = 'STORED' AND commune_id = ? ORDER BY id", EvidenceStore::row, communeId);
    }

    /**
     * The deadline {@code actor} marked done most recently at or after {@code since}: a file sent
     * just after "xong" is its evidence.
     */
    @Transactional
    public Optional<Long> latestCompletedBy(String actor, Instant since) {
        return jdbc.list("SELECT id FROM deadline WHERE status = 'DONE' AND done_by = ? AND done_at >= ? "
                + "ORDER BY done_at DESC, id DESC", rs -> rs.getLong(1), actor, since).stream().findFirst();
    }

    /** The product column of a deadline's task ("Báo cáo", "Quyết định"...), "" when none. */
    @Transactional
    public String productOf(long deadlineId) {
        return jdbc.one("SELECT t.product FROM deadline d JOIN task t ON t.id = d.task_id WHERE d.id = ?",
                rs -> rs.getString(1), deadlineId).orElse("");
    }

    @Transactional
    public long recordReview(long communeId, long deadlineId, CompletionReview.Decision decision, String reason,
                             long decidedBy, Instant at) {
        return jdbc.insert("INSERT INTO completion_review (commune_id, deadline_id, decision, reason, decided_by, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", communeId, deadlineId, decision.name(), cut(reason, 1000), decidedBy, at);
    }

    /** The reviews of a deadline, oldest first. */
    @Transactional
    public List<CompletionReview> reviewsOf(long deadlineId) {
        return jdbc.list("SELECT id, deadline_id, decision, reason, decided_by, decided_at FROM completion_review "
                + "WHERE deadline_id = ? ORDER BY id", rs -> new CompletionReview(rs.getLong(1), rs.getLong(2),
                CompletionReview.Decision.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant()), deadlineId);
    }

    private static Evidence row(ResultSet rs) throws SQLException {
        String number = rs.getString("doc_number");
        java.sql.Date date = rs.getDate("doc_date");
        String type = rs.getString("file_type");
        long chat = rs.getLong("chat_id");
        Long chatId = rs.wasNull() ? null : chat;
        DocumentNumber documentNumber = number == null ? null
                : DocumentNumber.find(number).map(n -> new DocumentNumber(number, n.kind(),
                Optional.ofNullable(date).map(java.sql.Date::toLocalDate))).orElse(
                new DocumentNumber(number, "", Optional.ofNullable(date).map(java.sql.Date::toLocalDate)));
        return new Evidence(rs.getLong("id"), rs.getLong("commune_id"), rs.getLong("deadline_id"), rs.getLong("officer_id"),
                chatId, Evidence.Kind.valueOf(rs.getString("kind")), Evidence.State.valueOf(rs.getString("state")),
                rs.getString("telegram_file_id"), rs.getString("file_name"), type == null ? null : EvidenceType.valueOf(type),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("storage_key"), documentNumber,
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("received_at")),
                instant(rs.getTimestamp("stored_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
