package vn.nhacviec.bot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a received file happens on the reading pool, never longer than the timeout. */
class DocumentReadingTest {

    private static final ReceivedDocument READ = new ReceivedDocument.Unreadable("read");

    @Test
    void aReadingPastTheTimeoutIsStoppedAndTheSenderIsToldInVietnamese() throws InterruptedException {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofMillis(300));
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        ReceivedDocument answer = reading.read("slow.pdf", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return READ;
        });
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.TOO_SLOW), answer);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the reader is interrupted, so the budget stops it");
        assertEquals(READ, reading.read("next.pdf", () -> READ), "the pool's thread is free again");
        reading.close();
    }

    @Test
    void whenEveryReaderIsBusyTheSenderIsAskedToSendAgainAtOnce() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ReceivedDocument> first = CompletableFuture.supplyAsync(() -> reading.read("a.xlsx", () -> {
            started.countDown();
            release.await();
            return READ;
        }));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CompletableFuture<ReceivedDocument> queued = CompletableFuture.supplyAsync(() -> reading.read("b.xlsx", () -> READ));
        Thread.sleep(300); // the second file waits in the queue of one
        long start = System.nanoTime();
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.BUSY), reading.read("c.xlsx", () -> READ));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "a refusal does not wait");
        release.countDown();
        assertEquals(READ, first.get(5, TimeUnit.SECONDS));
        assertEquals(READ, queued.get(5, TimeUnit.SECONDS));
        reading.close();
    }

    @Test
    void anErrorOfTheJvmWhileReadingStillGetsAnAnswer() {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofSeconds(5));
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.FAILED), reading.read("deep.docx", () -> {
            throw new StackOverflowError();
        }));
        reading.close();
    }
}
