package vn.nhacviec.plan;

import org.junit.jupiter.api.Test;
import vn.nhacviec.deadline.Milestone;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.testsupport.Seeds;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanOverviewTest {

    @Test
    void seedPlanCountsMatchAHandCountOfItsTable() {
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(Seeds.text(Seeds.SON_KY_2024), 2024);
        PlanOverview overview = PlanOverview.of(plan);
        // counted in the seed's text: numbered rows under each section heading
        assertEquals(Map.of("I", 7, "II", 13, "III", 1, "IV", 3, "V", 3, "VI", 3, "VII", 3, "VIII", 4),
                overview.tasksPerSection());
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII"), List.copyOf(overview.tasksPerSection().keySet()));
        assertEquals(37, overview.taskCount());
        assertTrue(overview.tasksPerUnit().get("TP-HT") >= 7, overview.tasksPerUnit().toString());
        long flaggedTasks = plan.tasks().stream().mapToLong(t -> t.warnings().size()).sum();
        assertEquals(plan.warnings().size() + flaggedTasks, overview.warnings().size());
    }

    @Test
    void countsEveryLeadUnitAndQuotesTaskWarningsWithTheirNumbering() {
        Milestone once = new Milestone(MilestoneKind.ONCE, "Quý I", List.of(LocalDate.of(2024, 3, 31)));
        Milestone continuous = new Milestone(MilestoneKind.CONTINUOUS, "Thường xuyên", List.of());
        Plan plan = new Plan("Sơn Kỳ", 2024, "Kế hoạch", "1/KH", ReportingCalendar.none(), List.of(
                new Task("I", "01", "a", "", List.of("TP-HT", "VP-TK"), List.of(), "Quý I", "", List.of(once), List.of()),
                new Task("I", "02", "b", "", List.of(), List.of(), "Thường xuyên", "", List.of(continuous),
                        List.of("Chưa rõ bộ phận chủ trì.")),
                new Task("II", "01", "c", "", List.of("VP-TK"), List.of(), "", "", List.of(), List.of())),
                List.of("Kế hoạch không nêu lịch gửi báo cáo."), true);
        PlanOverview overview = PlanOverview.of(plan);
        assertEquals(Map.of("I", 2, "II", 1), overview.tasksPerSection());
        assertEquals(Map.of("TP-HT", 1, "VP-TK", 2), overview.tasksPerUnit());
        assertEquals(1, overview.unassigned());
        assertEquals(2, overview.undated());
        assertEquals(List.of("Kế hoạch không nêu lịch gửi báo cáo.", "Việc I.02: Chưa rõ bộ phận chủ trì."), overview.warnings());
    }

    @Test
    void aPlanBelongsToTheCommuneItNamesOrToWhoeverLoadsItWhenItNamesNone() {
        Plan named = new Plan("Sơn Kỳ", 2024, "", "", ReportingCalendar.none(), List.of(), List.of(), false);
        assertTrue(!named.namesAnotherCommuneThan("UBND xã Son Ky"));
        assertTrue(named.namesAnotherCommuneThan("Sơn Hạ"));
        assertTrue(!named.inCommune("").namesAnotherCommuneThan("Sơn Hạ"));
    }
}
