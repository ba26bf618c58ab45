package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.bot.text.UploadMessages;

import java.util.List;
import java.util.Optional;

/**
 * "✅ Nhập kế hoạch" (or "✅ Nhập danh sách") / "❌ Hủy" under a preview. Only the sender decides, once, within the
 * preview's validity; the file is read again from the kept bytes, exactly as previewed ({@link PlanUploads},
 * which the web's office tools use too).
 */
@Singleton
class UploadDecisionHandler {

    private final PendingUploadStore uploads;
    private final UploadMessages messages;
    private final RosterUpload rosters;
    private final PlanUploads plans;

    UploadDecisionHandler(PendingUploadStore uploads, UploadMessages messages, RosterUpload rosters, PlanUploads plans) {
        this.rosters = rosters;
        this.uploads = uploads;
        this.messages = messages;
        this.plans = plans;
    }

    List<Outgoing> confirm(Turn turn, long uploadId) {
        Optional<PendingUploadStore.Upload> found = uploads.find(uploadId);
        PlanUploads.Uploader who = PlanUploads.of(turn);
        var refusal = plans.refusal(who, found, turn.now().toInstant());
        if (refusal.isPresent()) {
            return Answers.text(turn.incoming(), refusal.get());
        }
        PendingUploadStore.Upload upload = found.get();
        if (upload.kind() == PendingUploadStore.Kind.ROSTER) {
            List<Outgoing> added = rosters.confirm(turn, upload);
            return added.isEmpty() ? Answers.text(turn.incoming(), messages.alreadyDecided()) : added;
        }
        return Answers.text(turn.incoming(), plans.importPlan(who, upload, turn.now()));
    }

    List<Outgoing> cancel(Turn turn, long uploadId) {
        return Answers.text(turn.incoming(), plans.cancel(PlanUploads.of(turn), uploadId, turn.now()));
    }
}
