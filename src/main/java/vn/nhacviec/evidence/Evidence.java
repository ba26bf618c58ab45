package vn.nhacviec.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * One piece of evidence for one deadline: a file an officer sent through Telegram (kept once it
 * was fetched and checked), or the number of the document they typed with "xong".
 *
 * @param telegramFileId set for files: what a retry fetches again
 * @param fileName       as the sender named it (null for numbers)
 * @param type           from the bytes, null until stored
 * @param sha256         null until stored
 * @param storageKey     where {@link EvidenceFiles} keeps it, null until stored
 * @param number         the document number typed, for {@link Kind#NUMBER} (or a file's caption)
 * @param lastError      why the last fetch failed, or why the file was refused
 */
public record Evidence(long id, long communeId, long deadlineId, long officerId, Long chatId, Kind kind, State state,
                       String telegramFileId, String fileName, EvidenceType type, long size, String sha256,
                       String storageKey, DocumentNumber number, int attempts, String lastError, Instant receivedAt,
                       Instant storedAt) {

    public enum Kind { FILE, NUMBER }

    /** PENDING: recorded, not stored yet (retried); STORED: kept; REFUSED: checked and not kept. */
    public enum State { PENDING, STORED, REFUSED }

    public Optional<DocumentNumber> documentNumber() {
        return Optional.ofNullable(number);
    }

    /** "ảnh «anh-12.jpg»", "tệp PDF «qd.pdf»", "Văn bản số 12/QĐ-UBND ngày 03/03/2025": how lists name it. */
    public String describe() {
        if (kind == Kind.NUMBER) {
            return "Văn bản số " + number.shown();
        }
        String what = type == null ? "tệp" : type.isPhoto() ? "ảnh" : "tệp " + type.extension().toUpperCase(java.util.Locale.ROOT);
        return what + " «" + fileName + "»" + (state == State.PENDING ? " (đang chờ lưu)" : "");
    }

    public boolean isStoredFile() {
        return kind == Kind.FILE && state == State.STORED;
    }
}
