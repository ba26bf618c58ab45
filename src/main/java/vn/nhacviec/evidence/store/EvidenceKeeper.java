package vn.nhacviec.evidence.store;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.evidence.DocumentNumber;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.EvidenceCheck;
import vn.nhacviec.evidence.EvidenceFiles;
import vn.nhacviec.messaging.TelegramFailure;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.plan.PlanFile;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Keeping the evidence of completions: a file is recorded with its Telegram file id first, then
 * fetched, checked ({@link EvidenceCheck}) and stored ({@link EvidenceFiles}); a fetch or store
 * that fails leaves it PENDING, retried later from the file id (by {@link EvidenceRetry} and
 * whenever the same officer sends evidence again). Nothing here talks to the officer: callers do.
 */
@Singleton
public class EvidenceKeeper {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceKeeper.class);

    /** What became of a file. */
    public sealed interface Outcome {
        record Stored(Evidence evidence) implements Outcome {
        }

        /** Checked and not kept; {@code reason} is Vietnamese. */
        record Refused(String reason) implements Outcome {
        }

        /** Telegram or the store was away: recorded, kept PENDING, retried later. */
        record Waiting(String error) implements Outcome {
        }
    }

    private final EvidenceStore store;
    private final EvidenceFiles files;
    private final EvidenceCheck check;
    private final TelegramGateway gateway;
    private final int maxAttempts;

    EvidenceKeeper(EvidenceStore store, EvidenceFiles files, EvidenceCheck check, @Nullable TelegramGateway gateway,
                   EvidenceSettings settings) {
        this.store = store;
        this.files = files;
        this.check = check;
        this.gateway = gateway;
        this.maxAttempts = settings.maxAttempts();
    }

    public EvidenceCheck check() {
        return check;
    }

    /** Records a file Telegram announced (before any download); its id. */
    public long recordFile(long communeId, long deadlineId, long officerId, Long chatId, String telegramFileId,
                           String fileName, DocumentNumber caption, Instant at) {
        return store.recordFile(communeId, deadlineId, officerId, chatId, telegramFileId, fileName, caption, at);
    }

    /** A file Telegram says is over the limit: refused without downloading it. */
    public Outcome.Refused refuseUnfetched(long evidenceId, long announcedSize) {
        Outcome.Refused refused = new Outcome.Refused(check.tooLarge(announcedSize).reason());
        store.refused(evidenceId, refused.reason());
        return refused;
    }

    /** Fetches a recorded file from Telegram; null (and the row left PENDING) when Telegram failed. */
    public byte[] fetch(Evidence evidence) {
        try {
            if (gateway == null) {
                throw new TelegramFailure(0, null, "the bot has no Telegram connection");
            }
            return gateway.download(evidence.telegramFileId());
        } catch (TelegramFailure e) {
            if (e.errorCode() == 400 && String.valueOf(e.getMessage()).contains("too big")) {
                store.refused(evidence.id(), check.tooLarge(TelegramGateway.MAX_DOWNLOAD_BYTES + 1).reason());
                return new byte[0];
            }
            LOG.warn("Evidence {}: the file could not be fetched from Telegram: {}", evidence.id(), e.getMessage());
            store.failed(evidence.id(), "fetch: " + e.getMessage());
            return null;
        }
    }

    /** Checks fetched bytes and stores them; the caller runs this under the reading time limit. */
    public Outcome keep(long evidenceId, String fileName, byte[] bytes, Instant at) {
        EvidenceCheck.Verdict verdict = check.check(fileName, bytes);
        if (verdict instanceof EvidenceCheck.Verdict.Refused refused) {
            store.refused(evidenceId, refused.reason());
            return new Outcome.Refused(refused.reason());
        }
        EvidenceCheck.Verdict.Accepted accepted = (EvidenceCheck.Verdict.Accepted) verdict;
        String sha256 = PlanFile.sha256(bytes);
        String key;
        try {
            key = files.put(sha256, accepted.type(), bytes);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Evidence {}: {} is away: {}", evidenceId, files, String.valueOf(e));
            store.failed(evidenceId, "store: " + e);
            return new Outcome.Waiting(String.valueOf(e));
        }
        store.stored(evidenceId, accepted.type(), bytes.length, sha256, key, at);
        return new Outcome.Stored(store.find(evidenceId).orElseThrow());
    }

    /** One more attempt at a PENDING file: fetch again from its Telegram file id, check, store. */
    public Outcome retry(Evidence evidence, Instant at) {
        byte[] bytes = fetch(evidence);
        if (bytes == null) {
            return new Outcome.Waiting("Telegram");
        }
        if (bytes.length == 0) {
            return new Outcome.Refused(check.tooLarge(TelegramGateway.MAX_DOWNLOAD_BYTES + 1).reason());
        }
        return keep(evidence.id(), evidence.fileName(), bytes, at);
    }

    /** Retries every PENDING file (oldest first, at most {@code limit}); how many were stored. */
    public int retryPending(Instant at, int limit) {
        int stored = 0;
        for (Evidence pending : store.pending(maxAttempts, limit)) {
            if (retry(pending, at) instanceof Outcome.Stored) {
                stored++;
            }
        }
        return stored;
    }

    public long recordNumber(long communeId, long deadlineId, long officerId, DocumentNumber number, Instant at) {
        return store.recordNumber(communeId, deadlineId, officerId, number, at);
    }

    /** Everything recorded for a task (its deadlines together), for the task page. */
    public List<Evidence> ofTask(long communeId, int taskCode) {
        return store.ofTask(communeId, taskCode);
    }

    public List<Evidence> ofDeadline(long deadlineId) {
        return store.ofDeadline(deadlineId);
    }

    public EvidenceFiles files() {
        return files;
    }
}
