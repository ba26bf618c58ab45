package vn.nhacviec.reminder.outbox;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which waiting message goes next. Of the messages waiting (in outbox order), the one whose chat may
 * receive soonest goes first, so that a chat that just had a message (the second part of a digest)
 * does not hold up the chats behind it. Never one to a chat that has a message in flight, and never
 * a chat's later message before its earlier one.
 */
final class SendOrder {

    private SendOrder() {
    }

    /**
     * The index in {@code chats} (the waiting messages' chats, in outbox order) of the message to send
     * next, or -1 when every waiting message's chat has a message in flight.
     */
    static int next(List<Long> chats, Set<Long> inFlight, Pacer pacer) {
        int best = -1;
        Instant bestAt = null;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < chats.size(); i++) {
            long chat = chats.get(i);
            if (!seen.add(chat) || inFlight.contains(chat)) {
                continue;   // a chat's later message waits for its earlier one
            }
            Instant at = pacer.earliest(chat);
            if (bestAt == null || at.isBefore(bestAt)) {
                best = i;
                bestAt = at;
            }
        }
        return best;
    }
}
