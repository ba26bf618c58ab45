package vn.nhacviec.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.testsupport.Seeds;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shaded jar as operators run it: real processes, a real H2 file shared by two of them. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "nhacviec.jar");

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    private ProcessBuilder java(Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("NHACVIEC_CONFIG_DIR", dir.resolve("config").toString());
        builder.environment().putAll(env);
        return builder;
    }

    private Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = java(env, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "command did not finish");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theJarImportsServesAndSharesItsDatabaseWithASecondProcess() throws Exception {
        assertTrue(Files.exists(JAR), "run through 'mvn verify' so that the jar is packaged first");
        Path plan = dir.resolve("plan.txt");
        Files.write(plan, Seeds.bytes(Seeds.SON_KY_2024));

        Result imported = run(Map.of(), "import", plan.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("37 tasks added"), imported.out());
        assertTrue(Files.exists(dir.resolve("data/nhacviec.mv.db")), "the default database lives in ./data");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process serve = java(Map.of("MICRONAUT_SERVER_PORT", String.valueOf(port)), "serve")
                .redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        try {
            assertTrue(awaitHealth(port).contains("\"status\":\"UP\""));
            Result tasks = run(Map.of(), "task", "list", "--commune", "Sơn Kỳ", "--json");
            assertEquals(0, tasks.exitCode(), tasks.err());
            assertTrue(tasks.out().contains("\"code\" : \"#37\""), tasks.out());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        String log = Files.readString(dir.resolve("serve.log"));
        assertTrue(log.contains("Telegram bot is off: no token configured. Set TELEGRAM_BOT_TOKEN"),
                "without a token the bot says once how to turn it on: " + log);
    }

    @Test
    void everyCommandHonoursTheClockAndExplainsABadOne() throws Exception {
        Result bad = run(Map.of("NHACVIEC_CLOCK", "8/4/2024"), "plan", "list");
        assertEquals(1, bad.exitCode());
        assertEquals(List.of("error: NHACVIEC_CLOCK must be an ISO date-time with offset, e.g. 2024-04-08T09:00:00+07:00; "
                + "got '8/4/2024'"), bad.err().lines().filter(l -> l.startsWith("error")).toList());

        // A plan whose title names no year takes the year of the service's clock.
        Path plan = dir.resolve("no-year.txt");
        Files.writeString(plan, "KẾ HOẠCH\nCải cách hành chính xã Thử\n", StandardCharsets.UTF_8);
        Result dated = run(Map.of("NHACVIEC_CLOCK", "2031-04-08T09:00:00+07:00"), "import", plan.toString(), "--dry-run",
                "--json");
        assertEquals(0, dated.exitCode(), dated.err());
        assertTrue(dated.out().contains("\"year\" : 2031"), dated.out());
    }

    private static String awaitHealth(int port) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("serve did not answer /health within 60 s");
    }
}
