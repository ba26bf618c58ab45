package vn.nhacviec.web;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.report.QuarterlyReport;
import vn.nhacviec.report.store.QuarterlyReports;
import vn.nhacviec.testsupport.Seeds;
import vn.nhacviec.testsupport.web.BrowserTest;
import vn.nhacviec.web.store.ProvinceStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commune dashboard and the province console in a real browser, at 08/04/2024: Sơn Kỳ (seed 000, three
 * deadlines done) and Bồng Khê (the same plan, nothing done) in Nghệ An; Sơn Hà (seed 001) in Quảng Ngãi.
 */
class DashboardBrowserIT extends BrowserTest {

    long bongKhe;
    long sonHa;

    @Override
    protected void seed() {
        bongKhe = importSeed(Seeds.SON_KY_2024, "Bồng Khê", 2024);
        sonHa = importSeed(Seeds.SON_HA_2025, "Sơn Hà", 2025);
        AgendaStore agenda = bean(AgendaStore.class);
        // #5 on time, #4 three days late, #3's first open deadline on its due day
        AgendaItem five = agenda.openOfTask(communeId, 5).get(0);
        AgendaItem four = agenda.openOfTask(communeId, 4).get(0);
        assertTrue(agenda.complete(five.deadlineId(), "test", null, five.due().atTime(3, 0).toInstant(ZoneOffset.UTC), "test"));
        assertTrue(agenda.complete(four.deadlineId(), "test", null, four.due().plusDays(3).atTime(3, 0).toInstant(ZoneOffset.UTC), "test"));
        ProvinceStore province = bean(ProvinceStore.class);
        province.attach(communeId, "Nghệ An");
        province.attach(bongKhe, "Nghệ An");
        province.attach(sonHa, "Quảng Ngãi");
        province.addStaff("tinh.nghean", "Trần Thị Tỉnh", "Nghệ An", PasswordSignIn.hash("mat-khau-dai-123"),
                java.time.Instant.now());
    }

