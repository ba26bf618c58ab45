package vn.nhacviec.plan.store;

import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.Task;
import vn.nhacviec.testsupport.DatabaseContract;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.plan.PlanRevision;
import vn.nhacviec.testsupport.PlanEdits;
import vn.nhacviec.testsupport.Seeds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return bean(PlanQueryStore.class).tasks(Optional.of(commune));
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
        PlanView plan = bean(PlanQueryStore.class).plans(Optional.of("Thử Nhập")).get(0);
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
        assertEquals(1, bean(PlanQueryStore.class).plans(Optional.of("Thử Lặp")).size());
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
                done.dueDate(), done.plannedDue(), "DONE", Instant.parse("2024-02-28T02:00:00Z"), "test", "đã ban hành", done.updatedAt()));

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

    /** Marks the deadline DONE as an officer's "xong" does. */
    private void markDone(long deadlineId) {
        assertTrue(bean(AgendaStore.class).complete(deadlineId, "test", "xong", Instant.parse("2024-03-20T02:00:00Z"),
                "test"));
    }

    private long communeId(String name) {
        return bean(CommuneStore.class).find(name).orElseThrow().id();
    }

    @Test
    void aRowInsertedAtTheTopOfSectionOneKeepsEveryDoneMarkOnTheRightTask() {
        String original = Seeds.text(Seeds.SON_KY_2024);
        importText("v1.txt", original, "Thử Chèn");
        List<TaskView> before = tasksOf("Thử Chèn");
        // every other task's deadlines done, so that a shift by one row would show
        Map<String, Integer> codeByContent = new HashMap<>();
        Map<String, List<String>> statusesByContent = new HashMap<>();
        for (int i = 0; i < before.size(); i++) {
            TaskView task = before.get(i);
            if (i % 2 == 0) {
                task.deadlines().forEach(d -> markDone(d.id()));
            }
            codeByContent.put(task.content(), task.code());
        }
        for (TaskView task : tasksOf("Thử Chèn")) {
            statusesByContent.put(task.content(), task.deadlines().stream().map(TaskView.DeadlineView::status).toList());
        }

        ImportResult result = importText("v2.txt", PlanEdits.withRowAtTopOfSectionOne(original), "Thử Chèn");

        assertEquals(1, result.tasksAdded());
        assertEquals(0, result.tasksRemoved());
        assertEquals(0, result.deadlinesCancelled());
        List<TaskView> after = tasksOf("Thử Chèn");
        assertEquals(38, after.size());
        TaskView inserted = task(after, "I.01");
        assertTrue(inserted.content().startsWith("Tổ chức hội nghị triển khai"), inserted.content());
        assertEquals(38, inserted.code(), "a new task gets the next code");
        assertEquals(List.of("OPEN"), inserted.deadlines().stream().map(TaskView.DeadlineView::status).toList());
        int done = 0;
        for (TaskView task : after) {
            if (task == inserted) {
                continue;
            }
            assertEquals(codeByContent.get(task.content()), task.code(), task.numbering());
            List<String> statuses = task.deadlines().stream().map(TaskView.DeadlineView::status).toList();
            assertEquals(statusesByContent.get(task.content()), statuses, task.numbering());
            done += statuses.contains("DONE") ? 1 : 0;
        }
        assertTrue(done >= 15, "done marks were set on " + done + " tasks");
        assertEquals("I.02", after.stream().filter(t -> t.code() == 1).findFirst().orElseThrow().numbering());
    }

    @Test
    void aDeletedRowIsCancelledKeptAndNeitherRemindedNorCounted() {
        String original = Seeds.text(Seeds.SON_KY_2024);
        importText("v1.txt", original, "Thử Xóa");
        TaskView fourth = task(tasksOf("Thử Xóa"), "I.04");
        long communeId = communeId("Thử Xóa");
        assertTrue(bean(AgendaStore.class).open(communeId).stream().anyMatch(i -> i.taskCode() == fourth.code()));

        ImportResult result = importText("v2.txt", PlanEdits.withoutRow(original, 4), "Thử Xóa");

        assertEquals(1, result.tasksRemoved());
        assertEquals(0, result.tasksAdded());
        List<TaskView> live = tasksOf("Thử Xóa");
        assertEquals(36, live.size());
        assertTrue(live.stream().noneMatch(t -> t.code() == fourth.code()));
        assertEquals("I.04", live.stream().filter(t -> t.code() == fourth.code() + 1).findFirst().orElseThrow().numbering());
        TaskView cancelled = bean(PlanQueryStore.class).tasks(Optional.of("Thử Xóa"), true).stream()
                .filter(t -> t.code() == fourth.code()).findFirst().orElseThrow();
        assertTrue(cancelled.cancelled());
        assertEquals(fourth.content(), cancelled.content());
        assertTrue(cancelled.deadlines().stream().allMatch(d -> d.status().equals("CANCELLED")));
        AgendaStore agenda = bean(AgendaStore.class);
        assertTrue(agenda.open(communeId).stream().noneMatch(i -> i.taskCode() == fourth.code()), "reminders, /viec");
        assertTrue(agenda.all(communeId).stream().noneMatch(i -> i.taskCode() == fourth.code()), "progress counts");
        assertTrue(agenda.openOfTask(communeId, fourth.code()).isEmpty());
        assertFalse(agenda.taskExists(communeId, fourth.code()));
        assertTrue(bean(DeadlineRepository.class).findByCommuneIdAndStatusAndDueDateLessThanEqualsOrderByDueDate(
                communeId, "OPEN", LocalDate.of(2024, 12, 31)).stream()
                .noneMatch(d -> d.id() == cancelled.deadlines().get(0).id()), "the daily scan");

        ImportResult back = importText("v3.txt", original, "Thử Xóa");
        assertEquals(0, back.tasksAdded(), "the task comes back with its code");
        TaskView restored = task(tasksOf("Thử Xóa"), "I.04");
        assertEquals(fourth.code(), restored.code());
        assertEquals(List.of("OPEN"), restored.deadlines().stream().map(TaskView.DeadlineView::status).toList());
    }

    @Test
    void aRevisionKeepsApprovedExtensionsAndMovesDoneMarksToNewDates() {
        String original = Seeds.text(Seeds.SON_KY_2024);
        importText("v1.txt", original, "Thử Hạn");
        List<TaskView> before = tasksOf("Thử Hạn");
        TaskView i04 = task(before, "I.04");   // Chậm nhất là ngày 01/3/2024
        TaskView i05 = task(before, "I.05");   // chậm nhất ngày 20/02/2024
        AgendaStore agenda = bean(AgendaStore.class);
        assertTrue(agenda.changeDue(i04.deadlines().get(0).id(), LocalDate.of(2024, 3, 15), "chairman",
                Instant.parse("2024-02-25T02:00:00Z"), "approved"));
        markDone(i05.deadlines().get(0).id());

        String edited = PlanEdits.withRowAtTopOfSectionOne(original)
                .replace("chậm nhất ngày 20/02/2024", "chậm nhất ngày 29/02/2024")
                .replace("Triển khai thực hiện nhiệm vụ hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 trên địa bàn xã.",
                        "Triển khai thực hiện hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 trên địa bàn xã Sơn Kỳ.");
        importText("v2.txt", edited, "Thử Hạn");

        List<TaskView> after = tasksOf("Thử Hạn");
        TaskView extended = after.stream().filter(t -> t.code() == i04.code()).findFirst().orElseThrow();
        assertEquals("I.05", extended.numbering());
        assertEquals(List.of(LocalDate.of(2024, 3, 15)), extended.deadlines().stream().map(TaskView.DeadlineView::due).toList(),
                "the approved extension stays");
        assertEquals(i04.deadlines().get(0).id(), extended.deadlines().get(0).id());
        TaskView moved = after.stream().filter(t -> t.code() == i05.code()).findFirst().orElseThrow();
        assertEquals("I.06", moved.numbering());
        assertTrue(moved.content().endsWith("xã Sơn Kỳ."), moved.content());
        assertEquals(1, moved.deadlines().size());
        assertEquals("DONE", moved.deadlines().get(0).status());
        assertEquals(LocalDate.of(2024, 2, 29), moved.deadlines().get(0).due());
    }

    @Test
    void thePreviewOfARevisionListsTheChangesAndStoresNothing() {
        String original = Seeds.text(Seeds.SON_KY_2024);
        importText("v1.txt", original, "Thử Xem");
        List<TaskView> before = tasksOf("Thử Xem");
        Plan revised = reader.read(PlanEdits.withoutRow(PlanEdits.withRowAtTopOfSectionOne(original), 6)
                .replace("Chậm nhất là ngày 01/3/2024.", "Chậm nhất là ngày 15/3/2024."), 2024).inCommune("Thử Xem");

        PlanRevision revision = bean(PlanStore.class).revisionOf(revised).orElseThrow();

        assertEquals(1, revision.added().size());
        assertEquals(1, revision.removed().size());
        assertEquals(task(before, "I.05").code(), revision.removed().get(0).code());
        assertEquals(1, revision.count(PlanRevision.Change.NEW_DATES));
        assertEquals(before, tasksOf("Thử Xem"), "nothing stored");
        assertTrue(bean(PlanStore.class).revisionOf(revised.inCommune("Chưa Có Xã")).isEmpty());
        assertTrue(bean(CommuneStore.class).find("Chưa Có Xã").isEmpty(), "a preview creates no commune");
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
        assertTrue(bean(CommuneStore.class).find("Thử Lỗi").isEmpty());
    }

    @Test
    void theDailyScanFindsOpenDeadlinesOfACommuneByDueDate() {
        ImportResult result = importText("scan.txt", Seeds.text(Seeds.SON_KY_2024), "Thử Quét");
        Long communeId = bean(CommuneStore.class).find("Thử Quét").orElseThrow().id();
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
        List<PlanView> plans = bean(PlanQueryStore.class).plans(Optional.of("Thử Tất Cả"));
        assertEquals(5, plans.size());
        assertEquals(0, plans.stream().filter(p -> p.title().contains("Tây Thuận")).findFirst().orElseThrow().tasks());
        List<TaskView> tasks = tasksOf("Thử Tất Cả");
        assertEquals(tasks.size(), tasks.stream().map(TaskView::code).distinct().count());
    }
}
