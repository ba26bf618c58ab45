package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.store.Jdbc;

import java.util.Optional;

/**
 * The bot's @username, learnt when the service connects to Telegram, so that the command line
 * (which never talks to Telegram) can print t.me deep links with the invite codes.
 */
@Singleton
public class BotIdentityStore {

    private static final String USERNAME = "telegram.bot.username";

    private final Jdbc jdbc;

    public BotIdentityStore(JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
    }

    @Transactional
    public void rememberUsername(String username) {
        jdbc.upsert("DELETE FROM service_setting WHERE setting_name = ?", new Object[] {USERNAME},
                "INSERT INTO service_setting (setting_name, setting_value) VALUES (?, ?)", USERNAME, username);
    }

    @Transactional
    public Optional<String> username() {
        return jdbc.one("SELECT setting_value FROM service_setting WHERE setting_name = ?", rs -> rs.getString(1), USERNAME);
    }

    /** {@code https://t.me/<bot>?start=CODE}, once the bot's name is known. */
    public Optional<String> deepLink(String inviteCode) {
        return username().map(u -> "https://t.me/" + u + "?start=" + inviteCode);
    }
}
