package vn.nhacviec.evidence;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class S3EvidenceFilesTest {

    /** AWS's own example for Signature Version 4 (S3 documentation, "Example: GET Object"). */
    @Test
    void theSignatureIsAwsDocumentedExample() {
        String empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        String authorization = S3EvidenceFiles.authorization("GET", "/test.txt", Map.of(
                        "host", "examplebucket.s3.amazonaws.com", "range", "bytes=0-9", "x-amz-content-sha256", empty,
                        "x-amz-date", "20130524T000000Z"), empty, "20130524T000000Z", "us-east-1", "AKIAIOSFODNN7EXAMPLE",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        assertEquals("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", authorization);
    }

    @Test
    void filesArePutAndReadBackPathStyleAndAnAbsentStoreIsAnIoError() throws IOException {
        Map<String, byte[]> objects = new ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            boolean signed = exchange.getRequestHeaders().getFirst("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=k/");
            if (!signed) {
                exchange.sendResponseHeaders(403, -1);
            } else if (exchange.getRequestMethod().equals("PUT")) {
                objects.put(path, exchange.getRequestBody().readAllBytes());
                exchange.sendResponseHeaders(200, -1);
            } else if (objects.containsKey(path)) {
                exchange.sendResponseHeaders(200, objects.get(path).length);
                exchange.getResponseBody().write(objects.get(path));
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        server.start();
        try {
            URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            S3EvidenceFiles files = new S3EvidenceFiles(endpoint, "ho-so", "us-east-1", "k", "s",
                    Clock.fixed(Instant.parse("2024-04-08T02:00:00Z"), ZoneOffset.UTC));
            byte[] bytes = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
            String sha = vn.nhacviec.plan.PlanFile.sha256(bytes);
            String key = files.put(sha, EvidenceType.JPEG, bytes);
            assertTrue(objects.containsKey("/ho-so/" + key), objects.keySet().toString());
            try (InputStream in = files.open(key)) {
                assertArrayEquals(bytes, in.readAllBytes());
            }
            assertThrows(IOException.class, () -> files.open("00/" + "0".repeat(64) + ".jpg"));
        } finally {
            server.stop(0);
        }
        S3EvidenceFiles away = new S3EvidenceFiles(URI.create("http://127.0.0.1:1"), "ho-so", "us-east-1", "k", "s",
                Clock.systemUTC());
        assertThrows(IOException.class, () -> away.put("a".repeat(64), EvidenceType.PNG, new byte[] {1}));
    }
}
