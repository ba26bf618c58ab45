package vn.nhacviec.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.testsupport.Seeds;

/**
 * The plan's year when its title names none, and a plan for several years, read end to end from seed 001
 * (dated "tháng 12 năm 2024", for 2025) with its title changed.
 */
class PlanYearReadingTest {

    private static final String TITLE = "Cải cách hành chính năm 2025 Xã Sơn Hạ";

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    private static String seedWithTitle(String title) {
        String text = Seeds.text(Seeds.SON_HA_2025);
        assertTrue(text.contains(TITLE), "the seed's title");
        return text.replace(TITLE, title);
    }

    private static Task taskWithTime(Plan plan, String time) {
        return plan.tasks().stream().filter(t -> t.deadlineText().contains(time)).findFirst()
                .orElseThrow(() -> new AssertionError("no task with time " + time));
    }

    @Test
    void aTitleWithoutYearTakesTheYearTheTimeCellsName() {
        Plan plan = reader.read(seedWithTitle("Cải cách hành chính Xã Sơn Hạ"), 2030);

        assertEquals(2025, plan.year());
        assertEquals(List.of(LocalDate.of(2025, 12, 31)), taskWithTime(plan, "Tháng 12/2025").dueDates());
        assertTrue(plan.warnings().contains("Tiêu đề kế hoạch không nêu năm; lấy năm 2025, năm các ô thời gian nêu nhiều nhất."),
                () -> "warnings " + plan.warnings());
    }

    @Test
    void theSameSeedWithItsTitleReadsAsBefore() {
        Plan original = reader.read(Seeds.text(Seeds.SON_HA_2025), 2030);
        Plan untitled = reader.read(seedWithTitle("Cải cách hành chính Xã Sơn Hạ"), 2030);

        assertEquals(original.year(), untitled.year());
        assertEquals(original.tasks().stream().map(Task::dueDates).toList(),
                untitled.tasks().stream().map(Task::dueDates).toList());
    }

    @Test
    void aPlanForTwoYearsKeepsTheDatesOfBoth() {
        String text = seedWithTitle("Cải cách hành chính giai đoạn 2025 - 2026 Xã Sơn Hạ")
                .replaceFirst("Quý III năm 2025", "Quý III năm 2026");

        Plan plan = reader.read(text, 2030);

        assertEquals(2025, plan.year());
        assertEquals(List.of(LocalDate.of(2026, 9, 30)), taskWithTime(plan, "Quý III năm 2026").dueDates());
        assertEquals(List.of(LocalDate.of(2025, 12, 31)), taskWithTime(plan, "Tháng 12/2025").dueDates());
        assertTrue(plan.warnings().contains("Kế hoạch cho giai đoạn 2025–2026: giữ các thời hạn trong cả giai đoạn."),
                () -> "warnings " + plan.warnings());
    }

    @Test
    void aOneYearPlanStillDropsTheOtherYear() {
        Plan plan = reader.read(Seeds.text(Seeds.SON_HA_2025).replaceFirst("Quý III năm 2025", "Quý III năm 2026"), 2030);

        Task task = taskWithTime(plan, "Quý III năm 2026");
        assertEquals(List.of(), task.dueDates());
        assertTrue(task.warnings().stream().anyMatch(w -> w.contains("nằm ngoài năm kế hoạch 2025")), () -> "warnings " + task.warnings());
    }
}
