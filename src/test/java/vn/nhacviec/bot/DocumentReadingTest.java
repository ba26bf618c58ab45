package vn.nhacviec.bot;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a received file happens on the reading pool, never longer than the timeout, and the caller never waits. */
class DocumentReadingTest {

    private static final ReceivedDocument READ = new ReceivedDocument.Unreadable("read");

    @Test
    void theCallerGoesOnWhileTheFileIsReadAndTheOutcomeFollowsOnAnotherThread() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> answeredOn = new CompletableFuture<>();
        CompletableFuture<ReceivedDocument> answer = new CompletableFuture<>();
        long start = System.nanoTime();
        reading.read("plan.docx", () -> {
            release.await();
            return READ;
        }, document -> {
            answeredOn.complete(Thread.currentThread().getName());
            answer.complete(document);
        });
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "read returns before the reading ends");
        Thread.sleep(200);
        assertFalse(answer.isDone(), "no outcome while the reading runs");
        release.countDown();
        assertEquals(READ, answer.get(5, TimeUnit.SECONDS));
        assertTrue(answeredOn.get().startsWith("document-answer-"), answeredOn.get());
        reading.close();
    }

    @Test
    void aReadingPastTheTimeoutIsStoppedAndTheSenderIsToldInVietnamese() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofMillis(300));
        CountDownLatch interrupted = new CountDownLatch(1);
        long start = System.nanoTime();
        CompletableFuture<ReceivedDocument> answer = new CompletableFuture<>();
        reading.read("slow.pdf", () -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return READ;
        }, answer::complete);
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.TOO_SLOW), answer.get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the reader is interrupted, so the budget stops it");
        assertEquals(READ, read(reading, "next.pdf"), "the pool's thread is free again");
        reading.close();
    }

    @Test
    void whenEveryReaderIsBusyTheSenderIsAskedToSendAgainAtOnce() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofSeconds(30));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ReceivedDocument> first = new CompletableFuture<>();
        reading.read("a.xlsx", () -> {
            started.countDown();
            release.await();
            return READ;
        }, first::complete);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CompletableFuture<ReceivedDocument> queued = new CompletableFuture<>();
        reading.read("b.xlsx", () -> READ, queued::complete); // waits in the queue of one
        long start = System.nanoTime();
        CompletableFuture<ReceivedDocument> third = new CompletableFuture<>();
        reading.read("c.xlsx", () -> READ, third::complete);
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.BUSY), third.get(1, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "a refusal does not wait");
        assertFalse(first.isDone() || queued.isDone());
        release.countDown();
        assertEquals(READ, first.get(5, TimeUnit.SECONDS));
        assertEquals(READ, queued.get(5, TimeUnit.SECONDS));
        reading.close();
    }

    @Test
    void anErrorOfTheJvmWhileReadingStillGetsAnAnswer() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofSeconds(5));
        CompletableFuture<ReceivedDocument> answer = new CompletableFuture<>();
        reading.read("deep.docx", () -> {
            throw new StackOverflowError();
        }, answer::complete);
        assertEquals(new ReceivedDocument.Unreadable(DocumentReading.FAILED), answer.get(5, TimeUnit.SECONDS));
        reading.close();
    }

    @Test
    void aReadingThatEndsInTimeIsAnsweredOnceEvenWhenTheTimeoutPassesLater() throws Exception {
        DocumentReading reading = new DocumentReading(1, 1, Duration.ofMillis(300));
        java.util.concurrent.atomic.AtomicInteger answers = new java.util.concurrent.atomic.AtomicInteger();
        CountDownLatch answered = new CountDownLatch(1);
        reading.read("quick.csv", () -> READ, document -> {
            answers.incrementAndGet();
            answered.countDown();
        });
        assertTrue(answered.await(5, TimeUnit.SECONDS));
        Thread.sleep(600);
        assertEquals(1, answers.get());
        reading.close();
    }

    private static ReceivedDocument read(DocumentReading reading, String fileName) throws Exception {
        CompletableFuture<ReceivedDocument> answer = new CompletableFuture<>();
        reading.read(fileName, () -> READ, answer::complete);
        return answer.get(5, TimeUnit.SECONDS);
    }
}
