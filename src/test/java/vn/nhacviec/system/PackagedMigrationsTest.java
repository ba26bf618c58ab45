package vn.nhacviec.system;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackagedMigrationsTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Flyway flyway;

    PackagedMigrationsTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        flyway = Flyway.configure().dataSource(dataSource).locations(PackagedMigrations.LOCATION).load();
    }

    @Test
    void the_built_list_holds_exactly_the_migrations_flyway_finds_by_scanning() {
        Set<MigrationVersion> found = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).collect(Collectors.toSet());
        assertEquals(found, PackagedMigrations.versions().orElseThrow());
    }

    @Test
    void flyway_given_the_list_migrates_and_validates_as_it_does_by_scanning() {
        FluentConfiguration listed = Flyway.configure().dataSource(dataSource).locations(PackagedMigrations.LOCATION);
        PackagedMigrations packaged = new PackagedMigrations();
        listed.resourceProvider(packaged.scripts(null)).javaMigrationClassProvider(packaged.javaMigrations());
        Flyway fromList = listed.load();

        flyway.migrate(); // by scanning
        fromList.validate(); // same scripts, same checksums: nothing pending, nothing changed
        assertEquals(0, fromList.migrate().migrationsExecuted);

        JdbcDataSource fresh = new JdbcDataSource();
        fresh.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        assertEquals(flyway.info().all().length, listed.dataSource(fresh).load().migrate().migrationsExecuted);
        Flyway.configure().dataSource(fresh).locations(PackagedMigrations.LOCATION).load().validate();
    }

    @Test
    void only_a_database_holding_every_packaged_migration_is_left_alone() throws SQLException {
        Set<MigrationVersion> packaged = PackagedMigrations.versions().orElseThrow();
        assertFalse(CommandMigrations.applied(dataSource, packaged), "a new database has no history");

        flyway.migrate();
        assertTrue(CommandMigrations.applied(dataSource, packaged));

        MigrationVersion newer = MigrationVersion.fromVersion("9999");
        assertFalse(CommandMigrations.applied(dataSource, union(packaged, newer)), "a migration the database lacks");

        execute("delete from flyway_schema_history where version = '2'");
        assertFalse(CommandMigrations.applied(dataSource, packaged), "a migration missing in the middle");
    }

    @Test
    void a_failed_migration_in_the_history_is_left_to_flyway() throws SQLException {
        flyway.migrate();
        execute("update flyway_schema_history set success = false where version = '15'");
        assertFalse(CommandMigrations.applied(dataSource, PackagedMigrations.versions().orElseThrow()));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Set<MigrationVersion> union(Set<MigrationVersion> versions, MigrationVersion more) {
        Set<MigrationVersion> all = new java.util.HashSet<>(versions);
        all.add(more);
        return all;
    }
}
