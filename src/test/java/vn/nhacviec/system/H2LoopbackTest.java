package vn.nhacviec.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AUTO_SERVER of the embedded database listens on 127.0.0.1 only. H2 reads its bind address
 * when its classes load, so the check runs in a fresh JVM started the way {@code main} starts.
 */
class H2LoopbackTest {

    /** Run in the child JVM: what main does first, then the service's own H2 URL; prints the server's address. */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            H2Loopback.apply();
        }
        String url = "jdbc:h2:file:" + args[0] + "/nhacviec;MODE=MySQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE;WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            java.util.Properties lock = new java.util.Properties();
            try (var in = java.nio.file.Files.newInputStream(Path.of(args[0], "nhacviec.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server");
            System.out.println("server=" + server);
            int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
            Optional<InetAddress> outside = nonLoopback();
            if (outside.isPresent()) {
                try (Socket s = new Socket()) {
                    s.connect(new InetSocketAddress(outside.get(), port), 2000);
                    System.out.println("outside=reachable");
                } catch (IOException e) {
                    System.out.println("outside=refused");
                }
            } else {
                System.out.println("outside=none");
            }
        }
    }

    private static Optional<InetAddress> nonLoopback() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void theEmbeddedDatabaseServerListensOnTheLoopbackAddressOnly(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), H2LoopbackTest.class.getName(), dir.toString()))
                .redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM ended");
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), out);
        String host = out.lines().filter(l -> l.startsWith("server=")).findFirst().orElseThrow()
                .replaceAll("^server=(.*):\\d+$", "$1");
        assertTrue(InetAddress.getByName(host).isLoopbackAddress(), out);
        assertTrue(out.contains("outside=refused") || out.contains("outside=none"), out);
    }

    @Test
    void anOperatorsOwnBindAddressIsKept() {
        String before = System.getProperty(H2Loopback.PROPERTY);
        try {
            System.setProperty(H2Loopback.PROPERTY, "10.1.2.3");
            H2Loopback.apply();
            assertEquals("10.1.2.3", System.getProperty(H2Loopback.PROPERTY));
            System.clearProperty(H2Loopback.PROPERTY);
            H2Loopback.apply();
            assertEquals("127.0.0.1", System.getProperty(H2Loopback.PROPERTY));
        } finally {
            if (before == null) {
                System.clearProperty(H2Loopback.PROPERTY);
            } else {
                System.setProperty(H2Loopback.PROPERTY, before);
            }
        }
    }
}
