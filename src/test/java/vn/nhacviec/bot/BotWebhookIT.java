package vn.nhacviec.bot;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook mode: Telegram posts updates to the service, which checks the secret token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BotWebhookIT {

    static final long USER = 4001;

    FakeTelegram telegram;
    TestDatabase database;
    EmbeddedServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws InterruptedException {
        telegram = FakeTelegram.start();
        database = TestDatabase.h2();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("micronaut.server.port", -1);
        properties.put("nhacviec.telegram.token", telegram.token());
        properties.put("nhacviec.telegram.api-url", telegram.url());
        properties.put("nhacviec.telegram.webhook-url", "https://nhacviec.example.gov.vn/");
        properties.put("nhacviec.telegram.webhook-secret", "bi-mat-123");
        server = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        Instant until = Instant.now().plusSeconds(20);
        while (telegram.webhook() == null && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
        telegram.close();
        database.close();
    }

    private HttpResponse<String> post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String update(long id, String text) {
        return """
                {"update_id": %d, "message": {"message_id": %d, "date": 1712541600,
                 "chat": {"id": %d, "type": "private"}, "from": {"id": %d, "is_bot": false, "first_name": "Tư"},
                 "text": "%s"}}""".formatted(id, id, USER, USER, text);
    }

    @Test
    void theWebhookIsRegisteredWithItsSecret() {
        assertEquals("https://nhacviec.example.gov.vn/telegram/webhook", telegram.webhook().url());
        assertEquals("bi-mat-123", telegram.webhook().secretToken());
    }

    @Test
    void anUpdateWithoutTheSecretIsRefusedAndChangesNothing() throws Exception {
        telegram.knowChat(USER);
        int before = telegram.sentTo(USER).size();
        assertEquals(403, post("sai-bi-mat", update(11, "/huongdan")).statusCode());
        assertEquals(403, post(null, update(12, "/huongdan")).statusCode());
        assertEquals(403, post("", update(13, "/huongdan")).statusCode(), "an empty header is no secret");
        Thread.sleep(1000);
        assertEquals(before, telegram.sentTo(USER).size());
    }

    @Test
    void anUpdateWithTheSecretIsAnswered() throws Exception {
        telegram.knowChat(USER);
        int before = telegram.sentTo(USER).size();
        assertEquals(200, post("bi-mat-123", update(21, "/viec")).statusCode());
        String answer = telegram.awaitNextMessage(USER, before, Duration.ofSeconds(20)).plainText();
        assertTrue(answer.contains("chưa được liên kết"), answer);
        assertEquals(200, post("bi-mat-123", "{not json").statusCode(), "a malformed update never breaks the webhook");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
        telegram.knowChat(USER);
        int before = telegram.sentTo(USER).size();
        String big = update(31, "/huongdan" + " ".repeat(1_100_000));
        int status = post("bi-mat-123", big).statusCode();
        assertEquals(413, status);
        Thread.sleep(1000);
        assertEquals(before, telegram.sentTo(USER).size(), "nothing was handled");
    }
}
