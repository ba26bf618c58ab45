package vn.nhacviec.bot.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * The bot's @username, learnt when the service connects to Telegram, so that the command line
 * (which never talks to Telegram) can print t.me deep links with the invite codes.
 */
@Singleton
public class BotIdentity {

    private static final String USERNAME = "telegram.bot.username";

    private final JdbcOperations jdbc;

    public BotIdentity(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void rememberUsername(String username) {
        jdbc.prepareStatement("DELETE FROM service_setting WHERE setting_name = ?", s -> {
            s.setString(1, USERNAME);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("INSERT INTO service_setting (setting_name, setting_value) VALUES (?, ?)", s -> {
            s.setString(1, USERNAME);
            s.setString(2, username);
            return s.executeUpdate();
        });
    }

    @Transactional
    public Optional<String> username() {
        return jdbc.prepareStatement("SELECT setting_value FROM service_setting WHERE setting_name = ?", s -> {
            s.setString(1, USERNAME);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** {@code https://t.me/<bot>?start=CODE}, once the bot's name is known. */
    public Optional<String> deepLink(String inviteCode) {
        return username().map(u -> "https://t.me/" + u + "?start=" + inviteCode);
    }
}
