package vn.nhacviec.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.HostileFiles;
import vn.nhacviec.testsupport.Seeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check of issue 10: each hostile file given to the packaged jar with a 512 MB heap, as
 * {@code import FILE --dry-run} and as {@code officer import FILE --commune X}, ends within 60 s
 * with one clear line on stderr (or a correct import): never an OutOfMemoryError, a stack
 * overflow or a stack trace.
 */
class HostileFilesIT {

    private static final Path JAR = Path.of("target", "nhacviec.jar");

    /** The files that are, however odd, a plan: the dry run reads them. */
    private static final Set<String> PLANS = Set.of("huge-cell.xlsx", "truncated.doc");
    /** The files that are a roster (one merged region over the whole sheet): their one officer is added. */
    private static final Set<String> ROSTERS = Set.of("huge-merged-region.xlsx", "huge-merged-region.xls");

    record Result(int exitCode, String out, String err, long millis) {
    }

    @TempDir
    Path dir;

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("NHACVIEC_CONFIG_DIR", dir.resolve("config").toString());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(ended, String.join(" ", args) + " did not end within 90 s");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err), millis);
    }

    @Test
    void everyHostileFileEndsWithinAMinuteWithOneLineOrACorrectImport() throws Exception {
        assertTrue(Files.exists(JAR), "run through 'mvn verify' so that the jar is packaged first");
        Path seed = Files.write(dir.resolve("son-ky.txt"), Seeds.bytes(Seeds.SON_KY_2024));
        assertEquals(0, run("import", seed.toString()).exitCode(), "the commune Sơn Kỳ exists for the rosters");

        Map<String, Path> files = HostileFiles.writeAll(Files.createDirectory(dir.resolve("hostile")));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String name = file.getKey();
            Result plan = run("import", file.getValue().toString(), "--dry-run");
            check("import " + name, plan, PLANS.contains(name) ? 0 : 1, failures);
            if (PLANS.contains(name)) {
                assertTrue(plan.out().contains("Tasks: "), plan.out());
            }
            Result roster = run("officer", "import", file.getValue().toString(), "--commune", "Sơn Kỳ");
            check("officer import " + name, roster, ROSTERS.contains(name) ? 0 : 1, failures);
            if (ROSTERS.contains(name)) {
                assertTrue(roster.out().contains("1 officers added, 0 lines refused"), roster.out());
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void check(String what, Result result, int exitCode, List<String> failures) {
        List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
        String seen = what + " → exit " + result.exitCode() + " in " + result.millis() + " ms, stderr " + lines;
        if (result.exitCode() != exitCode) {
            failures.add("exit code: " + seen);
        }
        if (result.millis() > 60_000) {
            failures.add("too slow: " + seen);
        }
        if (exitCode != 0 && (lines.size() != 1 || !(lines.get(0).startsWith("error: ") || lines.get(0).startsWith("line ")))) {
            failures.add("not one line: " + seen);
        }
        if (exitCode == 0 && !lines.isEmpty()) {
            failures.add("noise on stderr: " + seen);
        }
        for (String line : lines) {
            if (line.contains("Exception") || line.contains("Error:") || line.startsWith("\tat ") || line.contains("OutOfMemory")
                    || line.contains("StackOverflow")) {
                failures.add("a trace or error of the JVM: " + seen);
                break;
            }
        }
        assertFalse(result.err().length() > 2_000, seen);
    }
}
