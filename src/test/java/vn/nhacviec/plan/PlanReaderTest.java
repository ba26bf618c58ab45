package vn.nhacviec.plan;

import org.junit.jupiter.api.Test;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.testsupport.Seeds;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each seed plan read end to end: rows, units and due dates together. */
class PlanReaderTest {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    private Plan read(String seed) {
        return reader.read(Seeds.text(seed), 2026);
    }

    private static Task task(Plan plan, String numbering) {
        return plan.tasks().stream().filter(t -> t.numbering().equals(numbering)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + numbering));
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void sonKy2024HasItsThirtySevenTasksAndReportingCalendar() {
        Plan plan = read(Seeds.SON_KY_2024);
        assertEquals("Sơn Kỳ", plan.commune());
        assertEquals(2024, plan.year());
        assertEquals("26/KH-UBND", plan.number());
        assertEquals(dates("2024-03-05", "2024-06-05", "2024-09-05", "2024-11-30"), plan.calendar().dates());
        assertEquals(37, plan.tasks().size());
        assertEquals(List.of("TP-HT"), task(plan, "I.04").lead());
        assertEquals(dates("2024-03-01"), task(plan, "I.04").dueDates());
        assertEquals(dates("2024-02-20"), task(plan, "I.05").dueDates());
        assertEquals(dates("2024-03-05", "2024-03-31", "2024-06-05", "2024-09-05", "2024-11-30"),
                task(plan, "I.07").dueDates(), "row 07 continues on the next page");
        assertEquals(dates("2024-03-05", "2024-03-31", "2024-06-05", "2024-09-05", "2024-11-30", "2024-12-31"),
                task(plan, "IV.22").dueDates());
        assertEquals(dates("2024-03-31", "2024-12-31"), task(plan, "IV.23").dueDates());
        assertEquals(List.of(MilestoneKind.EXTERNAL), kinds(task(plan, "VIII.36")));
        assertTrue(task(plan, "VIII.36").content().endsWith("trên địa bàn xã."));
        assertEquals(List.of(MilestoneKind.CONTINUOUS), kinds(task(plan, "II.10")));
        assertTrue(task(plan, "II.10").dueDates().isEmpty());
        assertEquals(List.of("VH-XH"), task(plan, "VII.32").lead());
    }

    @Test
    void sonHa2025RestartsNumberingInEachSectionAndFindsColumnsByTheirHeaders() {
        Plan plan = read(Seeds.SON_HA_2025);
        assertEquals("Sơn Hạ", plan.commune());
        assertEquals(2025, plan.year());
        assertEquals(38, plan.tasks().size());
        assertEquals(List.of("VH-XH", "VP-TK"), task(plan, "I.01").lead());
        assertEquals(dates("2025-12-31"), task(plan, "I.05").dueDates());
        assertEquals(dates("2025-01-31"), task(plan, "II.04").dueDates());
        assertTrue(task(plan, "II.04").content().endsWith("Nghị định số 154/2020/NĐ-CP."), "row continues after a page break");
        assertEquals(List.of("TP-HT", "VH-XH", "DC-XD"), task(plan, "III.12").lead());
        assertEquals(12, task(plan, "III.04").dueDates().size());
        assertEquals(dates("2025-01-31"), task(plan, "VI.03").dueDates());
        assertFalse(task(plan, "VI.03").warnings().isEmpty(), "a contaminated cell is flagged");
        assertEquals(dates("2025-03-31", "2025-11-30"), task(plan, "V.01").dueDates());
        assertEquals(List.of(MilestoneKind.EXTERNAL), kinds(task(plan, "III.08")));
    }

    @Test
    void tayThuan2025HasACalendarlessPlanAndSaysNoTaskTableWasFound() {
        Plan plan = read(Seeds.TAY_THUAN_2025);
        assertEquals("Tây Thuận", plan.commune());
        assertEquals(2025, plan.year());
        assertFalse(plan.hasTaskTable());
        assertTrue(plan.tasks().isEmpty());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("Không tìm thấy bảng nhiệm vụ")));
    }

    @Test
    void theOcrPlanWithoutDiacriticsGivesItsSixteenCriteria() {
        Plan plan = read(Seeds.SON_KY_OCR_2024);
        assertEquals(2024, plan.year());
        assertEquals(List.of("1a", "1b", "1c", "1d", "2", "3a", "3b", "3c", "4", "5a", "6", "7a", "7b", "7c", "7d", "8"),
                plan.tasks().stream().map(Task::number).toList());
        assertEquals(dates("2024-03-31"), task(plan, "1a").dueDates());
        assertEquals(List.of("VP-TK"), task(plan, "1a").lead());
        assertEquals(dates("2024-06-30"), task(plan, "1b").dueDates());
        assertEquals(List.of("VH-XH"), task(plan, "1b").lead());
        assertEquals(dates("2024-09-30"), task(plan, "3a").dueDates());
        assertEquals(List.of("TP-HT"), task(plan, "2").lead());
        assertEquals(List.of(MilestoneKind.EXTERNAL), kinds(task(plan, "2")));
        assertEquals(List.of("TC-KT"), task(plan, "6").lead());
    }

    @Test
    void thePdfTextPlanJoinsCellsBrokenOverLinesAndPages() {
        Plan plan = read(Seeds.ANH_SON_2024);
        assertEquals("Anh Sơn", plan.commune());
        assertEquals(2024, plan.year());
        assertEquals(35, plan.tasks().size());
        assertEquals(dates("2024-03-15", "2024-06-15", "2024-09-15", "2024-12-15"), task(plan, "II.2").dueDates());
        assertEquals(List.of("VP-TK"), task(plan, "II.2").lead());
        assertEquals(dates("2024-03-10", "2024-03-15", "2024-06-10", "2024-06-15", "2024-09-10", "2024-09-15",
                "2024-11-10", "2024-11-15", "2024-12-01"), task(plan, "III.2").dueDates());
        assertEquals(dates("2024-11-30"), task(plan, "III.3").dueDates());
        assertEquals(List.of("TC-KT"), task(plan, "IV.1").lead());
        assertEquals(List.of("VH-XH"), task(plan, "V.2").lead());
        assertEquals(dates("2024-03-20", "2024-06-20", "2024-09-20", "2024-12-15"), task(plan, "V.2").dueDates());
    }

    @Test
    void everyTaskOfEverySeedHasAMilestoneAndALeadOrAWarning() {
        for (String seed : List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024)) {
            for (Task task : read(seed).tasks()) {
                assertFalse(task.milestones().isEmpty(), seed + " " + task.numbering());
                assertTrue(!task.lead().isEmpty() || !task.warnings().isEmpty(), seed + " " + task.numbering());
            }
        }
    }

    private static List<MilestoneKind> kinds(Task task) {
        return task.milestones().stream().map(m -> m.kind()).toList();
    }
}
