package vn.nhacviec.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ./nhacviec, the launcher beside mvnw: the packaged jar with its class-data archive and flags. */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("nhacviec").toAbsolutePath();
    private static final Path ARCHIVE = Path.of("target", "nhacviec.jsa").toAbsolutePath();

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("NHACVIEC_CONFIG_DIR", dir.resolve("config").toString());
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("TELEGRAM_BOT_TOKEN");
        builder.environment().putAll(env);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // The first run after a build also makes the archive (two training runs and a dump).
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher did not finish");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runsACommandOnItsOwnDatabaseWithAnArchiveOfTheBuiltJar() throws Exception {
        assertTrue(Files.exists(Path.of("target", "nhacviec.jar")), "run through 'mvn verify' so that the jar is packaged first");

        Result first = run(Map.of(), "plan", "list");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("No plans yet.\n", first.out());
        assertTrue(Files.exists(dir.resolve("data/nhacviec.mv.db")), "the command's database is the working directory's");
        assertTrue(Files.exists(ARCHIVE), "the launcher keeps a class-data archive of the jar: " + first.err());
        assertTrue(Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(Path.of("target", "nhacviec.jar"))) >= 0,
                "the archive is not older than the jar");

        // Arguments arrive intact (diacritics too), the exit code comes back, and the archive is used silently.
        Result again = run(Map.of(), "plan", "list", "--commune", "Sơn Kỳ");
        assertEquals(1, again.exitCode(), again.err());
        assertTrue(again.err().startsWith("error: unknown commune 'Sơn Kỳ'"), again.err());
        assertEquals(1, again.err().lines().count(), again.err());
    }

    @Test
    void passesEveryArgumentAndTheExitCodeThrough() throws Exception {
        Result version = run(Map.of("NHACVIEC_CDS", "off"), "--version");
        assertEquals(0, version.exitCode(), version.err());
        assertTrue(version.out().startsWith("nhacviec "), version.out());

        Result wrong = run(Map.of("NHACVIEC_CDS", "off"), "plan", "list", "--no-such-option");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("--no-such-option"), wrong.err());
    }
}
