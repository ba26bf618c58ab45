package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import vn.nhacviec.system.StartupRefusal;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The webhook endpoint exists only in webhook mode, and webhook mode only with a secret. */
class BotWebhookRefusalIT {

    static final long CHAIRMAN = 1002;

    @Test
    void webhookModeWithoutASecretRefusesToStart() {
        for (String blank : new String[] {"", "   "}) {
            try (FakeTelegram telegram = FakeTelegram.start(); TestDatabase database = TestDatabase.h2()) {
                Map<String, Object> properties = properties(telegram, database);
                properties.put("nhacviec.telegram.webhook-url", "https://nhacviec.example.invalid");
                properties.put("nhacviec.telegram.webhook-secret", blank);
                RuntimeException refused = assertThrows(RuntimeException.class,
                        () -> ApplicationContext.run(EmbeddedServer.class, properties, "test").getApplicationContext().close());
                Throwable cause = refused;
                while (!(cause instanceof StartupRefusal) && cause.getCause() != null) {
                    cause = cause.getCause();
                }
                assertTrue(cause instanceof StartupRefusal, String.valueOf(refused));
                assertTrue(cause.getMessage().contains("TELEGRAM_WEBHOOK_SECRET"), cause.getMessage());
                assertEquals(1, cause.getMessage().lines().count(), "one line");
                assertTrue(telegram.webhook() == null, "no webhook was registered");
            }
        }
    }

    @Test
    void inPollingModeTheWebhookAnswers404AndAForgedUpdateChangesNothing() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.start(); TestDatabase database = TestDatabase.h2()) {
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties(telegram, database), "test");
            try {
                telegram.knowChat(CHAIRMAN);
                String forged = """
                        {"update_id": 900001, "message": {"message_id": 1, "date": 1712541600,
                         "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "CT"},
                         "text": "/viec"}}""".formatted(CHAIRMAN, CHAIRMAN);
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook"))
                        .header("Content-Type", "application/json").header("X-Telegram-Bot-Api-Secret-Token", "")
                        .POST(HttpRequest.BodyPublishers.ofString(forged)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, answer.statusCode());
                Thread.sleep(1000);
                assertTrue(telegram.sentTo(CHAIRMAN).isEmpty(), "nothing was handled");
            } finally {
                server.getApplicationContext().close();
            }
        }
    }

    private static Map<String, Object> properties(FakeTelegram telegram, TestDatabase database) {
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("nhacviec.telegram.token", telegram.token());
        properties.put("nhacviec.telegram.api-url", telegram.url());
        return properties;
    }
}
