package vn.nhacviec.web;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.ActionWindow;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.testsupport.web.BrowserTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The officer's page, the task page, the calendar feed and the office's roster, in a real browser. */
class WorkPagesBrowserIT extends BrowserTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 4, 8);

    private NewOfficer stranger;

    @Override
    protected void seed() {
        bean(vn.nhacviec.directory.store.CommuneStore.class).findOrCreate("Xã Khác");
        stranger = bean(RosterStore.class).add("Xã Khác", "Phạm Văn Lạ", List.of("TP-HT"), Role.OFFICE, "test");
    }

    private Actor actor(NewOfficer who) {
        return Actor.of(who.officer(), communeId);
    }

    /** What the bot's /viec answers this officer today: the same call MyWorkHandler makes. */
    private String botMyWork(NewOfficer who) {
        OfficerWork work = bean(OfficerWork.class);
        return bean(Messages.class).myWork(work.ownOpen(actor(who)), work.calendar(communeId, TODAY), TODAY, false, 1).html();
    }

    @Test
    void markingAnItemDoneOnTheWebRemovesItFromTheBotsMyWork() {
        OfficerWork work = bean(OfficerWork.class);
        ActionWindow window = bean(ActionWindow.class);
        TaskAgenda task = TaskAgenda.of(work.ownOpen(actor(officer)), work.calendar(communeId, TODAY), TODAY).stream()
                .filter(t -> t.needsAction(window, TODAY) && t.datedCount() == 1 && t.undated().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the seed plan gives TP-HT a task with one obligation to act on"));
        String code = "#" + task.taskCode() + " ";
        assertTrue(botMyWork(officer).contains(code), botMyWork(officer));

        signInAs(officer);
        browser.get(url("/viec"));
        assertEveryControlLabelled();
        screenshot("work-officer-page");
        WebElement card = browser.findElement(By.id("task-" + task.taskCode()));
        card.findElement(By.name("ghiChu")).sendKeys("đã gửi báo cáo");
        card.findElement(By.cssSelector("button.done-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("task-" + task.taskCode()), "Đã ghi nhận hoàn thành"));
        screenshot("work-officer-done");

        assertFalse(botMyWork(officer).contains(code), botMyWork(officer));
        AgendaItem done = bean(AgendaStore.class).item(task.target().orElseThrow().deadlineId()).orElseThrow();
        assertEquals("đã gửi báo cáo", done.note());
        assertTrue(done.doneBy().startsWith("web:" + officer.officer().id()));

        browser.get(url("/xa/" + communeId + "/nhiem-vu/" + task.taskCode()));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Hoàn thành"), page);
        assertTrue(page.contains("Nguyễn Văn Tư (trang web)"), page);
        screenshot("task-page-history");
    }

    @Test
    void anotherCommunesTaskPageIsRefusedAndShowsNothing() {
        signInAs(stranger);
        browser.get(url("/xa/" + communeId + "/nhiem-vu/1"));
        String body = browser.findElement(By.tagName("body")).getText();
        assertFalse(body.contains("Theo kế hoạch"), body);
        assertTrue(body.contains("Không thực hiện được"), body);
        screenshot("task-page-other-commune");
    }

    @Test
    void aPostOnAnotherCommunesItemChangesNothing() throws Exception {
        AgendaItem item = bean(AgendaStore.class).open(communeId).get(0);
        signInAs(stranger);
        String cookie = browser.manage().getCookieNamed(Sessions.COOKIE).getValue();
        browser.get(url("/viec"));
        String csrf = browser.findElement(By.tagName("body")).getAttribute("hx-headers").replaceAll(".*\": \"([^\"]+)\".*", "$1");
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/viec/" + item.deadlineId() + "/xong")))
                .header("Cookie", Sessions.COOKIE + "=" + cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-Token", csrf).POST(HttpRequest.BodyPublishers.ofString("ghiChu=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, answer.statusCode(), answer.body());
        assertTrue(bean(AgendaStore.class).item(item.deadlineId()).orElseThrow().isOpen());
    }

    @Test
    void theCalendarFeedParsesAndARevokedAddressAnswers404() throws Exception {
        signInAs(officer);
        browser.get(url("/lich"));
        submit(By.cssSelector("form[action='/lich/tao'] button"));
        String address = text("dia-chi-lich");
        screenshot("calendar-page");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> feed = http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        ICalendar ical = Biweekly.parse(feed.body()).first();
        long dated = bean(OfficerWork.class).ownOpen(actor(officer)).stream().filter(i -> i.due() != null).count();
        assertTrue(dated > 0);
        assertEquals(dated, ical.getEvents().size());

        browser.get(url("/lich"));
        submit(By.cssSelector("form[action='/lich/thu-hoi'] button"));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url("/lich-han/nope.ics"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theOfficeAddsAnOfficerAndSeesTheInviteAsAQrCode() {
        signInAs(office);
        browser.get(url("/van-phong"));
        assertEveryControlLabelled();
        String roster = browser.findElement(By.tagName("main")).getText();
        assertTrue(roster.contains("chưa liên kết Telegram"), roster);
        browser.findElement(By.id("ho-ten")).sendKeys("Trần Thị Mới");
        browser.findElement(By.id("bo-phan")).sendKeys("TP-HT");
        submit(By.cssSelector("form[action='/van-phong/can-bo'] button"));
        screenshot("office-roster-added");
        assertFalse(browser.findElements(By.cssSelector(".invite")).isEmpty(), browser.findElement(By.tagName("main")).getText());
        WebElement invite = browser.findElement(By.cssSelector(".invite"));
        assertTrue(invite.getText().contains("Trần Thị Mới"), invite.getText());
        WebElement qr = invite.findElement(By.cssSelector("svg[role=img]"));
        assertTrue(qr.getAttribute("aria-label").contains("Trần Thị Mới"));
        assertTrue(qr.getSize().getWidth() > 100, "the QR code is drawn: " + qr.getSize());
        screenshot("office-roster-invite");

        submit(By.cssSelector("form[action='/van-phong/phieu-moi'] button"));
        assertTrue(browser.findElements(By.cssSelector(".invite svg")).size() >= 3, "a code for each officer not linked");
        screenshot("office-invite-sheet");
        assertNoHorizontalScroll("/van-phong");
        screenshot("office-roster-phone");
    }

    @Test
    void theOfficeSendsARevisedPlanSeesTheBotsPreviewAndConfirms() throws Exception {
        int before = bean(AgendaStore.class).all(communeId).stream().mapToInt(AgendaItem::taskCode).max().orElse(0);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ke-hoach-dieu-chinh", ".txt");
        java.nio.file.Files.writeString(file, vn.nhacviec.testsupport.PlanEdits.withRowAtTopOfSectionOne(
                vn.nhacviec.testsupport.Seeds.text(vn.nhacviec.testsupport.Seeds.SON_KY_2024)));
        signInAs(office);
        browser.get(url("/van-phong"));
        browser.findElement(By.id("tep-ke-hoach")).sendKeys(file.toAbsolutePath().toString());
        submit(By.cssSelector("form[action^='/van-phong/ke-hoach'] button"));
        String preview = browser.findElement(By.tagName("main")).getText();
        assertTrue(preview.contains("Xem trước kế hoạch"), preview);
        assertTrue(preview.contains("So với kế hoạch đã nhập") && preview.contains("Việc mới"), "the preview names the added task: " + preview);
        assertEveryControlLabelled();
        screenshot("office-plan-preview");
        assertEquals(before, bean(AgendaStore.class).all(communeId).stream().mapToInt(AgendaItem::taskCode).max().orElse(0),
                "nothing stored before confirming");

        submit(By.id("nhap-ke-hoach"));
        String outcome = text("ket-qua");
        assertTrue(outcome.contains("Đã nhập"), outcome);
        screenshot("office-plan-imported");
        assertTrue(bean(AgendaStore.class).all(communeId).stream().mapToInt(AgendaItem::taskCode).max().orElse(0) > before,
                "the new task has its code");
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void anOfficerWithoutTheOfficeRoleIsRefusedTheOfficeTools() {
        signInAs(officer);
        browser.get(url("/van-phong"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Công cụ văn phòng dành cho"));
    }

    /**
     * Presses a plain form's button and waits for the answer page to replace this one: a click returns as
     * soon as the browser has started the post, and a check made before the answer arrives reads the old page.
     */
    private void submit(By button) {
        vn.nhacviec.testsupport.web.Browsers.clickAndWait(browser, button);
    }
}
