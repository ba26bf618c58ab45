package vn.nhacviec.system;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.MigrationVersion;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A command (the {@code cli} environment) leaves Flyway out when the database already holds every
 * migration packaged in the jar: loading Flyway, scanning the jar for migrations and validating them
 * cost a command about a tenth of its run. The check is one query of Flyway's history against the
 * list of {@link PackagedMigrations}, written at build time. Anything else (a missing, newer, failed, deleted or
 * repeatable migration, another location, an unreadable history) leaves the migration to Flyway as
 * before; {@code serve} always runs it.
 */
@Singleton
@Requires(env = "cli")
@Requires(classes = FlywayConfigurationProperties.class)
final class CommandMigrations implements BeanCreatedEventListener<DataSource>, Ordered {

    private final ApplicationContext context;

    CommandMigrations(ApplicationContext context) {
        this.context = context;
    }

    /** Before micronaut-flyway's own listener, which migrates the data source as it is created. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        String name = event.getBeanDefinition() instanceof NameResolver resolver ? resolver.resolveName().orElse("default") : "default";
        Optional<FlywayConfigurationProperties> flyway = context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name));
        List<String> locations = context.getProperty("flyway.datasources." + name + ".locations", List.class).orElse(List.of());
        if (flyway.isPresent() && flyway.get().isEnabled() && !flyway.get().hasAlternativeDatabaseConfiguration()
                && locations.equals(List.of(PackagedMigrations.LOCATION)) && PackagedMigrations.versions().map(versions -> applied(event.getBean(), versions)).orElse(false)) {
            // Only for this process, which ends with the command.
            flyway.get().setEnabled(false);
        }
        return event.getBean();
    }

    /**
     * Whether Flyway's history records every one of {@code packaged} as applied and nothing it would
     * have to act on or report: a failed, deleted, undone or baseline row, or a version newer than the jar's.
     */
    static boolean applied(DataSource dataSource, Set<MigrationVersion> packaged) {
        Set<MigrationVersion> done = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select version, type, success from flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                String type = rows.getString(2);
                if (!rows.getBoolean(3)) {
                    return false;
                }
                if ("SQL".equals(type) || "JDBC".equals(type)) {
                    done.add(MigrationVersion.fromVersion(version));
                } else if (version != null || !("TABLE".equals(type) || "SCHEMA".equals(type))) {
                    return false; // only the markers of what Flyway created carry no version
                }
            }
        } catch (SQLException e) {
            return false; // no history yet (a new database) or one Flyway must look at
        }
        return done.equals(packaged);
    }
}
