package vn.nhacviec.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.nhacviec.bot.Conversation;
import vn.nhacviec.bot.Incoming;
import vn.nhacviec.bot.OutgoingSender;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.TelegramGateway;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The visitor's side of the simulated chats: what they type or press goes, as the update Telegram
 * would deliver, through the bot's own conversation, and its answers come back through the
 * simulated gateway — the same path as with a real token ({@code BotConnection}'s lanes).
 */
@Singleton
@Requires(beans = SimulatedTelegram.class)
public class ChatSimulator {

    private final SimulatedTelegram telegram;
    private final Conversation conversation;
    private final OutgoingSender sender;
    private final CommuneStore communes;
    private final RosterStore roster;
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong presses = new AtomicLong();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    public ChatSimulator(SimulatedTelegram telegram, Conversation conversation, OutgoingSender sender,
                         CommuneStore communes, RosterStore roster) {
        this.telegram = telegram;
        this.conversation = conversation;
        this.sender = sender;
        this.communes = communes;
        this.roster = roster;
    }

    /** Someone the visitor can be: an officer on the roster and the chat they are linked in. */
    public record Member(Officer officer, long chatId) {
    }

    /** Every linked officer of every commune, in roster order. */
    public List<Member> members() {
        return communes.all().stream()
                .flatMap(c -> roster.members(c.id()).stream())
                .filter(m -> m.chatId() != null)
                .map(m -> new Member(m.officer(), m.chatId()))
                .toList();
    }

    public Optional<Member> member(long chatId) {
        return members().stream().filter(m -> m.chatId() == chatId).findFirst();
    }

    /** The visitor writes {@code text} in {@code chatId}, maybe in reply to message {@code replyTo}. */
    public void say(long chatId, String text, Long replyTo) {
        String sent = text.length() > TelegramGateway.MAX_MESSAGE_LENGTH
                ? text.substring(0, TelegramGateway.MAX_MESSAGE_LENGTH) : text;
        synchronized (lock(chatId)) {
            Long answered = replyTo != null && telegram.message(chatId, replyTo).isPresent() ? replyTo : null;
            long messageId = telegram.fromVisitor(chatId, sent, answered);
            sender.carryOut(conversation.handle(new Incoming(updates.incrementAndGet(), chatId, chatId, messageId, sent,
                    answered, null, null)));
        }
    }

    /**
     * The visitor presses the button carrying {@code data} under message {@code messageId}; returns
     * the short notice the bot answered the press with ("" when none).
     */
    public String press(long chatId, long messageId, String data) {
        synchronized (lock(chatId)) {
            String callbackId = "demo-" + presses.incrementAndGet();
            sender.carryOut(conversation.handle(new Incoming(updates.incrementAndGet(), chatId, chatId, messageId, null,
                    null, callbackId, data)));
            return telegram.takeAnswer(callbackId);
        }
    }

    /** One chat's messages are handled in order, as Telegram's lanes do; chats do not wait for each other. */
    private Object lock(long chatId) {
        return locks.computeIfAbsent(chatId, id -> new Object());
    }
}
