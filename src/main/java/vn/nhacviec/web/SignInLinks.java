package vn.nhacviec.web;

import jakarta.inject.Singleton;
import vn.nhacviec.web.store.SignInLinkStore;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

/**
 * One-time sign-in links for officers (the bot's /web, the demo's chairman): valid for ten minutes,
 * usable once; only the token's hash is stored.
 */
@Singleton
public class SignInLinks {

    /** The path a link opens; the token follows it. */
    public static final String PATH = "/dang-nhap/lien-ket/";

    private final SignInLinkStore store;
    private final WebProperties properties;
    private final Clock clock;

    SignInLinks(SignInLinkStore store, WebProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** A fresh link for the officer, at the configured public address. */
    public URI mint(long officerId) {
        String token = Tokens.next();
        Instant now = clock.instant();
        store.purge(now.minus(java.time.Duration.ofDays(1)));
        store.save(Tokens.hash(token), officerId, now, now.plus(properties.getSignInLinkLifetime()));
        return properties.link(PATH + token);
    }

    /** How long a link lasts, in minutes (for the message that carries it). */
    public long lifetimeMinutes() {
        return properties.getSignInLinkLifetime().toMinutes();
    }

    /** Uses the token once: the officer it was made for, or why it is refused. */
    public SignInLinkStore.Use use(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new SignInLinkStore.Use.Refused(SignInLinkStore.Reason.UNKNOWN);
        }
        return store.use(Tokens.hash(token), clock.instant());
    }
}
