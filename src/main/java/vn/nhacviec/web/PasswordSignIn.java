package vn.nhacviec.web;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.nhacviec.web.store.ProvinceStore;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** Province staff sign in with a login and a bcrypt-checked password; failed attempts are throttled. */
@Singleton
public class PasswordSignIn {

    /** The outcome of one attempt. */
    public sealed interface Outcome {
        record SignedIn(long staffId) implements Outcome {
        }

        record WrongPassword() implements Outcome {
        }

        record Throttled() implements Outcome {
        }
    }

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(12);
    /** Compared against when the login does not exist, so both answers take as long. */
    private static final String DUMMY_HASH = BCRYPT.encode("no such account");

    private final ProvinceStore store;
    private final LoginThrottle throttle;

    PasswordSignIn(ProvinceStore store, Clock clock) {
        this.store = store;
        this.throttle = new LoginThrottle(clock);
    }

    /** The hash to store for a new password. */
    public static String hash(String password) {
        return BCRYPT.encode(password);
    }

    public static String normalLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    public Outcome attempt(String login, String password, String address) {
        String key = "login:" + normalLogin(login);
        String from = "address:" + address;
        if (throttle.blocked(key, from)) {
            return new Outcome.Throttled();
        }
        Optional<ProvinceStore.StaffAccount> account = store.staffByLogin(normalLogin(login));
        boolean matches = BCRYPT.matches(password == null ? "" : password,
                account.map(ProvinceStore.StaffAccount::passwordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches) {
            throttle.failed(key, from);
            return new Outcome.WrongPassword();
        }
        throttle.succeeded(key);
        return new Outcome.SignedIn(account.get().id());
    }
}
