package vn.nhacviec.web;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * The web pages' settings ({@code nhacviec.web.*}): the public address links are made with, and how
 * long a sign-in link and a session last.
 */
@ConfigurationProperties("nhacviec.web")
public class WebProperties {

    /** Where officers reach the pages; sign-in links and the Mini App button point here. */
    private String baseUrl = "http://localhost:8080";
    private Duration signInLinkLifetime = Duration.ofMinutes(10);
    private Duration sessionLifetime = Duration.ofHours(12);
    /** The Mini App menu button: set when the base URL is https, or when this says so. */
    private boolean menuButton;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
    }

    public Duration getSignInLinkLifetime() {
        return signInLinkLifetime;
    }

    public void setSignInLinkLifetime(Duration signInLinkLifetime) {
        this.signInLinkLifetime = signInLinkLifetime;
    }

    public Duration getSessionLifetime() {
        return sessionLifetime;
    }

    public void setSessionLifetime(Duration sessionLifetime) {
        this.sessionLifetime = sessionLifetime;
    }

    public boolean isMenuButton() {
        return menuButton;
    }

    public void setMenuButton(boolean menuButton) {
        this.menuButton = menuButton;
    }

    /** Cookies are marked Secure only when the pages are served over https. */
    public boolean secure() {
        return baseUrl.startsWith("https://");
    }

    /** Telegram opens Mini Apps only from https addresses. */
    public boolean miniAppEnabled() {
        return secure() || menuButton;
    }

    /** An absolute address of one of the pages ({@code path} starts with "/"). */
    public URI link(String path) {
        return URI.create(baseUrl + path);
    }
}
