package vn.nhacviec.directory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time invite codes an officer sends to the bot as {@code /start CODE}. Ten characters from
 * an alphabet without look-alikes (no 0/O, 1/I/L) give about 50 bits: unguessable within the
 * 7 days a code lives. Only a keyed hash (HMAC-SHA-256 with the server's invite key, kept outside
 * the database) is stored, so a copy of the database alone does not let anyone try codes offline.
 */
public final class InviteCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 10;
    private static final String HMAC = "HmacSHA256";

    private final SecureRandom random;
    private final SecretKeySpec key;

    /** @param key the server's invite key (at least 16 bytes) */
    public InviteCodes(SecureRandom random, byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("the invite key needs at least 16 bytes");
        }
        this.random = random;
        this.key = new SecretKeySpec(key.clone(), HMAC);
    }

    public String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** Keyed hash of a code as typed: case and surrounding spaces do not matter. */
    public String hash(String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised(code)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JRE", e);
        }
    }

    /**
     * The hashes a stored code may have: the keyed one, and the plain SHA-256 codes issued before
     * the key existed were stored with (those expire within 7 days of the upgrade).
     */
    public List<String> storedForms(String code) {
        return List.of(hash(code), unkeyedHash(code));
    }

    /** The plain SHA-256 used before invite keys; only read, never written any more. */
    static String unkeyedHash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normalised(code)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static byte[] normalised(String code) {
        return code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }
}
