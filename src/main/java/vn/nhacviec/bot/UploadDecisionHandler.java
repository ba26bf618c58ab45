package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.bot.store.UploadImportStore;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.store.ImportResult;

import java.util.List;
import java.util.Optional;

/**
 * "✅ Nhập kế hoạch" (or "✅ Nhập danh sách") / "❌ Hủy" under a preview. Only the sender decides, once, within the
 * preview's validity; the file is read again from the kept bytes, exactly as previewed.
 */
@Singleton
class UploadDecisionHandler {

    private final PendingUploadStore uploads;
    private final UploadImportStore imports;
    private final PlanReader planReader;
    private final UploadMessages messages;
    private final RosterUpload rosters;

    UploadDecisionHandler(PendingUploadStore uploads, UploadImportStore imports, PlanReader planReader, UploadMessages messages,
                          RosterUpload rosters) {
        this.rosters = rosters;
        this.uploads = uploads;
        this.imports = imports;
        this.planReader = planReader;
        this.messages = messages;
    }

    List<Outgoing> confirm(Turn turn, long uploadId) {
        Optional<PendingUploadStore.Upload> found = uploads.find(uploadId);
        var refusal = refusal(turn, found);
        if (refusal != null) {
            return refusal;
        }
        PendingUploadStore.Upload upload = found.get();
        if (upload.kind() == PendingUploadStore.Kind.ROSTER) {
            List<Outgoing> added = rosters.confirm(turn, upload);
            return added.isEmpty() ? Answers.text(turn.incoming(), messages.alreadyDecided()) : added;
        }
        String commune = turn.officer().officer().commune();
        ReceivedDocument document = ReceivedDocument.read(upload.fileName(), upload.content(), planReader,
                turn.today().getYear(), commune);
        if (!(document instanceof ReceivedDocument.PlanDocument plan)) {
            // cannot happen for bytes that were previewed, unless the configuration changed in between
            uploads.decide(uploadId, false, turn.now().toInstant());
            return Answers.text(turn.incoming(), messages.previewExpired());
        }
        Optional<ImportResult> result = imports.plan(uploadId, plan.plan(), plan.source(), turn.actor(), turn.now().toInstant());
        if (result.isEmpty()) {
            return Answers.text(turn.incoming(), messages.alreadyDecided());
        }
        ImportResult r = result.get();
        return Answers.text(turn.incoming(), r.unchanged() ? messages.planUnchanged(plan.plan().title())
                : messages.planImported(plan.plan().title(), commune, r.tasksAdded(), r.tasksUpdated(), r.tasksRemoved()));
    }

    List<Outgoing> cancel(Turn turn, long uploadId) {
        Optional<PendingUploadStore.Upload> found = uploads.find(uploadId);
        var refusal = refusal(turn, found);
        if (refusal != null) {
            return refusal;
        }
        if (!uploads.decide(uploadId, false, turn.now().toInstant())) {
            return Answers.text(turn.incoming(), messages.alreadyDecided());
        }
        return Answers.text(turn.incoming(), messages.cancelled(found.get().fileName()));
    }

    private List<Outgoing> refusal(Turn turn, Optional<PendingUploadStore.Upload> found) {
        if (found.isEmpty() || found.get().communeId() != turn.communeId()) {
            return Answers.text(turn.incoming(), messages.alreadyDecided());
        }
        PendingUploadStore.Upload upload = found.get();
        if (upload.officerId() != turn.officer().id()) {
            return Answers.text(turn.incoming(), messages.notYourUpload());
        }
        if (!upload.isPending()) {
            return Answers.text(turn.incoming(), "EXPIRED".equals(upload.status()) ? messages.previewExpired()
                    : messages.alreadyDecided());
        }
        if (upload.createdAt().plus(UploadHandler.PREVIEW_VALIDITY).isBefore(turn.now().toInstant())) {
            uploads.expireBefore(turn.now().toInstant().minus(UploadHandler.PREVIEW_VALIDITY), turn.now().toInstant());
            return Answers.text(turn.incoming(), messages.previewExpired());
        }
        return null;
    }
}
