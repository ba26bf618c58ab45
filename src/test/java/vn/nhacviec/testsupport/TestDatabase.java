package vn.nhacviec.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: in-memory H2 in MySQL mode, or a new database on
 * the MariaDB server that {@code .ci/run} prepares (NHACVIEC_TEST_MARIADB_URL/USER/PASSWORD).
 * Without a reachable MariaDB the MariaDB suite is skipped, saying so, unless
 * NHACVIEC_REQUIRE_MARIADB=true (as in CI), where it fails.
 */
public final class TestDatabase implements AutoCloseable {

    private final Map<String, Object> properties;
    private final Runnable drop;

    private TestDatabase(Map<String, Object> properties, Runnable drop) {
        this.properties = properties;
        this.drop = drop;
    }

    public static TestDatabase h2() {
        String name = "nhacviec_" + UUID.randomUUID().toString().substring(0, 8);
        return new TestDatabase(datasource("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "sa", ""), () -> { });
    }

    public static TestDatabase mariaDb() {
        String server = env("NHACVIEC_TEST_MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");
        String user = env("NHACVIEC_TEST_MARIADB_USER", "root");
        String password = env("NHACVIEC_TEST_MARIADB_PASSWORD", "");
        String name = "nhacviec_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            String message = "MariaDB not reachable at " + server + " as " + user + " (" + e.getMessage()
                    + "): the MySQL/MariaDB suite did not run";
            if (Boolean.parseBoolean(System.getenv("NHACVIEC_REQUIRE_MARIADB"))) {
                throw new IllegalStateException(message, e);
            }
            System.err.println("WARNING: " + message);
            Assumptions.abort(message);
        }
        String base = server.endsWith("/") ? server : server + "/";
        return new TestDatabase(datasource(base + name + "?useUnicode=true&characterEncoding=UTF-8", user, password), () -> {
            try (Connection connection = DriverManager.getConnection(server, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException e) {
                System.err.println("could not drop test database " + name + ": " + e.getMessage());
            }
        });
    }

    /** Properties for a Micronaut context on this database. */
    public Map<String, Object> properties() {
        return properties;
    }

    @Override
    public void close() {
        drop.run();
    }

    private static Map<String, Object> datasource(String url, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("datasources.default.url", url);
        p.put("datasources.default.username", user);
        p.put("datasources.default.password", password);
        p.put("datasources.default.dialect", "MYSQL");
        p.put("datasources.default.maximum-pool-size", 4);
        return p;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
