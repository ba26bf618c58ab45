package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.evidence.store.EvidenceBinders;
import vn.nhacviec.messaging.Reply;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * /hoso: the chairman, vice-chairmen and the office get this year's evidence binder (.zip). It is
 * written to a temporary file first (the binder streams), then sent if Telegram takes its size.
 */
@Singleton
class BinderHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BinderHandler.class);
    /** Telegram's limit for a file a bot sends. */
    static final long MAX_SEND_BYTES = 50L * 1024 * 1024;

    private final EvidenceBinders binders;
    private final EvidenceMessages messages;

    BinderHandler(EvidenceBinders binders, EvidenceMessages messages) {
        this.binders = binders;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn) {
        if (!turn.officer().role().receivesQuarterlyReport()) {
            return Answers.text(turn.incoming(), messages.binderForLeaders());
        }
        int year = turn.today().getYear();
        Optional<EvidenceBinders.PlanRef> plan = binders.plan(turn.communeId(), year);
        if (plan.isEmpty()) {
            return Answers.text(turn.incoming(), messages.noPlan(year));
        }
        Path file = null;
        try {
            file = Files.createTempFile("ho-so-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                binders.write(plan.get(), out);
            }
            long size = Files.size(file);
            if (size > MAX_SEND_BYTES) {
                return Answers.text(turn.incoming(), messages.binderTooLarge(size, "report binder --commune \""
                        + plan.get().commune() + "\" --year " + year));
            }
            return List.of(new Outgoing.Document(turn.incoming().chatId(), EvidenceBinders.fileName(plan.get()),
                    Files.readAllBytes(file), messages.binderCaption(year)));
        } catch (IOException e) {
            LOG.warn("The evidence binder of plan {} could not be written: {}", plan.get().id(), String.valueOf(e));
            return Answers.text(turn.incoming(), new Reply("Chưa lập được hồ sơ kiểm chứng (kho lưu trữ tệp chưa sẵn sàng); "
                    + "đồng chí thử lại sau ít phút."));
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.debug("Temporary binder {} not deleted: {}", file, e.getMessage());
                }
            }
        }
    }
}
