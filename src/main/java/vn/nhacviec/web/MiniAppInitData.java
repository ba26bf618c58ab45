package vn.nhacviec.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Checks the {@code initData} a Telegram Mini App receives, as Telegram specifies: the secret key is
 * HMAC-SHA-256 of the bot token keyed with "WebAppData"; the hash is the hex HMAC-SHA-256, under that key,
 * of every other field as sorted {@code key=value} lines; compared in constant time; and {@code auth_date}
 * is at most a day old. Only then is the Telegram user's id believed.
 */
public final class MiniAppInitData {

    public static final Duration MAX_AGE = Duration.ofDays(1);
    /** A clock a little ahead on Telegram's side is tolerated; more is not. */
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Refusal { MALFORMED, BAD_SIGNATURE, STALE }

    /** The outcome: the Telegram user's id, or why the data is refused. */
    public record Check(Long userId, Refusal refusal) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    private MiniAppInitData() {
    }

    public static Check check(String initData, String botToken, Instant now) {
        if (initData == null || initData.isBlank() || initData.length() > 10_000 || botToken == null || botToken.isBlank()) {
            return new Check(null, Refusal.MALFORMED);
        }
        Map<String, String> fields = new TreeMap<>();
        try {
            for (String pair : initData.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    return new Check(null, Refusal.MALFORMED);
                }
                String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                if (fields.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    return new Check(null, Refusal.MALFORMED);
                }
            }
        } catch (IllegalArgumentException e) {
            return new Check(null, Refusal.MALFORMED);
        }
        String hash = fields.remove("hash");
        if (hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            return new Check(null, Refusal.MALFORMED);
        }
        String dataCheck = fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
        byte[] expected = hmac(hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken), dataCheck);
        if (!MessageDigest.isEqual(expected, HexFormat.of().parseHex(hash.toLowerCase(java.util.Locale.ROOT)))) {
            return new Check(null, Refusal.BAD_SIGNATURE);
        }
        Optional<Instant> authDate = epochSeconds(fields.get("auth_date"));
        if (authDate.isEmpty()) {
            return new Check(null, Refusal.MALFORMED);
        }
        if (authDate.get().isBefore(now.minus(MAX_AGE)) || authDate.get().isAfter(now.plus(FUTURE_SLACK))) {
            return new Check(null, Refusal.STALE);
        }
        try {
            JsonNode user = JSON.readTree(fields.getOrDefault("user", ""));
            if (user == null || !user.path("id").canConvertToLong()) {
                return new Check(null, Refusal.MALFORMED);
            }
            return new Check(user.path("id").asLong(), null);
        } catch (java.io.IOException e) {
            return new Check(null, Refusal.MALFORMED);
        }
    }

    /** Signs fields as Telegram would (tests, and the demo's simulated Mini App). */
    public static String sign(Map<String, String> fields, String botToken) {
        String dataCheck = new TreeMap<>(fields).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        String hash = HexFormat.of().formatHex(hmac(hmac("WebAppData".getBytes(StandardCharsets.UTF_8), botToken), dataCheck));
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")) + "&hash=" + hash;
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }
}
