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
    /** Five wrong passwords for one login in 15 minutes; twenty from one address (a commune office shares one). */
    private final LoginThrottle byLogin;
    private final LoginThrottle byAddress;

    PasswordSignIn(ProvinceStore store, Clock clock) {
        this.store = store;
        this.byLogin = new LoginThrottle(5, clock);
        this.byAddress = new LoginThrottle(20, clock);
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
        if (byLogin.blocked(key) || byAddress.blocked(from)) {
            return new Outcome.Throttled();
        }
        Optional<ProvinceStore.StaffAccount> account = store.staffByLogin(normalLogin(login));
        boolean matches = BCRYPT.matches(password == null ? "" : password,
                account.map(ProvinceStore.StaffAccount::passwordHash).orElse(DUMMY_HASH));
        if (account.isEmpty() || !matches) {
            byLogin.failed(key);
            byAddress.failed(from);
            return new Outcome.WrongPassword();
        }
        byLogin.succeeded(key);
        return new Outcome.SignedIn(account.get().id());
    }
}
