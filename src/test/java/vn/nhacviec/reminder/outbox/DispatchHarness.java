package vn.nhacviec.reminder.outbox;

import vn.nhacviec.testsupport.telegram.FakeTelegram;
import vn.nhacviec.testsupport.telegram.RequestRecord;
import vn.nhacviec.testsupport.telegram.SentMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The packaged jar as operators run it, against {@link FakeTelegram} and an H2 file database in a
 * temporary directory that the test JVM opens over JDBC (AUTO_SERVER) between and during runs.
 * The test seeds officers and outbox rows itself, so the dispatcher is the only thing measured.
 * Every wait is bounded; {@link #close()} kills whatever process is still running.
 */
final class DispatchHarness implements AutoCloseable {

    static final Path JAR = Path.of("target", "nhacviec.jar");
    /** A Tuesday, not a holiday, inside the quiet hours' window (07:00–20:00). */
    static final String CLOCK = "2024-04-09T10:00:00+07:00";
    static final long FIRST_CHAT = 700_000;
    static final String TEXT = "Tin số ";
    static final Duration HEALTH_WAIT = Duration.ofSeconds(240);
    static final String KEY = "test:dispatch:";

    final Path dir;
    final FakeTelegram telegram;
    final String url;
    private final String user;
    private final String password;
    private final List<Process> processes = new ArrayList<>();
    /** False: no NHACVIEC_CONFIG_DIR, so the service finds its configuration by itself (here: the jar's defaults). */
    boolean projectConfig = true;
    /** True: the service long-polls the fake for updates, as a lone production instance does. */
    boolean polling;
    /** Sends in flight per dispatcher (nhacviec.reminders.dispatch.in-flight); null: the service's default. */
    Integer inFlight;
    private int runs;
    private long warmUpChat = Long.MIN_VALUE;

    /**
     * @param urlOptions added to the H2 URL, e.g. ";WRITE_DELAY=0": by default H2 writes committed changes to its
     *                   file in the background (up to 500 ms later), so a SIGKILL of the process that holds the
     *                   database forgets the last commits; with WRITE_DELAY=0 each commit is written to the file
     *                   (to the OS, which keeps it across a killed process) before it returns.
     */
    DispatchHarness(Path dir, FakeTelegram telegram, String urlOptions) {
        this(dir, telegram, "file:", urlOptions);
    }

    /** @param fileSystem H2's file system prefix: "file:", or "async:" as the shipped configuration has it */
    DispatchHarness(Path dir, FakeTelegram telegram, String fileSystem, String urlOptions) {
        this(dir, telegram, "jdbc:h2:" + fileSystem + dir.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" + urlOptions, "sa", "");
    }

    /** Any database the service supports, e.g. a fresh MariaDB database ({@code TestDatabase.mariaDb()}). */
    DispatchHarness(Path dir, FakeTelegram telegram, String url, String user, String password) {
        this.dir = dir;
        this.telegram = telegram;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * The fake runs on the JDK's HttpServer, which by default leaves Nagle's algorithm on: it writes a response's
     * headers and body separately, the body waits for the client's delayed ACK, and every call takes about 40 ms
     * (measured: 50 ms per sendMessage with TelegramBots' OkHttp client, 5 ms with TCP_NODELAY). That is the fake's
     * latency, not the dispatcher's; the property is read once per JVM, when the first HttpServer starts, so it
     * only helps if no other test started one before — {@link #fakeRoundTrip} tells.
     */
    static FakeTelegram startTelegram() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        return FakeTelegram.start();
    }

    /** The median time the fake takes to answer getMe, over 20 calls on one connection. */
    static Duration fakeRoundTrip(FakeTelegram telegram) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest getMe = HttpRequest.newBuilder(URI.create(telegram.url() + "/bot" + telegram.token() + "/getMe"))
                .timeout(Duration.ofSeconds(5)).build();
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            long start = System.nanoTime();
            client.send(getMe, HttpResponse.BodyHandlers.ofString());
            if (i > 0) {
                nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(null);
        return Duration.ofNanos(nanos.get(nanos.size() / 2));
    }

    // ---- processes ------------------------------------------------------------------------------------------

    private ProcessBuilder java(String clock, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new AssertionError("run through 'mvn verify' (after 'package') so that target/nhacviec.jar exists");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        if (projectConfig) {
            env.put("NHACVIEC_CONFIG_DIR", Path.of("config").toAbsolutePath().toString());
        } else {
            env.remove("NHACVIEC_CONFIG_DIR");
        }
        env.put("DATASOURCES_DEFAULT_URL", url);
        env.put("DATASOURCES_DEFAULT_USERNAME", user);
        env.put("DATASOURCES_DEFAULT_PASSWORD", password);
        if (inFlight != null) {
            env.put("NHACVIEC_REMINDERS_DISPATCH_IN_FLIGHT", String.valueOf(inFlight));
        }
        env.put("TELEGRAM_BOT_TOKEN", telegram.token());
        env.put("TELEGRAM_API_URL", telegram.url());
        env.put("TELEGRAM_POLLING", String.valueOf(polling));
        env.put("NHACVIEC_CLOCK", clock);
        env.put("NHACVIEC_SCHEDULER_DISPATCH_EVERY_SECONDS", "1");
        return builder;
    }

    /** Runs a command to its end (bounded): Flyway creates the schema on the first one. */
    void runCommand(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("command-" + (++runs) + ".log");
        Process process = java(CLOCK, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("'" + String.join(" ", args) + "' did not finish in 120 s:\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("'" + String.join(" ", args) + "' exited " + process.exitValue() + ":\n" + tail(log));
        }
    }

    record Serve(Process process, int port, Path log) {

        /**
         * When Quartz started in this process (its jobs can run from then on), from the log's time stamps; null
         * before. The log and the test run on one machine, in one time zone.
         */
        java.time.LocalTime schedulerStarted() throws IOException {
            for (String line : Files.readAllLines(log)) {
                if (line.contains("Scheduler nhacviec_$_") && line.contains(" started.")) {
                    return java.time.LocalTime.parse(line.substring(0, 12));
                }
            }
            return null;
        }
    }

    /** Starts `serve` on a free port; its output goes to serve-N.log in the temp dir. */
    Serve serve(String clock) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("serve-" + (++runs) + ".log");
        ProcessBuilder builder = java(clock, "serve").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        Process process = builder.start();
        processes.add(process);
        return new Serve(process, port, log);
    }

    /**
     * Waits (bounded) until `serve` answers /health, so that it holds the database: the test JVM then reaches the
     * database through the process's AUTO_SERVER instead of opening it first.
     */
    void awaitHealth(Serve serve) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        // Generous: on a 2-core machine shared with other builds (load average 25) a start took over 90 s.
        boolean up = await(HEALTH_WAIT, Duration.ofMillis(200), () -> {
            if (!serve.process().isAlive()) {
                throw new AssertionError("serve exited " + serve.process().exitValue() + ":\n" + logs());
            }
            try {
                return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serve.port() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        if (!up) {
            throw new AssertionError("serve did not answer /health within " + HEALTH_WAIT.toSeconds() + " s:\n" + logs());
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no Quartz shutdown, no pool close. */
    static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("process " + process.pid() + " survived SIGKILL for 30 s");
        }
    }

    /** The last lines of every log this harness wrote, for failure messages. */
    String logs() {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(dir)) {
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                text.append("---- ").append(log.getFileName()).append('\n').append(tail(log));
            }
        } catch (IOException e) {
            text.append(e);
        }
        return text.toString();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n";
        } catch (IOException e) {
            return e + "\n";
        }
    }

    @Override
    public void close() {
        closeProcesses();
        // The temp dir goes away: keep the logs for a look after the run.
        Path keep = Path.of("target", "dispatch-logs", dir.getFileName().toString());
        try (var files = Files.list(dir)) {
            Files.createDirectories(keep);
            for (Path log : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, keep.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // only a convenience
        }
    }

    private void closeProcesses() {
        for (Process process : processes) {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    // ---- the database ---------------------------------------------------------------------------------------

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * One commune, {@code n} active officers linked to chats FIRST_CHAT + i (known to the fake), and one
     * PENDING notice for each, "Tin số i", due {@code dueAfterStart} after the service's clock starts (negative:
     * already due when it starts).
     */
    void seed(int n, Duration dueAfterStart) throws SQLException {
        Timestamp created = Timestamp.from(OffsetDateTime.parse(CLOCK).toInstant().minusSeconds(3600));
        Timestamp due = Timestamp.from(OffsetDateTime.parse(CLOCK).toInstant().plus(dueAfterStart));
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long commune;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO commune (name, name_key, created_at) VALUES (?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, "Xã Thử Tải");
                s.setString(2, "xa thu tai");
                s.setTimestamp(3, created);
                s.executeUpdate();
                commune = generatedKey(s);
            }
            List<Long> officers = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("INSERT INTO officer (commune_id, name, role, telegram_user_id, "
                    + "telegram_chat_id, active, created_at) VALUES (?,?,'OFFICER',?,?,TRUE,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < n; i++) {
                    long chat = FIRST_CHAT + i;
                    telegram.knowChat(chat);
                    s.setLong(1, commune);
                    s.setString(2, "Cán bộ " + i);
                    s.setLong(3, chat);
                    s.setLong(4, chat);
                    s.setTimestamp(5, created);
                    s.executeUpdate();
                    officers.add(generatedKey(s));
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox_message (idempotency_key, commune_id, officer_id, "
                    + "kind, html, status, attempts, not_before, created_at) VALUES (?,?,?,'NOTICE',?,'PENDING',0,?,?)")) {
                for (int i = 0; i < n; i++) {
                    s.setString(1, KEY + i);
                    s.setLong(2, commune);
                    s.setLong(3, officers.get(i));
                    s.setString(4, TEXT + i);
                    s.setTimestamp(5, due);
                    s.setTimestamp(6, created);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * One more officer and one message, "Khởi động", due at once: sending it warms the dispatcher's code paths (the
     * first send of a fresh JVM takes about half a second), as in a service that has been running. Its chat is left
     * out of {@link #accepted()}.
     */
    void seedWarmUp() throws SQLException {
        Timestamp due = Timestamp.from(OffsetDateTime.parse(CLOCK).toInstant().minusSeconds(60));
        warmUpChat = FIRST_CHAT - 1;
        telegram.knowChat(warmUpChat);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO officer (commune_id, name, role, telegram_user_id, telegram_chat_id, active, created_at) "
                    + "SELECT MIN(id), 'Khởi động', 'OFFICER', " + warmUpChat + ", " + warmUpChat + ", TRUE, created_at "
                    + "FROM commune GROUP BY created_at");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO outbox_message (idempotency_key, commune_id, officer_id, "
                    + "kind, html, status, attempts, not_before, created_at) SELECT 'test:warm-up', commune_id, id, 'NOTICE', "
                    + "'Khởi động', 'PENDING', 0, ?, ? FROM officer WHERE telegram_chat_id = " + warmUpChat)) {
                p.setTimestamp(1, due);
                p.setTimestamp(2, due);
                if (p.executeUpdate() != 1) {
                    throw new AssertionError("no warm-up message");
                }
            }
        }
    }

    private static long generatedKey(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new AssertionError("no generated key");
            }
            return keys.getLong(1);
        }
    }

    /** Status → count of the seeded rows (and, under "other:STATUS", of rows the service queued itself). */
    Map<String, Integer> statuses() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idempotency_key LIKE '" + KEY + "%', status, COUNT(*) FROM outbox_message "
                     + "GROUP BY idempotency_key LIKE '" + KEY + "%', status")) {
            while (rs.next()) {
                counts.merge((rs.getBoolean(1) ? "" : "other:") + rs.getString(2), rs.getInt(3), Integer::sum);
            }
        }
        return counts;
    }

    /** Seeded row i → its status. */
    Map<Integer, String> statusByIndex() throws SQLException {
        Map<Integer, String> statuses = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT idempotency_key, status FROM outbox_message WHERE idempotency_key LIKE '"
                     + KEY + "%'")) {
            while (rs.next()) {
                statuses.put(Integer.parseInt(rs.getString(1).substring(KEY.length())), rs.getString(2));
            }
        }
        return statuses;
    }

    /** Polls until the condition holds or the time is up; false when it did not hold. */
    static boolean await(Duration timeout, Duration every, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(every.toMillis());
        }
        return condition.getAsBoolean();
    }

    // ---- what the fake received ----------------------------------------------------------------------------

    /** How many seeded texts the fake accepted (duplicates counted). */
    int received() {
        return (int) telegram.allSent().stream().filter(m -> m.plainText().startsWith(TEXT)).count();
    }

    /** Seeded text → how many times the fake accepted it. */
    Map<String, Integer> receivedByText() {
        Map<String, Integer> counts = new HashMap<>();
        for (SentMessage m : telegram.allSent()) {
            if (m.plainText().startsWith(TEXT)) {
                counts.merge(m.plainText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Accepted sendMessage requests (but the warm-up), in arrival order. */
    List<RequestRecord> accepted() {
        return telegram.requests("sendMessage").stream().filter(r -> r.status() == 200 && r.chatId() != warmUpChat)
                .sorted(Comparator.comparing(RequestRecord::at)).toList();
    }

    /** The most accepted sendMessage requests in any one-second window (by arrival time). */
    static int busiestSecond(List<RequestRecord> accepted) {
        int most = 0;
        int start = 0;
        for (int end = 0; end < accepted.size(); end++) {
            while (Duration.between(accepted.get(start).at(), accepted.get(end).at()).compareTo(Duration.ofSeconds(1)) >= 0) {
                start++;
            }
            most = Math.max(most, end - start + 1);
        }
        return most;
    }

    /** The shortest gap between two accepted messages to the same chat; null when no chat got two. */
    static Duration closestToOneChat(List<RequestRecord> accepted) {
        Map<Long, Instant> last = new HashMap<>();
        Duration closest = null;
        for (RequestRecord r : accepted) {
            Instant before = last.put(r.chatId(), r.at());
            if (before != null) {
                Duration gap = Duration.between(before, r.at());
                closest = closest == null || gap.compareTo(closest) < 0 ? gap : closest;
            }
        }
        return closest;
    }
}
