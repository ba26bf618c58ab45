package vn.nhacviec.reminder.outbox;

import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Wakes this instance's dispatcher when something changed: a message was queued, a send finished, the
 * service is stopping. Another instance's messages are found by the dispatcher's poll instead.
 */
@Singleton
public class DispatchSignal {

    private long generation;

    /** Something changed. */
    public synchronized void wake() {
        generation++;
        notifyAll();
    }

    /** The current generation, to wait for a change after it. */
    synchronized long seen() {
        return generation;
    }

    /** Waits at most {@code max} for a change after generation {@code seen}; true when one came. */
    synchronized boolean await(long seen, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        for (long left = max.toNanos(); generation == seen && left > 0; left = end - System.nanoTime()) {
            long millis = left / 1_000_000;
            wait(Math.max(1, millis), 0);
        }
        return generation != seen;
    }
}
