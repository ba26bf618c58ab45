package vn.nhacviec.bot;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads a received file entirely off the update lanes: the lane only starts the reading and goes
 * on with other users' updates; the reading runs on a small pool of its own (a hostile upload
 * spends that pool's threads, not a lane's) and its outcome is handed on, exactly once, on a
 * separate answering thread. Past the timeout the reader is interrupted (the reading budget stops
 * at its next check) and the outcome is a Vietnamese "too slow"; when every reader is busy and the
 * short queue is full it is "send it again later", at once.
 */
@Singleton
class DocumentReading {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReading.class);

    /** Under the reading budget's own 30 s: a file the budget lets through is read in a few seconds. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    static final String TOO_SLOW = "đọc tệp mất quá " + TIMEOUT.toSeconds() + " giây nên bot đã dừng; tệp kế hoạch hay "
            + "danh sách cán bộ thật đọc chỉ mất vài giây, đồng chí kiểm tra lại tệp.";
    static final String BUSY = "bot đang đọc nhiều tệp khác; đồng chí gửi lại tệp sau ít phút.";
    static final String FAILED = "tệp bị hỏng hoặc quá phức tạp, bot không đọc được; đồng chí mở tệp, lưu lại rồi gửi lại.";

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("document-timeout"));
    // answers write to the database and call Telegram: neither the readers nor the timer wait for that
    private final ExecutorService answering = Executors.newFixedThreadPool(2, daemon("document-answer"));
    private final Duration timeout;
    /** Runs on the reader's thread before each reading; tests use it to make a reading slow. */
    private volatile Runnable beforeReading = () -> { };

    @Inject
    DocumentReading() {
        this(2, 4, TIMEOUT);
    }

    DocumentReading(int threads, int queued, Duration timeout) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued),
                daemon("document-reading"));
        this.timeout = timeout;
    }

    /**
     * Starts {@code reading} on the reading pool and returns at once; {@code answer} later gets the
     * document, or the refusal for a reading past the timeout, a busy pool or an error of the JVM.
     */
    void read(String fileName, Callable<ReceivedDocument> reading, Consumer<ReceivedDocument> answer) {
        read(fileName, reading, answer, ReceivedDocument.Unreadable::new);
    }

    /**
     * As above for any outcome type (an evidence file's check too): {@code refusal} turns the
     * Vietnamese reason of a timeout, a busy pool or a JVM error into an outcome.
     */
    <T> void read(String fileName, Callable<T> reading, Consumer<T> answer, java.util.function.Function<String, T> refusal) {
        CompletableFuture<T> outcome = new CompletableFuture<>();
        outcome.thenAcceptAsync(answer, answering).exceptionally(e -> {
            LOG.warn("The answer about {} could not be given: {}", fileName, String.valueOf(e));
            return null;
        });
        Future<?> task;
        try {
            task = pool.submit(() -> {
                try {
                    beforeReading.run();
                    outcome.complete(reading.call());
                } catch (Exception | Error e) {
                    // ReceivedDocument answers every ordinary failure itself: what is left is an error of the JVM,
                    // or the interruption of a reading already answered as too slow
                    if (outcome.complete(refusal.apply(FAILED))) {
                        LOG.warn("Reading {} failed: {}", fileName, String.valueOf(e));
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Every document reader is busy; {} was not read", fileName);
            outcome.complete(refusal.apply(BUSY));
            return;
        }
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            if (outcome.complete(refusal.apply(TOO_SLOW))) {
                task.cancel(true);
                LOG.warn("Reading {} took more than {} ms; stopped", fileName, timeout.toMillis());
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        outcome.whenComplete((document, e) -> deadline.cancel(false));
    }

    /** Test hook: {@code hook} runs before each reading, inside the timeout. */
    void beforeEachReading(Runnable hook) {
        this.beforeReading = hook;
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
        timer.shutdownNow();
        answering.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
