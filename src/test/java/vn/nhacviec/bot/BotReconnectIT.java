package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Telegram unreachable at start does not stop the service: the bot keeps retrying in the background. */
class BotReconnectIT {

    @Test
    void theBotConnectsOnceTelegramAnswersAgain() {
        try (FakeTelegram telegram = FakeTelegram.start(); TestDatabase database = TestDatabase.h2()) {
            // The library's registerBot starts with deleteWebhook: make the first attempts fail as if Telegram were down.
            telegram.failNext("deleteWebhook", 2, 502);
            Map<String, Object> properties = new HashMap<>(database.properties());
            properties.put("nhacviec.telegram.token", telegram.token());
            properties.put("nhacviec.telegram.api-url", telegram.url());
            try (ApplicationContext context = ApplicationContext.run(properties, "test")) {
                assertTrue(context.isRunning(), "the service runs while Telegram is down");
                telegram.userSends(5001, "/huongdan");
                String answer = telegram.awaitMessage(5001, Duration.ofSeconds(40)).plainText();
                assertTrue(answer.contains("chưa được liên kết"), answer);
            }
        }
    }
}
