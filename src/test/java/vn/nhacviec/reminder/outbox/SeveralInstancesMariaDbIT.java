package vn.nhacviec.reminder.outbox;

import org.junit.jupiter.api.AfterEach;
import vn.nhacviec.testsupport.TestDatabase;
import vn.nhacviec.testsupport.telegram.FakeTelegram;

import java.nio.file.Path;
import java.util.Map;

/** Two `serve` processes on one MariaDB database, as a province or national deployment runs them. */
class SeveralInstancesMariaDbIT extends SeveralInstancesContract {

    private TestDatabase database;

    @Override
    protected DispatchHarness harness(Path dir, FakeTelegram telegram) {
        database = TestDatabase.mariaDb();
        Map<String, Object> p = database.properties();
        return new DispatchHarness(dir, telegram, (String) p.get("datasources.default.url"),
                (String) p.get("datasources.default.username"), (String) p.get("datasources.default.password"));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }
}
