package vn.nhacviec.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files are kept: a directory under the data directory by default, or an
 * S3-compatible object store by configuration. Files are addressed by their SHA-256, so storing
 * the same bytes twice keeps one copy, and a retry after a failure is harmless.
 */
public interface EvidenceFiles {

    /** Stores the bytes under their checksum; returns the key to read them back. Throws when the store is away. */
    String put(String sha256, EvidenceType type, byte[] bytes) throws IOException;

    /** The stored bytes, streamed. */
    InputStream open(String key) throws IOException;

    /** The key a file of this checksum and type is stored under. */
    static String keyOf(String sha256, EvidenceType type) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256 + "." + type.extension();
    }
}
