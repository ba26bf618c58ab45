package vn.nhacviec.testsupport;

import io.micronaut.context.ApplicationContext;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The service with its bot, as the bot tests need it: a real database, the Bot API stand-in, and
 * the application context pointed at both with the service's clock set. Closes all three.
 */
public final class LiveBot implements AutoCloseable {

    private final FakeTelegram telegram;
    private final TestDatabase database;
    private final ApplicationContext context;

    private LiveBot(FakeTelegram telegram, TestDatabase database, ApplicationContext context) {
        this.telegram = telegram;
        this.database = database;
        this.context = context;
    }

    /**
     * @param clock the service's clock start ("2024-04-08T09:00:00+07:00")
     * @param extra further properties (they win over the defaults)
     */
    public static LiveBot start(TestDatabase database, String clock, Map<String, Object> extra) {
        FakeTelegram telegram = FakeTelegram.start();
        try {
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("nhacviec.clock", clock);
            properties.put("nhacviec.telegram.token", telegram.token());
            properties.put("nhacviec.telegram.api-url", telegram.url());
            properties.putAll(extra);
            return new LiveBot(telegram, database, ApplicationContext.run(properties, "test"));
        } catch (RuntimeException e) {
            telegram.close();
            database.close();
            throw e;
        }
    }

    public FakeTelegram telegram() {
        return telegram;
    }

    public ApplicationContext context() {
        return context;
    }

    /** The user sends {@code /start CODE}; returns once the bot has answered. */
    public void link(long user, String inviteCode, Duration wait) {
        int before = telegram.sentTo(user).size();
        telegram.userSends(user, "/start " + inviteCode);
        telegram.awaitNextMessage(user, before, wait);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            telegram.close();
            database.close();
        }
    }
}
