package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Quartz's own tables, from the script inside the Quartz jar (so they always match the Quartz
 * version), minus its DROP statements and comments. One migration serves both databases: on H2 the
 * flag columns become BOOLEAN, as Quartz's delegate writes booleans into them.
 */
@SuppressWarnings("checkstyle:TypeName")
public class V3__Quartz_tables extends BaseJavaMigration {

    private static final String SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_mysql_innodb.sql";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script(), h2)) {
                statement.execute(sql);
            }
        }
    }

    static List<String> statements(String script, boolean h2) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("#") && !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .filter(sql -> !sql.toUpperCase(Locale.ROOT).startsWith("DROP "))
                .filter(sql -> !sql.equalsIgnoreCase("commit"))
                .map(sql -> h2 ? forH2(sql) : sql)
                .toList();
    }

    private static String forH2(String sql) {
        return sql.replaceAll("(?i)ENGINE\\s*=\\s*InnoDB", "")
                .replaceAll("(?i)(IS_DURABLE|IS_NONCONCURRENT|IS_UPDATE_DATA|REQUESTS_RECOVERY)\\s+VARCHAR\\(1\\)", "$1 BOOLEAN");
    }

    private static String script() throws IOException, SQLException {
        try (InputStream in = V3__Quartz_tables.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new SQLException("Quartz's table script " + SCRIPT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
