package vn.nhacviec.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Evidence files in a directory (by default {@code data/evidence}), one file per checksum. */
public final class LocalEvidenceFiles implements EvidenceFiles {

    private final Path root;

    public LocalEvidenceFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(String sha256, EvidenceType type, byte[] bytes) throws IOException {
        String key = EvidenceFiles.keyOf(sha256, type);
        Path target = resolve(key);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return key;
        }
        Files.createDirectories(target.getParent());
        // written aside, then moved: a reader never sees half a file
        Path part = Files.createTempFile(target.getParent(), sha256.substring(0, 8), ".part");
        try {
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("an evidence key outside the store: " + key);
        }
        return path;
    }

    @Override
    public String toString() {
        return "evidence files in " + root;
    }
}
