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
        browser.findElement(By.cssSelector("form.signout button")).click();
        assertTrue(browser.getCurrentUrl().contains("/dang-nhap"), browser.getPageSource());
        browser.get(url("/"));
        assertTrue(browser.getCurrentUrl().contains("/dang-nhap"));
    }
}
