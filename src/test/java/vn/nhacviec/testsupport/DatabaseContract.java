package vn.nhacviec.testsupport;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of the store contracts: one service context per test class over a fresh database. Each
 * contract has an H2 and a MariaDB subclass, so the same assertions hold on both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseContract {

    protected ApplicationContext context;
    private TestDatabase database;

    /** The database this run of the contract uses. */
    protected abstract TestDatabase database();

    @BeforeAll
    void startContext() {
        database = database();
        Map<String, Object> properties = new HashMap<>(database.properties());
        properties.put("nhacviec.clock", "2024-04-08T09:00:00+07:00");
        context = ApplicationContext.run(properties, "test");
    }

    @AfterAll
    void stopContext() {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            database.close();
        }
    }

    protected <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
