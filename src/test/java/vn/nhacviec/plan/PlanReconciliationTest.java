package vn.nhacviec.plan;

import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.plan.document.ItemCensus;
import vn.nhacviec.testsupport.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plan is never taken for complete when its document visibly holds more numbered items than
 * the reading found: the items lost are recovered from the document's text layer when it has
 * one, and named in a plan warning otherwise. Losses are simulated by reading a text with rows
 * cut out while the census comes from the whole document, as when a reader stops early.
 */
class PlanReconciliationTest {

    private static final String MISSING = "mục không đọc được: ";
    private final PlanReader reader = new PlanReader(UnitCatalog.defaults());

    @Test
    void aTableCutShortIsNamedItemByItem() {
        // What seed 000's printed table did before: a running footer ended the table after row 06.
        String whole = Seeds.text(Seeds.SON_KY_2024);
        String cut = withoutRows(whole, Set.of("07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
                "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37"));
        Plan plan = reader.read(source(cut, whole, ""), 2026);

        assertEquals(6, plan.tasks().size());
        assertEquals("Tệp có 37 mục đánh số trong bảng nhiệm vụ nhưng 31 mục không đọc được: I.07, II.08, II.09, II.10, II.11, "
                + "II.12, II.13, II.14, II.15, II.16, II.17, II.18, II.19, II.20, III.21, IV.22, IV.23, IV.24, V.25, V.26, V.27, "
                + "VI.28, VI.29, VI.30, VII.31, VII.32, VII.33, VIII.34, VIII.35, VIII.36, VIII.37. Các mục này chưa có trong "
                + "danh sách nhiệm vụ; đồng chí kiểm tra lại tệp (hoặc gửi bản Word) trước khi nhập.", plan.warnings().get(0));
        // shown by the bot's preview with every other warning
        assertTrue(PlanOverview.of(plan).warnings().contains(plan.warnings().get(0)));
    }

    @Test
    void itemsLostByTheTablesAreRecoveredFromTheTextLayerInTheirPlace() {
        String whole = Seeds.text(Seeds.SON_KY_2024);
        Plan expected = reader.read(whole, 2026);
        Plan plan = reader.read(source(withoutRows(whole, Set.of("01", "07", "08", "37")), whole, whole), 2026);

        assertEquals(expected.tasks().stream().map(Task::numbering).toList(), plan.tasks().stream().map(Task::numbering).toList());
        for (int i = 0; i < expected.tasks().size(); i++) {
            Task want = expected.tasks().get(i);
            Task got = plan.tasks().get(i);
            assertEquals(want.content(), got.content());
            assertEquals(want.lead(), got.lead());
            assertEquals(want.dueDates(), got.dueDates());
            boolean recovered = Set.of("I.01", "I.07", "II.08", "VIII.37").contains(want.numbering());
            assertEquals(recovered, got.warnings().stream().anyMatch(w -> w.contains("đọc bổ sung từ lớp chữ")), want.numbering());
        }
        assertTrue(plan.warnings().contains("Bảng nhiệm vụ không đọc được đầy đủ; đã đọc bổ sung 4 mục từ lớp chữ của tệp: "
                + "I.01, I.07, II.08, VIII.37. Đồng chí kiểm tra lại nội dung, bộ phận và thời hạn của các việc này."), plan.warnings().toString());
        assertTrue(plan.warnings().stream().noneMatch(w -> w.contains(MISSING)));
    }

    @Test
    void aCompleteReadingGetsNoWarningOfItsOwn() {
        String whole = Seeds.text(Seeds.SON_HA_2025);
        Plan plain = reader.read(whole, 2026);
        Plan checked = reader.read(source(whole, whole, ""), 2026);
        assertEquals(plain.warnings(), checked.warnings());
        assertEquals(plain.tasks(), checked.tasks());
    }

