package vn.nhacviec.reminder.quartz;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Quartz with its JDBC job store in the service's own database, clustered: several instances
 * on one database never run the same job twice. There is no maintained Micronaut–Quartz module,
 * so it is wired here by hand.
 */
@Factory
@Requires(notEnv = "cli")
@Requires(property = "nhacviec.scheduler.enabled", notEquals = "false")
class QuartzFactory {

    private static final String DATA_SOURCE = "nhacviec";

    @Singleton
    @Bean(preDestroy = "shutdown")
    Scheduler scheduler(DataSource dataSource, BeanContext beans,
                        @Value("${nhacviec.scheduler.threads:4}") int threads) throws SchedulerException {
        // The injected DataSource is a proxy that refuses connections outside a transaction.
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PoolProvider(pool));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "nhacviec");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        scheduler.setJobFactory(new BeanJobFactory(beans));
        return scheduler;
    }

    /** Hands Quartz connections from the service's own Hikari pool. */
    private record PoolProvider(DataSource pool) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the service; it closes it.
        }

        @Override
        public void initialize() {
            // Nothing: the pool is ready.
        }
    }
}
