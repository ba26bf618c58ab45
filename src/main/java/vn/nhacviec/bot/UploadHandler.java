package vn.nhacviec.bot;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.TelegramGateway;
import vn.nhacviec.messaging.TelegramFailure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A file sent to the bot, a plan or a roster: the office (or the chairman) gets a preview with
 * "✅ Nhập" / "❌ Hủy"; nothing is stored until they confirm ({@link UploadDecisionHandler}).
 * Everyone else is refused politely. The sender is authorised and the file fetched on the update
 * lane; then the sender hears at once that the file is being read, the lane moves on, and the
 * preview (or the refusal) follows through the gateway when {@link DocumentReading} is done.
 */
@Singleton
class UploadHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);
    static final Duration PREVIEW_VALIDITY = Duration.ofHours(UploadMessages.PREVIEW_HOURS);

    private final TelegramGateway gateway;
    private final PendingUploadStore uploads;
    private final PlanReader planReader;
    private final UploadMessages messages;
    private final RosterUpload rosters;
    private final DocumentReading reading;
    private final OutgoingSender sender;
    private final PlanUploads planUploads;

    UploadHandler(@Nullable TelegramGateway gateway, PendingUploadStore uploads, PlanReader planReader, UploadMessages messages,
                  RosterUpload rosters, DocumentReading reading, @Nullable OutgoingSender sender,
                  PlanUploads planUploads) {
        this.planUploads = planUploads;
        this.sender = sender;
        this.rosters = rosters;
        this.reading = reading;
        this.gateway = gateway;
        this.uploads = uploads;
        this.planReader = planReader;
        this.messages = messages;
    }

    List<Outgoing> received(Turn turn) {
        Incoming.ReceivedFile file = turn.incoming().file();
        if (!turn.officer().role().loadsPlans()) {
            return Answers.text(turn.incoming(), messages.mayNotLoad());
        }
        long limit = Math.min(TelegramGateway.MAX_DOWNLOAD_BYTES, PlanFile.MAX_BYTES);
        if (file.size() > limit) {
            return Answers.text(turn.incoming(), messages.tooLarge(file.fileName(), file.size(), limit));
        }
        byte[] bytes;
        try {
            if (gateway == null || sender == null) {
                throw new TelegramFailure(0, null, "the bot has no Telegram connection");
            }
            bytes = gateway.download(file.fileId());
        } catch (TelegramFailure e) {
            LOG.warn("Could not download {} sent by officer {}: {}", file.fileName(), turn.officer().id(), e.getMessage());
            return Answers.text(turn.incoming(), e.errorCode() == 400 && String.valueOf(e.getMessage()).contains("too big")
                    ? messages.tooLarge(file.fileName(), Math.max(file.size(), TelegramGateway.MAX_DOWNLOAD_BYTES + 1), limit)
                    : messages.downloadFailed(file.fileName()));
        }
        String commune = turn.officer().officer().commune();
        // sent before the reading starts, so that it always comes before the outcome
        sender.carryOut(Answers.text(turn.incoming(), messages.reading(file.fileName())));
        byte[] content = bytes;
        reading.read(file.fileName(),
                () -> ReceivedDocument.read(file.fileName(), content, planReader, turn.today().getYear(), commune),
                document -> sender.carryOut(answerOrApology(turn, content, document)));
        return List.of();
    }

    /** The sender was promised an answer: a failure while preparing it (the database away) still gets one. */
    private List<Outgoing> answerOrApology(Turn turn, byte[] bytes, ReceivedDocument document) {
        try {
            return answer(turn, bytes, document);
        } catch (RuntimeException e) {
            LOG.warn("Could not answer about {} sent by officer {}: {}", turn.incoming().file().fileName(),
                    turn.officer().id(), String.valueOf(e));
            return Answers.text(turn.incoming(), messages.notAnswered(turn.incoming().file().fileName()));
        }
    }

    /** What the reading found, as the sender will see it: the preview with its buttons, or why not. */
    private List<Outgoing> answer(Turn turn, byte[] bytes, ReceivedDocument document) {
        Incoming.ReceivedFile file = turn.incoming().file();
        String commune = turn.officer().officer().commune();
        if (document instanceof ReceivedDocument.Unreadable unreadable) {
            return Answers.text(turn.incoming(), messages.unreadable(file.fileName(), unreadable.reason()));
        }
        if (document instanceof ReceivedDocument.OtherCommune other) {
            return Answers.text(turn.incoming(), messages.otherCommunesPlan(file.fileName(), other.planCommune(), commune));
        }
        Instant now = turn.now().toInstant();
        if (document instanceof ReceivedDocument.RosterDocument roster) {
            uploads.expireBefore(now.minus(PREVIEW_VALIDITY), now);
            return rosters.preview(turn, file.fileName(), bytes, roster.reading());
        }
        ReceivedDocument.PlanDocument plan = (ReceivedDocument.PlanDocument) document;
        PlanUploads.Uploader who = PlanUploads.of(turn);
        long id = planUploads.stage(who, file.fileName(), bytes, plan, now);
        List<Outgoing> out = new ArrayList<>();
        for (var part : planUploads.preview(who, file.fileName(), plan, id)) {
            out.add(new Outgoing.Send(turn.incoming().chatId(), part, null, MessageMemo.none()));
        }
        return out;
    }
}
