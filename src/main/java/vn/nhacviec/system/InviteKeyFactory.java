package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nhacviec.directory.InviteCodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server's invite key, which invite codes are hashed with: {@code nhacviec.invite-secret}
 * ({@code NHACVIEC_INVITE_SECRET}) when set, else the file {@code invite.key} in the configuration
 * directory, generated on first use and kept. It lives outside the database on purpose: a copy of
 * the database alone does not let anyone try codes offline. Losing it only invalidates codes not yet used.
 */
@Factory
class InviteKeyFactory {

    private static final Logger LOG = LoggerFactory.getLogger(InviteKeyFactory.class);
    static final String FILE = "invite.key";

    @Singleton
    InviteCodes inviteCodes(@Value("${nhacviec.invite-secret:}") String secret) {
        SecureRandom random = new SecureRandom();
        byte[] key = secret != null && !secret.isBlank() ? secret.strip().getBytes(StandardCharsets.UTF_8)
                : keptKey(ConfigDir.path().resolve(FILE), random);
        if (key.length < 16) {
            throw new IllegalStateException("nhacviec.invite-secret (NHACVIEC_INVITE_SECRET) must be at least 16 characters");
        }
        return new InviteCodes(random, key);
    }

    /** The key in {@code file}, made (owner-readable only) when there is none yet. */
    static byte[] keptKey(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Path dir = file.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path draft = Files.createTempFile(dir, FILE, ".new");
                try {
                    try {
                        Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException e) {
                        // not a POSIX file system: the directory's own permissions protect it
                    }
                    Files.writeString(draft, Base64.getEncoder().encodeToString(fresh) + "\n");
                    Files.move(draft, file);
                    LOG.debug("Generated the invite-code key {}; keep it with the configuration (without it, invite "
                            + "codes not yet used stop working)", file.toAbsolutePath());
                } catch (FileAlreadyExistsException e) {
                    // another process (serve and the command line) made it first: use theirs
                } finally {
                    Files.deleteIfExists(draft);
                }
            }
            String text = Files.readString(file).strip();
            if (text.isEmpty()) {
                throw new IllegalStateException(file.toAbsolutePath() + " is empty; delete it to generate a new invite key");
            }
            return Base64.getDecoder().decode(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the invite key " + file.toAbsolutePath(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file.toAbsolutePath() + " is not a base64 key; delete it to generate a new one", e);
        }
    }
}
