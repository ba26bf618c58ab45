package vn.nhacviec.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files the commands write (reports, templates): checked first, so a bad path is one line, never half a file. */
final class OutputFile {

    private OutputFile() {
    }

    /** Refuses a target that cannot be written: a directory, a missing directory, no permission. */
    static void checkWritable(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException("cannot write " + target + ": it is a directory");
        }
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("cannot write " + target + ": directory " + parent + " does not exist");
        }
        if (!Files.isWritable(parent) || (Files.exists(target) && !Files.isWritable(target))) {
            throw new IllegalArgumentException("cannot write " + target + ": permission denied");
        }
    }

    /** Written next to the target and moved into place, so a failed write never leaves half a file. */
    static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(absolute.getParent(), ".nhacviec-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing left to tidy
                }
            }
        }
    }
}
