package vn.nhacviec.plan.store;

import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneDirectory;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.testsupport.DatabaseContract;
import vn.nhacviec.testsupport.Seeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the plan store must do on every supported database. */
abstract class PlanStoreContract extends DatabaseContract {

    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    private ImportResult importText(String name, String text, String commune) {
        PlanSource source = PlanFile.fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
        Plan plan = reader.read(source.text(), 2024);
        if (commune != null) {
            plan = plan.inCommune(commune);
        }
        return bean(PlanStore.class).save(plan, source, "test");
    }

    private List<TaskView> tasksOf(String commune) {
        return bean(PlanQueries.class).tasks(Optional.of(commune));
    }

    private static TaskView task(List<TaskView> tasks, String numbering) {
        return tasks.stream().filter(t -> t.numbering().equals(numbering)).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + numbering));
    }

    @Test
    void importingAPlanStoresEveryTaskWithACodeAndItsDeadlines() {
        ImportResult result = importText("ke-hoach.txt", Seeds.text(Seeds.SON_KY_2024), "Thử Nhập");
        assertTrue(result.planCreated());
        List<TaskView> tasks = tasksOf("Thử Nhập");
        assertEquals(37, tasks.size());
        assertEquals(result.tasksAdded(), tasks.size());
        assertEquals(List.of(1, 2, 3), tasks.subList(0, 3).stream().map(TaskView::code).toList());
        TaskView i04 = task(tasks, "I.04");
        assertEquals(List.of("TP-HT"), i04.lead());
        assertEquals(LocalDate.of(2024, 3, 1), i04.deadlines().get(0).due());
        assertEquals("OPEN", i04.deadlines().get(0).status());
        PlanView plan = bean(PlanQueries.class).plans(Optional.of("Thử Nhập")).get(0);
        assertEquals(2024, plan.year());
        assertEquals(List.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 9, 5),
                LocalDate.of(2024, 11, 30)), plan.reportingCalendar());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        importText("ke-hoach.txt", Seeds.text(Seeds.SON_HA_2025), "Thử Lặp");
        List<TaskView> before = tasksOf("Thử Lặp");
        ImportResult again = importText("ke-hoach-copy.txt", Seeds.text(Seeds.SON_HA_2025), "Thử Lặp");
        assertTrue(again.unchanged());
        assertEquals(before, tasksOf("Thử Lặp"));
        assertEquals(1, bean(PlanQueries.class).plans(Optional.of("Thử Lặp")).size());
    }

    @Test
    void anEditedPlanUpdatesTasksInPlaceAndKeepsWhatIsDone() {
        String original = Seeds.text(Seeds.SON_KY_2024);
        importText("v1.txt", original, "Thử Sửa");
        List<TaskView> before = tasksOf("Thử Sửa");
        TaskView i04 = task(before, "I.04");
        DeadlineRepository deadlines = bean(DeadlineRepository.class);
        DeadlineRecord done = deadlines.findById(i04.deadlines().get(0).id()).orElseThrow();
        deadlines.update(new DeadlineRecord(done.id(), done.taskId(), done.communeId(), done.kind(), done.label(),
                done.dueDate(), "DONE", Instant.parse("2024-02-28T02:00:00Z"), "test", "đã ban hành", done.updatedAt()));

        String edited = original
                .replace("Tham mưu tổ chức thực hiện dự toán ngân sách nhà nước năm 2024.\tQuyết định của UBND xã.\tTài Chính - Kế toán xã\tCác bộ phận CM có liên quan\tQuý I năm 2024.",
                        "Tham mưu tổ chức thực hiện dự toán ngân sách nhà nước năm 2024 (sửa).\tQuyết định của UBND xã.\tTài Chính - Kế toán xã\tCác bộ phận CM có liên quan\tQuý II năm 2024.")
                .replaceAll("(?m)^37\t.*$", "");
        ImportResult result = importText("v2.txt", edited, "Thử Sửa");

        assertFalse(result.planCreated());
        assertEquals(1, result.tasksRemoved());
        List<TaskView> after = tasksOf("Thử Sửa");
        assertEquals(36, after.size());
        assertEquals(i04.code(), task(after, "I.04").code());
        assertEquals("DONE", task(after, "I.04").deadlines().get(0).status());
        TaskView v25 = task(after, "V.25");
        assertTrue(v25.content().endsWith("(sửa)."));
        assertEquals(task(before, "V.25").code(), v25.code());
        assertTrue(v25.deadlines().stream().anyMatch(d -> d.due().equals(LocalDate.of(2024, 3, 31))
                && d.status().equals("CANCELLED")));
        assertTrue(v25.deadlines().stream().anyMatch(d -> d.due().equals(LocalDate.of(2024, 6, 30))
                && d.status().equals("OPEN")));
        assertTrue(after.stream().noneMatch(t -> t.numbering().equals("VIII.37")));
    }

    @Test
    void aFailedImportWritesNothing() {
        Plan good = reader.read(Seeds.text(Seeds.SON_KY_2024), 2024).inCommune("Thử Lỗi");
        List<Task> tasks = new ArrayList<>(good.tasks());
        Task first = tasks.get(0);
        // A task number longer than the column: the database refuses the last insert.
        tasks.add(new Task("IX", "9".repeat(40), first.content(), first.product(), first.lead(), first.coordinating(),
                first.deadlineText(), first.notes(), first.milestones(), first.warnings()));
        Plan broken = new Plan(good.commune(), good.year(), good.title(), good.number(), good.calendar(), tasks,
                good.warnings(), true);
        PlanSource source = new PlanSource("broken.txt", "x", "0".repeat(64));
        assertThrows(RuntimeException.class, () -> bean(PlanStore.class).save(broken, source, "test"));
        assertTrue(bean(CommuneDirectory.class).find("Thử Lỗi").isEmpty());
    }

    @Test
    void theDailyScanFindsOpenDeadlinesOfACommuneByDueDate() {
        ImportResult result = importText("scan.txt", Seeds.text(Seeds.SON_KY_2024), "Thử Quét");
        Long communeId = bean(CommuneDirectory.class).find("Thử Quét").orElseThrow().id();
        List<DeadlineRecord> due = bean(DeadlineRepository.class)
                .findByCommuneIdAndStatusAndDueDateLessThanEqualsOrderByDueDate(communeId, "OPEN", LocalDate.of(2024, 3, 31));
        assertFalse(due.isEmpty());
        assertEquals(LocalDate.of(2024, 2, 20), due.get(0).dueDate());
        assertTrue(due.stream().allMatch(d -> !d.dueDate().isAfter(LocalDate.of(2024, 3, 31))));
        assertTrue(result.deadlinesAdded() > due.size());
    }

    @Test
    void everySeedPlanImports() {
        for (String seed : List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.TAY_THUAN_2025, Seeds.SON_KY_OCR_2024,
                Seeds.ANH_SON_2024)) {
            ImportResult result = importText(seed, Seeds.text(seed), "Thử Tất Cả");
            assertFalse(result.unchanged(), seed);
        }
        List<PlanView> plans = bean(PlanQueries.class).plans(Optional.of("Thử Tất Cả"));
        assertEquals(5, plans.size());
        assertEquals(0, plans.stream().filter(p -> p.title().contains("Tây Thuận")).findFirst().orElseThrow().tasks());
        List<TaskView> tasks = tasksOf("Thử Tất Cả");
        assertEquals(tasks.size(), tasks.stream().map(TaskView::code).distinct().count());
    }
}
