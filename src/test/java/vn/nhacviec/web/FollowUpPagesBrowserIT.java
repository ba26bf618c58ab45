package vn.nhacviec.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.DocumentNumber;
import vn.nhacviec.evidence.EvidenceType;
import vn.nhacviec.evidence.EvidenceFiles;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import vn.nhacviec.evidence.store.EvidenceStore;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.reminder.outbox.OutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;
import vn.nhacviec.testsupport.web.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 13 on the web: the dashboard's forecast, asking why from the overdue list, the task page's evidence. */
class FollowUpPagesBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 8);
    private static final long OFFICER_CHAT = 770_001L;

    @Override
    protected void seed() {
        bean(RosterStore.class).link(officer.inviteCode(), OFFICER_CHAT, OFFICER_CHAT);
    }

    /** An overdue item of the officer's unit (TP-HT) in the seed plan. */
    private AgendaItem overdueOfOfficer() {
        return bean(AgendaStore.class).open(communeId).stream()
                .filter(i -> i.isOverdue(TODAY) && i.leadUnits().contains("TP-HT")).findFirst()
                .orElseThrow(() -> new AssertionError("the seed plan has an overdue item of TP-HT on " + TODAY));
    }

    private String csrf() {
        return browser.findElement(By.tagName("body")).getAttribute("hx-headers").replaceAll(".*\": \"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> post(String path) throws Exception {
        String cookie = browser.manage().getCookieNamed(Sessions.COOKIE).getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Cookie", Sessions.COOKIE + "=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-CSRF-Token", csrf()).POST(HttpRequest.BodyPublishers.ofString("")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<OutboxMessage> questionsTo(NewOfficer who) {
        return bean(OutboxStore.class).withStatus(List.of("PENDING", "SENDING", "SENT", "FAILED", "STALE")).stream()
                .filter(m -> m.officerId() != null && m.officerId() == who.officer().id()
                        && m.idempotencyKey().startsWith("explanation:")).toList();
    }

    @Test
    void theChairmanSeesTheForecastAndAsksWhyAndTheOfficerIsAsked() {
        AgendaItem item = overdueOfOfficer();
        signInAs(chairman);
        browser.get(url("/xa/" + communeId));
        assertTrue(text("forecast").contains("Dự báo cuối quý"), text("forecast"));
        assertTrue(text("forecast-table").contains(item.code()), text("forecast-table"));
        assertEveryControlLabelled();
        screenshot("followup-dashboard-forecast");
        assertEquals(200, status(browser.findElement(By.id("binder-link")).getAttribute("href").replaceFirst("^http://[^/]+", "")));

        browser.findElement(By.id("ask-" + item.deadlineId())).findElement(By.tagName("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("ask-" + item.deadlineId()), "Đã hỏi, chờ trả lời"));
        screenshot("followup-dashboard-asked");

        assertTrue(bean(Explanations.class).waitingFor(item.deadlineId()).isPresent());
        List<OutboxMessage> questions = questionsTo(officer);
        assertEquals(1, questions.size(), questions.toString());
        assertTrue(questions.get(0).reply().html().contains("Yêu cầu giải trình"), questions.get(0).reply().html());
        assertTrue(questions.get(0).reply().html().contains("Đinh Văn Chủ"), questions.get(0).reply().html());
        assertEquals(item.deadlineId(), questions.get(0).memo().items().get(1));

        browser.get(url("/xa/" + communeId));
        assertTrue(text("ask-" + item.deadlineId()).contains("Đã hỏi, chờ trả lời"));
        assertTrue(browser.findElements(By.cssSelector("form#ask-" + item.deadlineId())).isEmpty());
    }

    @Test
    void theOfficeHasNoAskButtonAndForgedPostsAreRefused() throws Exception {
        AgendaItem item = overdueOfOfficer();
        int before = questionsTo(officer).size();
        signInAs(office);
        browser.get(url("/xa/" + communeId));
        assertTrue(browser.findElements(By.cssSelector("form.ask-why")).isEmpty());
        HttpResponse<String> forged = post("/xa/" + communeId + "/giai-trinh/" + item.deadlineId());
        assertEquals(403, forged.statusCode(), forged.body());

        signInAs(officer);
        browser.get(url("/viec"));
        forged = post("/xa/" + communeId + "/giai-trinh/" + item.deadlineId());
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(before, questionsTo(officer).size());
    }

    @Test
    void theTaskPageListsTheEvidenceAndTheStoredFileDownloads() throws Exception {
        AgendaItem item = overdueOfOfficer();
        EvidenceStore store = bean(EvidenceStore.class);
        Instant at = Instant.parse("2024-04-05T03:00:00Z");
        store.recordNumber(communeId, item.deadlineId(), officer.officer().id(),
                DocumentNumber.find("QĐ số 12/QĐ-UBND ngày 3/3/2024").orElseThrow(), at);
        byte[] bytes = "%PDF-1.4 evidence of the browser test".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        EvidenceFiles files = bean(EvidenceKeeper.class).files();
        String key = files.put(sha, EvidenceType.PDF, bytes);
        long file = store.recordFile(communeId, item.deadlineId(), officer.officer().id(), OFFICER_CHAT, "tg-file-1",
                "bao-cao.pdf", null, at);
        assertTrue(store.stored(file, EvidenceType.PDF, bytes.length, sha, key, at));

        signInAs(officer);
        browser.get(url("/xa/" + communeId + "/nhiem-vu/" + item.taskCode()));
        String evidence = text("evidence");
        assertTrue(evidence.contains("12/QĐ-UBND ngày 03/03/2024"), evidence);
        assertTrue(evidence.contains("bao-cao.pdf") && evidence.contains(sha.substring(0, 12)) && evidence.contains("Đã lưu"), evidence);
        assertTrue(evidence.contains("Nguyễn Văn Tư"), evidence);
        assertTrue(browser.findElements(By.linkText("Tải hồ sơ tài liệu kiểm chứng (.zip)")).isEmpty(), "officers get no binder link");
        screenshot("followup-task-evidence");

        String cookie = browser.manage().getCookieNamed(Sessions.COOKIE).getValue();
        String href = "/xa/" + communeId + "/nhiem-vu/" + item.taskCode() + "/tai-lieu/" + file;
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(href)))
                .header("Cookie", Sessions.COOKIE + "=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(bytes, download.body());
        assertEquals(404, status("/xa/" + communeId + "/nhiem-vu/" + item.taskCode() + "/tai-lieu/" + (file + 1000)));
        assertEquals(403, status("/xa/" + communeId + "/ho-so-kiem-chung?nam=2024"));

        signInAs(chairman);
        browser.get(url("/xa/" + communeId + "/nhiem-vu/" + item.taskCode()));
        assertTrue(!browser.findElements(By.linkText("Tải hồ sơ tài liệu kiểm chứng (.zip)")).isEmpty());
        assertEquals(200, status("/xa/" + communeId + "/ho-so-kiem-chung?nam=2024"));
    }
}
