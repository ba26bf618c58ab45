package vn.nhacviec.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.nhacviec.bot.Incoming;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Hands updates to the conversation: one lane per group of users, so one user's messages are
 * handled in order while a slow or flooding user never holds up the others. A failing update is
 * logged and dropped; it never stops polling.
 */
public final class UpdateLanes implements LongPollingUpdateConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateLanes.class);

    private final List<ExecutorService> lanes;
    private final Consumer<Incoming> conversation;
    private final String token;

    public UpdateLanes(int laneCount, Consumer<Incoming> conversation, String token) {
        this.lanes = IntStream.range(0, laneCount).mapToObj(i -> Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "telegram-lane-" + i);
            thread.setDaemon(true);
            return thread;
        })).toList();
        this.conversation = conversation;
        this.token = token;
    }

    @Override
    public void consume(List<Update> updates) {
        updates.forEach(this::consume);
    }

    public void consume(Update update) {
        UpdateTranslator.translate(update).ifPresent(incoming -> {
            ExecutorService lane = lanes.get((int) Math.floorMod(incoming.userId(), (long) lanes.size()));
            lane.execute(() -> handle(incoming));
        });
    }

    private void handle(Incoming incoming) {
        try {
            conversation.accept(incoming);
        } catch (RuntimeException | Error e) {
            LOG.warn("update {} from user {} failed: {}", incoming.updateId(), incoming.userId(),
                    TokenRedactor.redact(String.valueOf(e), token));
        }
    }

    @Override
    public void close() {
        // Updates still queued at shutdown are dropped: their database may already be closing.
        lanes.forEach(ExecutorService::shutdownNow);
        for (ExecutorService lane : lanes) {
            try {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
