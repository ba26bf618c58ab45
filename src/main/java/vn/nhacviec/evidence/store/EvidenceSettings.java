package vn.nhacviec.evidence.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The evidence settings ({@code nhacviec.evidence.*}, read by {@link EvidenceFactory}).
 *
 * @param maxBytes    the largest file kept (default 10 MB, as for plan files)
 * @param window      a file sent this long after "xong" (without caption) is that completion's evidence
 * @param directory   where the file store keeps files (default {@code data/evidence})
 * @param maxAttempts a PENDING file is given up after this many failed fetches
 */
public record EvidenceSettings(long maxBytes, Duration window, Path directory, int maxAttempts) {
}
