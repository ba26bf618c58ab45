package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pending updates with Telegram's getUpdates semantics: a call with offset N confirms (drops forever) every update
 * whose id is below N; updates come back in id order; with a timeout the call waits until an update arrives.
 * As on Telegram, a newer getUpdates call ends a waiting older one with 409 Conflict (two pollers on one token), and
 * getUpdates is refused with 409 while a webhook is set.
 */
final class UpdateQueue {
    private final List<ObjectNode> pending = new ArrayList<>();
    /** Telegram's update ids start at an arbitrary large number; a start far from 1 catches "offset = 0/1" bugs. */
    private int nextUpdateId = 700_000_001;
    private long pollGeneration;
    private boolean closed;

    /** Builds the update with the next id and queues it; returns the id. */
    synchronized int add(IntFunction<ObjectNode> build) {
        int id = nextUpdateId++;
        pending.add(build.apply(id));
        notifyAll();
        return id;
    }

    synchronized int pendingCount() {
        return pending.size();
    }

    synchronized void dropAll() {
        pending.clear();
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }

    List<ObjectNode> poll(long offset, int limit, int timeoutSeconds, boolean webhookActive)
            throws InterruptedException {
        synchronized (this) {
            if (webhookActive) {
                throw new BotApiException(409,
                        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
            if (offset > 0) {
                pending.removeIf(u -> u.get("update_id").asLong() < offset);
            }
            long generation = ++pollGeneration;
            notifyAll(); // wakes an older waiting poll so that it ends with 409
            long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
            while (pending.isEmpty() && !closed && generation == pollGeneration) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            if (generation != pollGeneration) {
                throw new BotApiException(409,
                        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            }
            return List.copyOf(pending.subList(0, Math.min(limit, pending.size())));
        }
    }
}
