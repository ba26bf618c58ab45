package vn.nhacviec.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.PlanRevision.Change;
import vn.nhacviec.plan.PlanRevision.Known;
import vn.nhacviec.testsupport.PlanEdits;
import vn.nhacviec.testsupport.Seeds;

class PlanRevisionTest {

    private static final PlanReader READER = new PlanReader(UnitCatalog.defaults());

    private static final Map<String, Plan> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static Plan read(String text) {
        return READ.computeIfAbsent(text, t -> READER.read(t, 2024));
    }

    /** The tasks as the store would know them after importing {@code plan}: ids 1000…, codes 1…. */
    private static List<Known> stored(Plan plan) {
        List<Known> known = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            known.add(known(1000 + i, i + 1, plan.tasks().get(i), false));
        }
        return known;
    }

    private static Known known(long id, int code, Task task, boolean cancelled) {
        return new Known(id, code, task.section(), task.number(), task.content(), task.lead(), task.coordinating(),
                task.deadlineText(), task.dueDates(), cancelled);
    }

    private static final String NEW_ROW = PlanEdits.NEW_ROW;

    private static String withRowAtTopOfSectionI(String text) {
        return PlanEdits.withRowAtTopOfSectionOne(text);
    }

    @Test
    void aRowInsertedAtTheTopOfSectionOneIsTheOnlyNewTaskAndEveryOtherKeepsItsCode() {
        Plan v1 = read(Seeds.text(Seeds.SON_KY_2024));
        Plan v2 = read(withRowAtTopOfSectionI(Seeds.text(Seeds.SON_KY_2024)));
        assertEquals(v1.tasks().size() + 1, v2.tasks().size());

        PlanRevision revision = PlanRevision.of(stored(v1), v2.tasks());

        assertEquals(1, revision.added().size());
        assertTrue(revision.added().get(0).content().startsWith("Tổ chức hội nghị triển khai"));
        assertEquals("01", revision.added().get(0).number());
        assertEquals(List.of(), revision.removed());
        assertEquals(v1.tasks().size(), revision.kept().size());
        for (PlanRevision.Kept kept : revision.kept()) {
            assertEquals(kept.before().content(), kept.after().content(), kept.after().numbering());
            assertEquals(Set.of(Change.RENUMBERED), kept.changes(), kept.after().numbering());
            assertEquals(Integer.parseInt(kept.before().number()) + 1, Integer.parseInt(kept.after().number()));
        }
        assertTrue(revision.previous(0).isEmpty());
        assertEquals(1, revision.previous(1).orElseThrow().code());
        assertEquals(37, revision.previous(37).orElseThrow().code());
        assertEquals(37, revision.count(Change.RENUMBERED));
    }

    @Test
    void theSamePlanAgainChangesNothing() {
        Plan v1 = read(Seeds.text(Seeds.SON_KY_2024));
        PlanRevision revision = PlanRevision.of(stored(v1), read(Seeds.text(Seeds.SON_KY_2024)).tasks());
        assertTrue(revision.isEmpty(), revision.summary());
        assertEquals(37, revision.kept().size());
        for (int i = 0; i < 37; i++) {
            assertEquals(i + 1, revision.previous(i).orElseThrow().code());
        }
    }

    @Test
    void aDeletedRowIsRemovedAndTheRowsBelowAreRenumberedNotReworded() {
        String text = Seeds.text(Seeds.SON_KY_2024);
        Plan v1 = read(text);
        String without05 = PlanEdits.withoutRow(text, 5);
        PlanRevision revision = PlanRevision.of(stored(v1), read(without05).tasks());

        assertEquals(1, revision.removed().size());
        assertEquals("05", revision.removed().get(0).number());
        assertEquals(5, revision.removed().get(0).code());
        assertEquals(List.of(), revision.added());
        assertEquals(32, revision.count(Change.RENUMBERED));
        assertEquals(0, revision.count(Change.REWORDED));
    }

    @Test
    void aRewordedRowKeepsItsTaskAndSaysSo() {
        String text = Seeds.text(Seeds.SON_KY_2024);
        Plan v1 = read(text);
        String edited = text.replace("Triển khai thực hiện nhiệm vụ hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023 "
                + "trên địa bàn xã.", "Tổ chức thực hiện việc hệ thống hóa văn bản QPPL kỳ 2019 - 2023 của xã.");
        PlanRevision revision = PlanRevision.of(stored(v1), read(edited).tasks());

        assertEquals(List.of(), revision.added());
        assertEquals(List.of(), revision.removed());
        assertEquals(1, revision.changed().size());
        PlanRevision.Kept kept = revision.changed().get(0);
        assertEquals(5, kept.before().code());
        assertEquals(Set.of(Change.REWORDED), kept.changes());
    }

    @Test
    void aNewDateIsReportedOnTheSameTask() {
        String text = Seeds.text(Seeds.SON_KY_2024);
        Plan v1 = read(text);
        String edited = text.replace("Chậm nhất là ngày 01/3/2024.", "Chậm nhất là ngày 15/4/2024.");
        PlanRevision revision = PlanRevision.of(stored(v1), read(edited).tasks());

        assertEquals(1, revision.changed().size());
        PlanRevision.Kept kept = revision.changed().get(0);
        assertEquals("04", kept.before().number());
        assertEquals(Set.of(Change.NEW_DATES), kept.changes());
        assertEquals(List.of(java.time.LocalDate.of(2024, 3, 1)), kept.before().dueDates());
        assertEquals(List.of(java.time.LocalDate.of(2024, 4, 15)), kept.after().dueDates());
    }

    @Test
    void twoRowsSwappedAreRenumberedNotExchanged() {
        String text = Seeds.text(Seeds.SON_KY_2024);
        Plan v1 = read(text);
        String swapped = text.replaceFirst("(?m)^02\t", "XX\t").replaceFirst("(?m)^03\t", "02\t").replaceFirst("(?m)^XX\t", "03\t");
        PlanRevision revision = PlanRevision.of(stored(v1), read(swapped).tasks());

        assertEquals(2, revision.changed().size());
        for (PlanRevision.Kept kept : revision.changed()) {
            assertEquals(Set.of(Change.RENUMBERED), kept.changes());
            assertEquals(kept.before().content(), kept.after().content());
        }
    }

    @Test
    void aRowReplacedByAnUnrelatedTaskIsARemovalAndAnAdditionNotARewording() {
        String text = Seeds.text(Seeds.SON_KY_2024);
        Plan v1 = read(text);
        String replaced = text.replaceAll("(?m)^05\t.*$", NEW_ROW.replaceFirst("^01", "05"));
        PlanRevision revision = PlanRevision.of(stored(v1), read(replaced).tasks());

        assertEquals(1, revision.added().size());
        assertEquals(1, revision.removed().size());
        assertEquals(5, revision.removed().get(0).code());
        assertTrue(revision.changed().isEmpty(), revision.summary());
    }

    @Test
    void aCancelledTaskInThePlanAgainIsRestoredWithItsCode() {
        Plan v1 = read(Seeds.text(Seeds.SON_KY_2024));
        List<Known> known = new ArrayList<>(stored(v1));
        Known fifth = known.get(4);
        known.set(4, new Known(fifth.id(), fifth.code(), fifth.section(), fifth.number(), fifth.content(), fifth.lead(),
                fifth.coordinating(), fifth.deadlineText(), fifth.dueDates(), true));
        PlanRevision revision = PlanRevision.of(known, v1.tasks());

        assertEquals(List.of(), revision.removed());
        assertEquals(List.of(), revision.added());
        assertEquals(1, revision.changed().size());
        assertEquals(Set.of(Change.RESTORED), revision.changed().get(0).changes());
        assertEquals(5, revision.previous(4).orElseThrow().code());
    }

    @Test
    void aCancelledTaskStillMissingIsNotRemovedTwice() {
        Plan v1 = read(Seeds.text(Seeds.SON_KY_2024));
        Task gone = v1.tasks().get(0);
        List<Known> known = new ArrayList<>(stored(v1));
        known.set(0, known(1000, 1, gone, true));
        PlanRevision revision = PlanRevision.of(known, v1.tasks().subList(1, v1.tasks().size()));
        assertTrue(revision.isEmpty(), revision.summary());
    }

    @Test
    void tasksWithTheSameWordsInDifferentSectionsKeepTheirOwnSection() {
        Task a = task("I", "1", "Báo cáo kết quả thực hiện");
        Task b = task("II", "5", "Báo cáo kết quả thực hiện");
        Task c = task("II", "6", "Rà soát thủ tục hành chính");
        List<Known> known = List.of(known(1, 1, a, false), known(2, 2, b, false), known(3, 3, c, false));
        Task inserted = task("I", "1", "Tuyên truyền về cải cách hành chính");
        Task a2 = task("I", "2", "Báo cáo kết quả thực hiện");
        Task b2 = task("II", "6", "Báo cáo kết quả thực hiện");
        Task c2 = task("II", "7", "Rà soát thủ tục hành chính");
        PlanRevision revision = PlanRevision.of(known, List.of(inserted, a2, b2, c2));
        assertTrue(revision.previous(0).isEmpty());
        assertEquals(1, revision.previous(1).orElseThrow().code());
        assertEquals(2, revision.previous(2).orElseThrow().code());
        assertEquals(3, revision.previous(3).orElseThrow().code());
    }

    @Test
    void aFirstVersionAddsEveryTask() {
        Plan v1 = read(Seeds.text(Seeds.SON_KY_2024));
        PlanRevision revision = PlanRevision.firstVersion(v1.tasks());
        assertEquals(37, revision.added().size());
        assertTrue(revision.kept().isEmpty());
        assertTrue(revision.previous(0).isEmpty());
    }

    /**
     * Seeded random revisions of three seed plans: rows deleted, rows of another plan inserted
     * anywhere, the rest renumbered. Every surviving row must find its own earlier task, and never
     * be reported added or removed.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void everySurvivingRowOfARandomRevisionFindsItsOwnTask(long seed) {
        Random random = new Random(seed);
        String[] plans = {Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.ANH_SON_2024};
        Plan v1 = read(Seeds.text(plans[random.nextInt(plans.length)]));
        List<Task> strangers = new ArrayList<>(read(Seeds.text(Seeds.SON_KY_OCR_2024)).tasks());
        List<Known> known = stored(v1);

        List<Task> next = new ArrayList<>();
        Map<Integer, Long> origin = new HashMap<>();
        for (int i = 0; i < v1.tasks().size(); i++) {
            if (random.nextInt(8) == 0 && !strangers.isEmpty()) {
                next.add(strangers.remove(random.nextInt(strangers.size())));
            }
            if (random.nextInt(8) != 0) {
                origin.put(next.size(), known.get(i).id());
                next.add(v1.tasks().get(i));
            }
        }
        List<Task> renumbered = new ArrayList<>();
        for (int i = 0; i < next.size(); i++) {
            Task t = next.get(i);
            renumbered.add(new Task(t.section(), String.valueOf(i + 1), t.content(), t.product(), t.lead(),
                    t.coordinating(), t.deadlineText(), t.notes(), t.milestones(), t.warnings()));
        }

        PlanRevision revision = PlanRevision.of(known, renumbered);

        Set<Long> survivors = Set.copyOf(origin.values());
        for (int i = 0; i < renumbered.size(); i++) {
            Long expected = origin.get(i);
            if (expected != null) {
                assertEquals(expected, revision.previous(i).map(Known::id).orElse(null), "row " + i);
            } else {
                revision.previous(i).ifPresent(k -> assertFalse(survivors.contains(k.id()), "a stranger took a survivor"));
            }
        }
        revision.removed().forEach(k -> assertFalse(survivors.contains(k.id()), "survivor removed: " + k.numbering()));
    }

    /** Every seed with tasks: a task inserted first in its first section, the section's numbers shifted. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Seeds.SON_KY_2024, Seeds.SON_HA_2025, Seeds.SON_KY_OCR_2024, Seeds.ANH_SON_2024})
    void aTaskInsertedFirstInAnySeedLeavesEveryOtherTaskOnItsOwnCode(String seed) {
        Plan v1 = read(Seeds.text(seed));
        String first = v1.tasks().get(0).section();
        List<Task> next = new ArrayList<>();
        next.add(task(first, "1", "Tổ chức hội nghị quán triệt, triển khai kế hoạch điều chỉnh, bổ sung năm 2024"));
        for (Task t : v1.tasks()) {
            String number = t.section().equals(first) && t.number().matches("\\d+")
                    ? String.valueOf(Integer.parseInt(t.number()) + 1) : t.number();
            next.add(new Task(t.section(), number, t.content(), t.product(), t.lead(), t.coordinating(), t.deadlineText(),
                    t.notes(), t.milestones(), t.warnings()));
        }
        PlanRevision revision = PlanRevision.of(stored(v1), next);
        assertEquals(1, revision.added().size(), revision.summary());
        assertEquals(List.of(), revision.removed());
        for (int i = 1; i < next.size(); i++) {
            assertEquals(i, revision.previous(i).orElseThrow().code(), next.get(i).numbering());
        }
    }

    private static Task task(String section, String number, String content) {
        return new Task(section, number, content, "", List.of("VP-TK"), List.of(), "Thường xuyên", "", List.of(), List.of());
    }
}
