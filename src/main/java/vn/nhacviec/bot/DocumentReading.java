package vn.nhacviec.bot;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.plan.PlanReader;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a received file off the update lanes: on a small pool of its own, so a hostile upload
 * spends that pool's threads, not a lane's, and with a timeout, after which the reader is
 * interrupted (the reading budget stops at its next check) and the sender is told in Vietnamese.
 * When every reader is busy and the short queue is full the sender is asked to send it again later.
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
    private final Duration timeout;

    @Inject
    DocumentReading() {
        this(2, 4, TIMEOUT);
    }

    DocumentReading(int threads, int queued, Duration timeout) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queued), r -> {
            Thread thread = new Thread(r, "document-reading-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timeout = timeout;
    }

    /** {@link ReceivedDocument#read}, on the reading pool, within the timeout. */
    ReceivedDocument read(String fileName, byte[] bytes, PlanReader reader, int fallbackYear, String senderCommune) {
        return read(fileName, () -> ReceivedDocument.read(fileName, bytes, reader, fallbackYear, senderCommune));
    }

    ReceivedDocument read(String fileName, Callable<ReceivedDocument> reading) {
        Future<ReceivedDocument> future;
        try {
            future = pool.submit(reading);
        } catch (RejectedExecutionException e) {
            LOG.warn("Every document reader is busy; {} was not read", fileName);
            return new ReceivedDocument.Unreadable(BUSY);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("Reading {} took more than {} s; stopped", fileName, timeout.toSeconds());
            return new ReceivedDocument.Unreadable(TOO_SLOW);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new ReceivedDocument.Unreadable(TOO_SLOW);
        } catch (ExecutionException e) {
            // ReceivedDocument answers every exception itself: what is left is an error of the JVM
            LOG.warn("Reading {} failed: {}", fileName, String.valueOf(e.getCause()));
            return new ReceivedDocument.Unreadable(FAILED);
        }
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
