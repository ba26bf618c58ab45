package vn.nhacviec.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.nhacviec.testsupport.web.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bot's one-time sign-in link, the province's password form, CSRF on posts. */
class SignInBrowserIT extends BrowserTest {

    static final String TOKEN = "123456:ABC-mini-app-test";
    static final long TELEGRAM_USER = 777001;

    @Override
    protected java.util.Map<String, Object> extraProperties() {
        // a token for the Mini App's signature; the Bot API address goes nowhere (the bot only logs that it cannot connect)
        return java.util.Map.of("nhacviec.telegram.token", TOKEN, "nhacviec.telegram.api-url", "http://127.0.0.1:9");
    }

    @Override
    protected void seed() {
        bean(vn.nhacviec.directory.store.RosterStore.class).link(officer.inviteCode(), TELEGRAM_USER, TELEGRAM_USER);
    }

    private HttpResponse<String> miniApp(String initData) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(MiniAppController.PATH + "/dang-nhap")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("initData=" + java.net.URLEncoder.encode(initData,
                        java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.Map<String, String> initData(long user, java.time.Instant at) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("user", "{\"id\":" + user + ",\"first_name\":\"Tư\"}");
        fields.put("auth_date", Long.toString(at.getEpochSecond()));
        return fields;
    }

    @Test
    void theMiniAppOpensASessionOnlyForSignedFreshData() throws Exception {
        java.time.Instant now = java.time.OffsetDateTime.parse(CLOCK).toInstant();
        HttpResponse<String> forged = miniApp(MiniAppInitData.sign(initData(TELEGRAM_USER, now), "999:wrong-bot"));
        assertEquals(401, forged.statusCode());
        assertTrue(forged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(Sessions.COOKIE)));
        HttpResponse<String> stale = miniApp(MiniAppInitData.sign(initData(TELEGRAM_USER, now.minus(java.time.Duration.ofDays(2))), TOKEN));
        assertEquals(401, stale.statusCode());
        assertTrue(stale.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(Sessions.COOKIE)));
        HttpResponse<String> stranger = miniApp(MiniAppInitData.sign(initData(5550001, now), TOKEN));
        assertEquals(403, stranger.statusCode(), "a Telegram user linked to no officer");

        // in the browser, as Telegram opens it: the signed data in the URL fragment
        browser.manage().deleteAllCookies();
        browser.get(url(MiniAppController.PATH) + "#tgWebAppData=" + java.net.URLEncoder.encode(
                MiniAppInitData.sign(initData(TELEGRAM_USER, now.minusSeconds(30)), TOKEN), java.nio.charset.StandardCharsets.UTF_8)
                + "&tgWebAppVersion=8.0");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getPageSource().contains("Nguyễn Văn Tư"));
        assertTrue(browser.manage().getCookieNamed(Sessions.COOKIE).isHttpOnly());
        screenshot("mini-app-signed-in");
    }

    @Test
    void aLinkSignsInOnceAndIsRefusedTheSecondAndThirdTime() {
        String link = bean(SignInLinks.class).mint(officer.officer().id()).toString();
        browser.manage().deleteAllCookies();
        browser.get(link);
        assertTrue(browser.getPageSource().contains("Nguyễn Văn Tư"), browser.getPageSource());
        assertTrue(browser.manage().getCookieNamed(Sessions.COOKIE).isHttpOnly());
        screenshot("signin-officer-home");

        for (int attempt = 2; attempt <= 3; attempt++) {
            browser.manage().deleteAllCookies();
            browser.get(link);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("đã được dùng"), "attempt " + attempt);
            assertEquals(null, browser.manage().getCookieNamed(Sessions.COOKIE), "no session on attempt " + attempt);
            browser.get(url("/"));
            assertTrue(browser.getCurrentUrl().contains("/dang-nhap"), "not signed in: " + browser.getCurrentUrl());
        }
        screenshot("signin-link-used");
    }

    @Test
    void aForgedLinkIsRefused() {
        browser.manage().deleteAllCookies();
        browser.get(url(SignInLinks.PATH + Tokens.next()));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("không đúng"));
        assertEquals(null, browser.manage().getCookieNamed(Sessions.COOKIE));
    }

    @Test
    void thePasswordFormIsLabelledAndFitsAPhone() {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        assertEveryControlLabelled();
        assertNoHorizontalScroll("/dang-nhap");
        screenshot("signin-form-phone");
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        signInAs(officer);
        String session = browser.manage().getCookieNamed(Sessions.COOKIE).getValue();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(url("/dang-xuat")))
                .header("Cookie", Sessions.COOKIE + "=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=wrong")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode());
        // still signed in: the forged post changed nothing
        browser.get(url("/"));
        assertFalse(browser.getCurrentUrl().contains("/dang-nhap"));
        // the page's own sign-out form carries the token and works
        vn.nhacviec.testsupport.web.Browsers.clickAndWait(browser, By.cssSelector("form.signout button"));
        assertTrue(browser.getCurrentUrl().contains("/dang-nhap"), browser.getPageSource());
        browser.get(url("/"));
        assertTrue(browser.getCurrentUrl().contains("/dang-nhap"));
    }

    /** Browsers often send a form's body in a later packet than its headers; the token check must wait for it. */
    @Test
    void aFormWhoseBodyArrivesAfterItsHeadersIsCheckedAndHandled() throws Exception {
        signInAs(officer);
        browser.get(url("/lich"));
        String token = browser.findElement(By.cssSelector("input[name=_csrf]")).getAttribute("value");
        String session = browser.manage().getCookieNamed(Sessions.COOKIE).getValue();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, postInTwoPackets("/lich/tao", session, "_csrf=" + token));
            assertEquals(403, postInTwoPackets("/lich/tao", session, "_csrf=x" + token));
        }
    }

    private int postInTwoPackets(String path, String session, String body) throws Exception {
        URI base = URI.create(url("/"));
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] form = body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nCookie: " + Sessions.COOKIE + "="
                    + session + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(100);
            out.write(form);
            out.flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
