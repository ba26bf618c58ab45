package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.bot.store.UploadImportStore;
import vn.nhacviec.bot.text.Html;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.directory.Role;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.store.ImportResult;
import vn.nhacviec.plan.store.PlanStore;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A plan file sent by the office, whether to the bot or on the web page: the preview (counts, warnings,
 * changes against the stored plan) kept as a pending upload, then confirmed or cancelled — once, by the
 * sender, within the preview's validity. The bot's upload handlers and the web's office tools both call
 * this, so the two channels store and refuse exactly alike.
 */
@Singleton
public class PlanUploads {

    /** Who sends the file. */
    public record Uploader(long officerId, long communeId, String commune, Role role, String actor) {
    }

    /** What a file sent on the web leads to: a preview waiting for a decision, or why not. */
    public sealed interface Preview {
        record Ready(long uploadId, List<Reply> parts) implements Preview {
        }

        record Refused(Reply reason) implements Preview {
        }
    }

    private final PendingUploadStore uploads;
    private final UploadImportStore imports;
    private final PlanReader planReader;
    private final UploadMessages messages;
    private final PlanStore plans;

    PlanUploads(PendingUploadStore uploads, UploadImportStore imports, PlanReader planReader, UploadMessages messages,
                PlanStore plans) {
        this.uploads = uploads;
        this.imports = imports;
        this.planReader = planReader;
        this.messages = messages;
        this.plans = plans;
    }

    /** Reads a file sent on the web and, if it is this commune's plan, keeps it for a decision. */
    public Preview preview(Uploader who, String fileName, byte[] bytes, ZonedDateTime now) {
        if (!who.role().loadsPlans()) {
            return new Preview.Refused(messages.mayNotLoad());
        }
        if (bytes.length > PlanFile.MAX_BYTES) {
            return new Preview.Refused(messages.tooLarge(fileName, bytes.length, PlanFile.MAX_BYTES));
        }
        ReceivedDocument document = ReceivedDocument.read(fileName, bytes, planReader, now.getYear(), who.commune());
        if (document instanceof ReceivedDocument.Unreadable unreadable) {
            return new Preview.Refused(messages.unreadable(fileName, unreadable.reason()));
        }
        if (document instanceof ReceivedDocument.OtherCommune other) {
            return new Preview.Refused(messages.otherCommunesPlan(fileName, other.planCommune(), who.commune()));
        }
        if (!(document instanceof ReceivedDocument.PlanDocument plan)) {
            return new Preview.Refused(new Reply("Tệp " + Html.escape(fileName) + " là danh sách cán bộ, không phải kế hoạch: "
                    + "hãy nhập ở phần «Nhập danh sách từ tệp»."));
        }
        long id = stage(who, fileName, bytes, plan, now.toInstant());
        return new Preview.Ready(id, preview(who, fileName, plan, id));
    }

    /** Keeps a read plan as a pending upload (expiring old previews first); returns its id. */
    long stage(Uploader who, String fileName, byte[] bytes, ReceivedDocument.PlanDocument plan, Instant now) {
        uploads.expireBefore(now.minus(UploadHandler.PREVIEW_VALIDITY), now);
        return uploads.create(who.communeId(), who.officerId(), PendingUploadStore.Kind.PLAN, fileName, bytes, now);
    }

    /** The bot's preview of a staged plan: parts with the "✅ Nhập" / "❌ Hủy" buttons of upload {@code id}. */
    List<Reply> preview(Uploader who, String fileName, ReceivedDocument.PlanDocument plan, long id) {
        return messages.planPreview(fileName, plan.plan(), who.commune(), id, plans.revisionOf(plan.plan()));
    }

    /** Stores the previewed plan, read again from the kept bytes exactly as previewed. */
    public Reply confirm(Uploader who, long uploadId, ZonedDateTime now) {
        Optional<PendingUploadStore.Upload> found = uploads.find(uploadId);
        Optional<Reply> refusal = refusal(who, found, now.toInstant());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return importPlan(who, found.get(), now);
    }

    /** A pending plan upload the sender confirmed (already checked by {@link #refusal}). */
    Reply importPlan(Uploader who, PendingUploadStore.Upload upload, ZonedDateTime now) {
        ReceivedDocument document = ReceivedDocument.read(upload.fileName(), upload.content(), planReader, now.getYear(),
                who.commune());
        if (!(document instanceof ReceivedDocument.PlanDocument plan)) {
            // cannot happen for bytes that were previewed, unless the configuration changed in between
            uploads.decide(upload.id(), false, now.toInstant());
            return messages.previewExpired();
        }
        Optional<ImportResult> result = imports.plan(upload.id(), plan.plan(), plan.source(), who.actor(), now.toInstant());
        if (result.isEmpty()) {
            return messages.alreadyDecided();
        }
        ImportResult r = result.get();
        return r.unchanged() ? messages.planUnchanged(plan.plan().title())
                : messages.planImported(plan.plan().title(), who.commune(), r.tasksAdded(), r.tasksUpdated(), r.tasksRemoved());
    }

    public Reply cancel(Uploader who, long uploadId, ZonedDateTime now) {
        Optional<PendingUploadStore.Upload> found = uploads.find(uploadId);
        Optional<Reply> refusal = refusal(who, found, now.toInstant());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!uploads.decide(uploadId, false, now.toInstant())) {
            return messages.alreadyDecided();
        }
        return messages.cancelled(found.get().fileName());
    }

    /** Empty when {@code who} may decide the upload now: theirs, of their commune, pending, not expired. */
    Optional<Reply> refusal(Uploader who, Optional<PendingUploadStore.Upload> found, Instant now) {
        if (found.isEmpty() || found.get().communeId() != who.communeId()) {
            return Optional.of(messages.alreadyDecided());
        }
        PendingUploadStore.Upload upload = found.get();
        if (upload.officerId() != who.officerId()) {
            return Optional.of(messages.notYourUpload());
        }
        if (!upload.isPending()) {
            return Optional.of("EXPIRED".equals(upload.status()) ? messages.previewExpired() : messages.alreadyDecided());
        }
        if (upload.createdAt().plus(UploadHandler.PREVIEW_VALIDITY).isBefore(now)) {
            uploads.expireBefore(now.minus(UploadHandler.PREVIEW_VALIDITY), now);
            return Optional.of(messages.previewExpired());
        }
        return Optional.empty();
    }

    static Uploader of(Turn turn) {
        return new Uploader(turn.officer().id(), turn.communeId(), turn.officer().officer().commune(), turn.officer().role(),
                turn.actor());
    }
}
