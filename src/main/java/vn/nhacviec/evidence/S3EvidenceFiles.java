package vn.nhacviec.evidence;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Evidence files in an S3-compatible object store (MinIO, Ceph, a provider's S3), path-style
 * ({@code <endpoint>/<bucket>/<key>}), signed with AWS Signature Version 4. Plain HTTP from the JDK:
 * two requests (PUT, GET) do not justify an SDK in the jar, and nothing is built unless configured.
 */
public final class S3EvidenceFiles implements EvidenceFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI endpoint;
    private final String bucket;
    private final String region;
    private final String accessKey;
    private final String secretKey;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public S3EvidenceFiles(URI endpoint, String bucket, String region, String accessKey, String secretKey, Clock clock) {
        if (bucket == null || !bucket.matches("[a-z0-9][a-z0-9.-]{1,62}")) {
            throw new IllegalArgumentException("not an S3 bucket name: " + bucket);
        }
        String base = endpoint.toString();
        this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.bucket = bucket;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.clock = clock;
    }

    @Override
    public String put(String sha256, EvidenceType type, byte[] bytes) throws IOException {
        String key = EvidenceFiles.keyOf(sha256, type);
        HttpRequest.Builder request = signed("PUT", key, sha256(bytes)).header("Content-Type", type.contentType())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("the object store answered HTTP " + response.statusCode() + " to PUT " + key);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        HttpResponse<InputStream> response = send(signed("GET", key, sha256(new byte[0])).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("the object store answered HTTP " + response.statusCode() + " to GET " + key);
        }
        return response.body();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return http.send(request, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpRequest.Builder signed(String method, String key, String payloadHash) {
        String path = endpoint.getRawPath() + "/" + bucket + "/" + key;
        URI uri = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + path);
        String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        String stamp = STAMP.format(clock.instant());
        Map<String, String> headers = new TreeMap<>(Map.of("host", host, "x-amz-content-sha256", payloadHash,
                "x-amz-date", stamp));
        String authorization = authorization(method, path, headers, payloadHash, stamp, region, accessKey, secretKey);
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("x-amz-content-sha256", payloadHash)
                .header("x-amz-date", stamp).header("Authorization", authorization);
    }

    /** The Signature Version 4 Authorization header for a request without a query string. */
    static String authorization(String method, String path, Map<String, String> headers, String payloadHash, String stamp,
                                String region, String accessKey, String secretKey) {
        Map<String, String> sorted = new TreeMap<>(headers);
        String canonicalHeaders = sorted.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().strip() + "\n")
                .collect(Collectors.joining());
        String signedHeaders = String.join(";", sorted.keySet());
        String canonical = method + "\n" + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
        String day = stamp.substring(0, 8);
        String scope = day + "/" + region + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n" + sha256(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] signingKey = hmac(hmac(hmac(hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day), region), "s3"),
                "aws4_request");
        String signature = HexFormat.of().formatHex(hmac(signingKey, toSign));
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    @Override
    public String toString() {
        return "evidence files in bucket " + bucket + " at " + endpoint;
    }
}