    @Test
    void theDashboardShowsTheWorkbooksFiguresForTheSameDay() throws IOException {
        signInAs(chairman);
        assertTrue(browser.getCurrentUrl().endsWith("/xa/" + communeId), browser.getCurrentUrl());
        QuarterlyReport report = bean(QuarterlyReports.class).report(COMMUNE, 2, 2024);
        assertEquals(LocalDate.of(2024, 4, 8), report.asOf());
        Map<String, List<Integer>> workbook = summary(report.bytes());
        List<Integer> total = workbook.get(QuarterlyReport.TOTAL_LABEL);
        assertEquals(total.get(0), number("fig-done-on-time"));
        assertEquals(total.get(1), number("fig-done-late"));
        assertEquals(total.get(2), number("fig-open-in-time"));
        assertEquals(total.get(3), number("fig-overdue"));
        assertEquals(total.get(5) + "%", text("fig-rate"));
        assertTrue(total.get(0) >= 1 && total.get(1) >= 1 && total.get(3) >= 1, "the seed has every kind: " + total);

        Map<String, List<Integer>> page = new LinkedHashMap<>();
        page.putAll(rows("by-unit"));
        page.putAll(rows("by-section"));
        page.put(QuarterlyReport.TOTAL_LABEL, total);
        assertEquals(workbook, page, "every row of the workbook's summary sheet, as the dashboard shows it");

        assertFalse(browser.findElements(By.cssSelector(".overdue-group li")).isEmpty());
        assertTrue(browser.findElement(By.cssSelector(".overdue-group")).getText().contains("quá "));
        assertEveryControlLabelled();
        Path shot = screenshot("dashboard-chairman");
        Files.createDirectories(Path.of("docs"));
        Files.copy(shot, Path.of("docs", "dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theDashboardFitsAPhone() {
        signInAs(office);
        assertNoHorizontalScroll("/xa/" + communeId);
        assertEveryControlLabelled();
        screenshot("dashboard-phone");
    }

    @Test
    void anotherCommunesPagesAreRefused() {
        signInAs(chairman);
        assertEquals(404, status("/xa/" + bongKhe));
        browser.get(url("/xa/" + bongKhe));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Không tìm thấy"));
        assertEquals(403, status("/tinh"));
        signInAs(officer);
        assertEquals(403, status("/xa/" + communeId), "an officer without a leading role has no dashboard");
        signInProvinceStaff();
        assertEquals(404, status("/xa/" + sonHa), "a commune of another province");
        assertEquals(200, status("/xa/" + bongKhe));
    }

    @Test
    void theProvinceConsoleRanksItsCommunes() {
        signInProvinceStaff();
        assertTrue(browser.getCurrentUrl().endsWith("/tinh"), browser.getCurrentUrl());
        List<String> ranked = browser.findElements(By.cssSelector("#communes tbody tr")).stream()
                .map(tr -> tr.getAttribute("data-commune")).toList();
        assertEquals(List.of(COMMUNE, "Bồng Khê"), ranked, "Sơn Kỳ has done more; Sơn Hà is another province's");
        int sonKyRate = bean(QuarterlyReports.class).report(COMMUNE, 2, 2024).total().completionPercent();
        assertTrue(browser.findElement(By.cssSelector("#communes tbody tr")).getText().contains(sonKyRate + "%"));
        screenshot("province-console");

        browser.get(url("/tinh?sap-xep=qua-han"));
        assertEquals("Bồng Khê", browser.findElement(By.cssSelector("#communes tbody tr")).getAttribute("data-commune"),
                "most overdue first");
        vn.nhacviec.testsupport.web.Browsers.clickAndWait(browser, By.linkText(COMMUNE));
        assertTrue(browser.getCurrentUrl().endsWith("/xa/" + communeId));
        assertTrue(browser.getPageSource().contains("chỉ xem"));
        assertNoHorizontalScroll("/tinh");
        assertEveryControlLabelled();
    }

    @Test
    void wrongPasswordsAreRefusedAndThrottled() {
        browser.manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            submitPassword("tinh.khac", "sai-mat-khau-" + i);
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("không đúng"), "attempt " + i);
        }
        submitPassword("tinh.khac", "sai-mat-khau-6");
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("quá nhiều lần"));
        assertEquals(null, browser.manage().getCookieNamed(Sessions.COOKIE));
    }

    private void signInProvinceStaff() {
        browser.manage().deleteAllCookies();
        submitPassword("tinh.nghean", "mat-khau-dai-123");
    }

    private void submitPassword(String login, String password) {
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        vn.nhacviec.testsupport.web.Browsers.clickAndWait(browser, By.cssSelector("form.form button[type=submit]"));
    }

    private int number(String id) {
        return Integer.parseInt(text(id));
    }

    /** Label → done on time, done late, in time, overdue, total, rate (whole percent) of one table. */
    private Map<String, List<Integer>> rows(String tableId) {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        for (WebElement tr : browser.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
            String label = tr.findElement(By.cssSelector("th")).getText().strip();
            List<Integer> values = new ArrayList<>();
            for (WebElement td : tr.findElements(By.cssSelector("td.num"))) {
                values.add(Integer.parseInt(td.getText().replace("%", "").strip()));
            }
            rows.put(label, values);
        }
        return rows;
    }

    private static Map<String, List<Integer>> summary(byte[] workbook) throws IOException {
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(QuarterlyReport.SUMMARY_SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || row.getCell(1) == null || row.getCell(6) == null) {
                    continue;
                }
                List<Integer> values = new ArrayList<>();
                for (int c = 1; c <= 5; c++) {
                    values.add((int) row.getCell(c).getNumericCellValue());
                }
                values.add((int) Math.round(row.getCell(6).getNumericCellValue() * 100));
                rows.put(row.getCell(0).getStringCellValue().strip(), values);
            }
        }
        return rows;
    }
}
