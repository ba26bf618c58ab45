package vn.nhacviec.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few plain-JDBC steps every store repeats, run in the caller's transaction: bind parameters,
 * read rows, test existence, update, insert with a generated key. Instants are written at second
 * precision everywhere, because Connector/J against MariaDB drops fractions and H2 does not: the
 * same value must read back the same on both.
 */
public final class Jdbc {

    /** Reads one row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    public Jdbc(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** All rows of the query, in its order. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            bind(s, parameters);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
            return result;
        });
    }

    /** The first row of the query, if any; a null read (e.g. {@code MAX} of no rows) is empty too. */
    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(row.read(rs)) : Optional.<T>empty();
            }
        });
    }

    /** Whether a {@code SELECT COUNT(*) ...} counts more than zero. */
    public boolean exists(String countSql, Object... parameters) {
        return one(countSql, rs -> rs.getLong(1), parameters).orElse(0L) > 0;
    }

    /** Runs an INSERT, UPDATE or DELETE; the number of rows changed. */
    public int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            bind(s, parameters);
            return s.executeUpdate();
        });
    }

    /** Runs an INSERT and returns the key the database generated for the new row. */
    public long insert(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                return insert(s, parameters);
            }
        });
    }

    /**
     * Runs an INSERT and returns the generated key, or empty when a unique index refused the row:
     * the index decides between two writers, not a read before the write.
     */
    public Optional<Long> insertUnlessDuplicate(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                return Optional.of(insert(s, parameters));
            } catch (SQLException e) {
                if (isDuplicate(e)) {
                    return Optional.<Long>empty();
                }
                throw e;
            }
        });
    }

    /**
     * Writes a row keyed by {@code deleteSql}'s parameters: the old row (if any) is deleted, the new one
     * inserted, in the caller's transaction. Portable across H2 and MariaDB (no MERGE, no ON DUPLICATE
     * KEY), and independent of how the driver counts unchanged rows.
     */
    public void upsert(String deleteSql, Object[] key, String insertSql, Object... row) {
        update(deleteSql, key);
        update(insertSql, row);
    }

    /** A unique or foreign-key violation (SQL state class 23), as both drivers report it. */
    public static boolean isDuplicate(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException || String.valueOf(e.getSQLState()).startsWith("23");
    }

    /** An instant as stored: truncated to whole seconds (see the class comment); null stays null. */
    public static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.SECONDS);
    }

    /** {@link #stored} as a JDBC timestamp. */
    public static Timestamp seconds(Instant at) {
        return at == null ? null : Timestamp.from(stored(at));
    }

    /** Binds parameters in order: instants at second precision, dates as SQL dates, bytes as bytes. */
    public static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant at) {
                s.setTimestamp(i + 1, seconds(at));
            } else if (p instanceof Timestamp at) {
                s.setTimestamp(i + 1, seconds(at.toInstant()));
            } else if (p instanceof LocalDate date) {
                s.setDate(i + 1, java.sql.Date.valueOf(date));
            } else if (p instanceof byte[] bytes) {
                s.setBytes(i + 1, bytes);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }

    private static long insert(PreparedStatement s, Object... parameters) throws SQLException {
        bind(s, parameters);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated key");
            }
            return keys.getLong(1);
        }
    }
}
