package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendOrderTest {

    final PacerTest.TestClock clock = new PacerTest.TestClock();
    final Pacer pacer = new Pacer(30, 1, clock, clock::sleep);

    @Test
    void theMessageWhoseChatMayReceiveSoonestGoesFirst() throws Exception {
        pacer.acquire(1);   // chat 1 just had the first part of its digest
        assertEquals(1, SendOrder.next(List.of(1L, 2L, 3L), Set.of(), pacer));
    }

    @Test
    void messagesThatMayGoAtTheSameSlotGoInOutboxOrder() {
        assertEquals(0, SendOrder.next(List.of(5L, 2L, 3L), Set.of(), pacer));
    }

    @Test
    void aChatWithAMessageInFlightGetsNoOtherAndItsLaterMessagesWait() {
        assertEquals(2, SendOrder.next(List.of(5L, 5L, 3L), Set.of(5L), pacer));
        assertEquals(-1, SendOrder.next(List.of(5L, 5L), Set.of(5L), pacer), "every chat busy");
    }

    @Test
    void aChatsLaterMessageNeverOvertakesItsEarlierOne() throws Exception {
        pacer.acquire(9);
        // 9's first waiting message must wait for its interval; its second is not even a candidate.
        assertEquals(1, SendOrder.next(List.of(9L, 4L, 9L), Set.of(), pacer));
        assertEquals(0, SendOrder.next(List.of(9L, 9L), Set.of(), pacer));
    }

    /**
     * The dispatcher's loop, simulated on the test clock with seeded data: 600 messages to 250 chats (a third of
     * them with a digest in two or three parts), several senders, a round trip of 60–170 ms per call. Every chat
     * gets its messages in order, never two in flight, at most one a second; the bot at most 30 in any second; and
     * six in flight reach 95 % of 30 msg/s.
     */
    @Test
    void severalSendersKeepEveryLimitAndEachChatsOrderAndReachTheRate() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Result result = simulate(new Random(seed), 6, 60, 170);
            String summary = "seed " + seed + ": " + result;
            assertTrue(result.mostInOneSecond <= 30, summary);
            assertTrue(result.closestToOneChat.compareTo(Duration.ofSeconds(1)) >= 0, summary);
            assertEquals(0, result.outOfOrder, summary);
            assertEquals(0, result.twoInFlightToOneChat, summary);
            assertTrue(result.rate >= 28.5, summary);
        }
    }

    @Test
    void oneSenderAtATimeIsBoundByTheRoundTrip() throws Exception {
        Result result = simulate(new Random(7), 1, 80, 80);
        assertTrue(result.rate <= 12.5, "one in flight at 80 ms: " + result);
    }

    record Result(double rate, int mostInOneSecond, Duration closestToOneChat, int outOfOrder, int twoInFlightToOneChat) {
    }

    private record Message(int id, long chat) {
    }

    private record Answer(Instant at, Message message) {
    }

    private Result simulate(Random random, int inFlight, int minRoundTripMs, int maxRoundTripMs) throws Exception {
        List<Message> outbox = new ArrayList<>();
        List<Long> chats = new ArrayList<>();
        for (long chat = 1; chat <= 250; chat++) {
            chats.add(chat);
        }
        for (int id = 0; id < 600; id++) {
            outbox.add(new Message(id, id < 250 ? chats.get(id) : chats.get(random.nextInt(chats.size()))));
        }
        PriorityQueue<Answer> answers = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
        Set<Long> busy = new HashSet<>();
        List<Instant> sentAt = new ArrayList<>();
        Map<Long, Instant> lastToChat = new HashMap<>();
        Map<Long, Integer> lastIdToChat = new HashMap<>();
        Duration closest = Duration.ofDays(1);
        int outOfOrder = 0;
        int doubleFlight = 0;
        while (!outbox.isEmpty() || !answers.isEmpty()) {
            while (!answers.isEmpty() && !answers.peek().at().isAfter(clock.instant())) {
                Answer done = answers.poll();
                busy.remove(done.message().chat());
                outbox.remove(done.message());
            }
            // As OutboxStore.due: a message is due when no earlier one to its chat waits or is in flight.
            List<Message> due = new ArrayList<>();
            Set<Long> earlier = new HashSet<>(busy);
            for (Message m : outbox) {
                if (earlier.add(m.chat()) && answers.stream().noneMatch(a -> a.message().equals(m))) {
                    due.add(m);
                }
            }
            int next = answers.size() >= inFlight ? -1
                    : SendOrder.next(due.stream().map(Message::chat).toList(), busy, pacer);
            if (next < 0) {
                if (answers.isEmpty()) {
                    break;
                }
                clock.now = answers.peek().at();   // wait for an answer
                continue;
            }
            Message message = due.get(next);
            pacer.started(pacer.acquire(message.chat()));
            Instant at = clock.instant();
            if (!busy.add(message.chat())) {
                doubleFlight++;
            }
            sentAt.add(at);
            Instant before = lastToChat.put(message.chat(), at);
            if (before != null && Duration.between(before, at).compareTo(closest) < 0) {
                closest = Duration.between(before, at);
            }
            Integer previousId = lastIdToChat.put(message.chat(), message.id());
            if (previousId != null && previousId > message.id()) {
                outOfOrder++;
            }
            int roundTrip = minRoundTripMs + random.nextInt(maxRoundTripMs - minRoundTripMs + 1);
            answers.add(new Answer(at.plusMillis(roundTrip), message));
        }
        assertEquals(600, sentAt.size(), "every message sent once");
        // The rate while distinct chats are waiting: the tail of second parts is bound by the per-chat limit.
        List<Instant> body = sentAt.subList(0, 300);
        double bodyRate = (body.size() - 1) / (Duration.between(body.get(0), body.get(body.size() - 1)).toNanos() / 1e9);
        return new Result(bodyRate, PacerTest.mostInOneSecond(sentAt), closest, outOfOrder, doubleFlight);
    }
}
