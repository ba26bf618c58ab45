package vn.nhacviec.demo;

import vn.nhacviec.system.StartupRefusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's own place on disk ({@code ./demo-data} unless told otherwise): its H2 database and a
 * note saying what the directory is. The demo starts afresh every time, so it empties its
 * database at start; it therefore only ever uses a directory that is empty or that it made
 * itself, and refuses anything else rather than touch it.
 */
public final class DemoDirectory {

    /** The note that marks a directory as the demo's own. */
    public static final String MARKER = "NHACVIEC-DEMO.txt";
    /** The database's file name stem: {@code nhacviec-demo.mv.db}. */
    static final String DATABASE = "nhacviec-demo";

    private static final String NOTE = """
            This directory holds the database of the Nhắc việc demo (`nhacviec demo`).
            The demo empties and seeds it again at every start; delete the directory freely.
            """;

    private final Path root;

    private DemoDirectory(Path root) {
        this.root = root;
    }

    /** The demo directory at {@code dir}; nothing is touched yet. */
    public static DemoDirectory at(Path dir) {
        return new DemoDirectory(dir.toAbsolutePath().normalize());
    }

    /**
     * Makes the directory ready for a fresh start: created when missing, its database removed.
     * Refused when it holds anything the demo did not make, or when a demo is running on it now.
     */
    public DemoDirectory reset() {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new StartupRefusal(root + " is a file, not a directory: give the demo a directory of its own (--dir)");
        }
        if (Files.isDirectory(root) && !isEmpty(root) && !Files.isRegularFile(root.resolve(MARKER))) {
            throw new StartupRefusal(root + " is not the demo's directory (it holds files but no " + MARKER
                    + "): the demo only uses an empty directory or one it made, so nothing there is touched");
        }
        refuseWhileInUse();
        try {
            Files.createDirectories(root);
            for (Path file : databaseFiles()) {
                Files.deleteIfExists(file);
            }
            Files.writeString(root.resolve(MARKER), NOTE, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo directory " + root + ": " + e.getMessage(), e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    /** The demo database: embedded H2 in MySQL mode, as the service's default one, but here. */
    public String databaseUrl() {
        return "jdbc:h2:async:" + root.resolve(DATABASE)
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }

    /**
     * Whether {@code jdbcUrl} names a database inside this directory: the operator's configured
     * database must never be one the demo would empty.
     */
    public boolean holds(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:h2:")) {
            return false;
        }
        String location = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        for (String prefix : List.of("async:", "nio:", "file:")) {
            if (location.startsWith(prefix)) {
                location = location.substring(prefix.length());
            }
        }
        if (location.startsWith("mem:") || location.startsWith("tcp:") || location.startsWith("ssl:")) {
            return false;
        }
        if (location.startsWith("~")) {
            location = System.getProperty("user.home") + location.substring(1);
        }
        return Path.of(location).toAbsolutePath().normalize().startsWith(root);
    }

    /** A second demo on the same directory would empty the database under the first one. */
    private void refuseWhileInUse() {
        Path file = root.resolve(DATABASE + ".mv.db");
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw running();
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw running();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the demo database " + file + ": " + e.getMessage(), e);
        }
    }

    private StartupRefusal running() {
        return new StartupRefusal("a demo is already running on " + root + ": stop it first (Ctrl+C), "
                + "or give this one another directory (--dir)");
    }

    private List<Path> databaseFiles() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.getFileName().toString().startsWith(DATABASE + ".")).toList();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
