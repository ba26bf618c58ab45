package vn.nhacviec.store;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Connector/J settings for MySQL/MariaDB that HikariCP's own guide recommends: statements prepared once per
 * connection and kept, and session state (autocommit, isolation) tracked by the driver instead of being
 * asked of or re-sent to the server. Without them every statement of a bot turn was parsed again on the
 * client and every transaction cost extra round trips (the profile of "xong" at national scale). A value
 * the operator set in {@code datasources.default.data-source-properties} is kept. H2 gets none.
 */
@Singleton
class MySqlDriverTuning implements BeanCreatedEventListener<DatasourceConfiguration> {

    static final Map<String, String> SETTINGS = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048",
            "useServerPrepStmts", "true",
            "useLocalSessionState", "true",
            "useLocalTransactionState", "true",
            "cacheResultSetMetadata", "true",
            "cacheServerConfiguration", "true",
            "maintainTimeStats", "false");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        return tune(event.getBean());
    }

    static DatasourceConfiguration tune(DatasourceConfiguration config) {
        String url = config.getUrl();
        if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            SETTINGS.forEach((key, value) -> {
                if (!config.getDataSourceProperties().containsKey(key)) {
                    config.addDataSourceProperty(key, value);
                }
            });
        }
        return config;
    }
}