    /** Property: whichever rows a reading loses, the warning names exactly those, in plan order. */
    @Test
    void anyRowsLostAreNamedExactly() {
        Random random = new Random(20261205L);
        for (String seed : List.of(Seeds.SON_KY_2024, Seeds.SON_HA_2025)) {
            String whole = Seeds.text(seed);
            List<Task> all = reader.read(whole, 2026).tasks();
            for (int run = 0; run < 40; run++) {
                Set<String> lost = new TreeSet<>();
                List<String> lostLabels = new ArrayList<>();
                for (Task t : all) {
                    if (random.nextInt(5) == 0) {
                        lost.add(t.section() + "\u0000" + t.number());
                        lostLabels.add(t.numbering());
                    }
                }
                Plan plan = reader.read(source(withoutRows(whole, lost), whole, ""), 2026);
                assertEquals(all.size() - lostLabels.size(), plan.tasks().size(), seed + " " + lostLabels);
                List<String> named = plan.warnings().stream().filter(w -> w.contains(MISSING)).toList();
                if (lostLabels.isEmpty()) {
                    assertTrue(named.isEmpty(), named.toString());
                    continue;
                }
                assertEquals(1, named.size(), seed + " " + lostLabels + " " + plan.warnings());
                String list = named.get(0).substring(named.get(0).indexOf(MISSING) + MISSING.length());
                assertEquals(String.join(", ", lostLabels), list.substring(0, list.indexOf(". ")), seed);
            }
        }
    }

    @Test
    void aPlainTextFileIsNotCheckedHere() {
        // The census is a document's: a text file is checked by the text readers themselves.
        PlanSource text = PlanFile.fromBytes("plan.txt", Seeds.bytes(Seeds.SON_KY_2024));
        assertTrue(text.census().isEmpty());
        assertFalse(PlanFile.fromBytes("000.docx", Seeds.bytes("000.docx")).census().isEmpty());
    }

    @Test
    void sheetsAreCountedToo() {
        PlanSource workbook = PlanFile.fromBytes("mau.xlsx", vn.nhacviec.plan.document.TaskTemplate.xlsx(2027));
        assertEquals(List.of("I.1", "I.2"), workbook.census().items().stream().map(ItemCensus.SeenItem::label).toList());
        String csv = "Kế hoạch cải cách hành chính năm 2027\n"
                + "STT;Nội dung;Bộ phận chủ trì;Thời gian hoàn thành\n"
                + "I. Cải cách thể chế;;;\n"
                + "1;Rà soát văn bản;Tư pháp – Hộ tịch;Quý I năm 2027\n"
                + "2;Tuyên truyền pháp luật;Văn hóa – Xã hội;Quý II năm 2027\n"
                + "II. Cải cách thủ tục hành chính;;;\n"
                + "1;Niêm yết thủ tục;Văn phòng – Thống kê;Thường xuyên\n";
        PlanSource sheet = PlanFile.fromBytes("tasks.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("I.1", "I.2", "II.1"), sheet.census().items().stream().map(ItemCensus.SeenItem::label).toList());
        Plan plan = new PlanReader(UnitCatalog.defaults()).read(sheet, 2027);
        assertEquals(3, plan.tasks().size());
        assertTrue(plan.warnings().stream().noneMatch(w -> w.contains(MISSING)), plan.warnings().toString());
    }

    private static PlanSource source(String text, String whole, String layer) {
        return new PlanSource("plan.pdf", text, "0".repeat(64), List.of(), ItemCensus.ofCells(whole), layer);
    }

    /**
     * The text without the rows whose number is in {@code numbers} (or whose "section\0number"
     * is, to tell apart plans that number each section from 1), their continuation lines too.
     */
    private static String withoutRows(String text, Set<String> numbers) {
        StringBuilder out = new StringBuilder();
        boolean dropping = false;
        String section = "";
        for (String line : text.split("\n", -1)) {
            String first = line.contains("\t") ? line.substring(0, line.indexOf('\t')).replaceAll("<[^>]+>", "").strip() : "";
            if (first.matches("[IVX]+\\..*")) {
                section = first.substring(0, first.indexOf('.'));
            }
            if (first.matches("\\d+")) {
                dropping = numbers.contains(first) || numbers.contains(section + "\u0000" + first);
            } else if (!first.equals("STT") && !line.isBlank() && (!first.isEmpty() || !line.contains("\t"))) {
                dropping = false; // a page break (blank line, header again) does not end a row carried over it
            }
            if (!dropping) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}
