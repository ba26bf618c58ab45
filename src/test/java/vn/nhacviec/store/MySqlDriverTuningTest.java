package vn.nhacviec.store;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MySqlDriverTuningTest {

    private static DatasourceConfiguration at(String url) {
        DatasourceConfiguration config = new DatasourceConfiguration("default");
        config.setUrl(url);
        return config;
    }

    @Test
    void mySqlAndMariaDbGetStatementCachingAndLocalSessionState() {
        for (String url : new String[] {"jdbc:mysql://127.0.0.1:3306/nhacviec", "jdbc:mariadb://db/nhacviec"}) {
            DatasourceConfiguration config = MySqlDriverTuning.tune(at(url));
            MySqlDriverTuning.SETTINGS.forEach((key, value) ->
                    assertEquals(value, config.getDataSourceProperties().getProperty(key), url + " " + key));
        }
    }

    @Test
    void anOperatorsOwnValueIsKept() {
        DatasourceConfiguration config = at("jdbc:mysql://127.0.0.1:3306/nhacviec");
        config.addDataSourceProperty("prepStmtCacheSize", "50");
        assertEquals("50", MySqlDriverTuning.tune(config).getDataSourceProperties().getProperty("prepStmtCacheSize"));
    }

    @Test
    void h2GetsNone() {
        assertTrue(MySqlDriverTuning.tune(at("jdbc:h2:mem:tuning")).getDataSourceProperties().isEmpty());
    }
}
