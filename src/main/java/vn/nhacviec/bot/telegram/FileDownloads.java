package vn.nhacviec.bot.telegram;

import vn.nhacviec.messaging.TelegramFailure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads a file from {@code <api-url>/file/bot<token>/<file_path>}. The library's own download
 * always goes to api.telegram.org, which would ignore a configured self-hosted server or stand-in.
 */
final class FileDownloads {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    FileDownloads(String apiUrl, String token) {
        String url = apiUrl.strip();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
    }

    byte[] fetch(String filePath, long maxBytes) throws TelegramFailure {
        URI uri = URI.create(baseUrl + "/file/bot" + token + "/" + filePath.replace(" ", "%20"));
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new TelegramFailure(response.statusCode(), null,
                            "file download answered HTTP " + response.statusCode());
                }
                return readAtMost(body, maxBytes);
            }
        } catch (IOException e) {
            throw new TelegramFailure(0, null, TokenRedactor.redact("file download failed: " + e.getMessage(), token));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TelegramFailure(0, null, "file download interrupted");
        }
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, TelegramFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new TelegramFailure(400, null, "Bad Request: file is too big");
            }
        }
        return out.toByteArray();
    }
}
