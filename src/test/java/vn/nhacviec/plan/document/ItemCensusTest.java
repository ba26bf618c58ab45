package vn.nhacviec.plan.document;

import org.junit.jupiter.api.Test;
import vn.nhacviec.plan.document.ItemCensus.SeenItem;
import vn.nhacviec.testsupport.Seeds;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting the numbered items a plan's plain text shows, without reading its table. */
class ItemCensusTest {

    private static List<String> labels(ItemCensus census) {
        return census.items().stream().map(SeenItem::label).toList();
    }

    @Test
    void itemsAreCountedFromTheTaskTableHeaderOnNotInTheBodyText() {
        String text = """
                I. MỤC ĐÍCH, YÊU CẦU
                1. Mục đích
                2. Yêu cầu
                STT\tNội dung/ Nhiệm vụ\tSản phẩm\tBộ phận thực hiện\tThời gian hoàn thành
                I. Cải cách thể chế\t\t\t\t
                01\tRà soát văn bản\tBáo cáo\tTư pháp\tQuý I
                02\tTuyên truyền\tKế hoạch\tVăn hóa\t15 ngày sau khi có văn bản
                II. Cải cách thủ tục hành chính\t\t\t\t
                03\tNiêm yết TTHC\t\tVăn phòng\tThường xuyên
                """;
        assertEquals(List.of("I.01", "I.02", "II.03"), labels(ItemCensus.ofCells(text)));
    }

    @Test
    void aTextWithoutATaskTableHeaderShowsNoItems() {
        assertTrue(ItemCensus.ofLines("1. Mục đích\n2. Yêu cầu\n3. Tổ chức thực hiện\n").isEmpty());
    }

    @Test
    void aPdfTextLayerWithTheHeaderCutIntoLinesAndStrayNumbersInCells() {
        // PDFTextStripper's text of a ruled table: the narrow STT cell prints "ST" + "T", the
        // header's cells are lines of their own, a wrapped cell line starts with a number.
        String layer = """
                ST
                T Nội dung/ Nhiệm vụ Sản phẩm Bộ phận thực hiện
                Thời gian
                hoàn thành
                I. Cải cách thể chế
                01 Tiếp tục nâng cao chất lượng
                công tác soạn thảo
                02
                Tập trung xây dựng, ban hành
                15 ngày sau khi
                03 Triển khai thực hiện
                2024 của UBND tỉnh
                II. Cải cách thủ tục hành chính
                04 Xây dựng kế hoạch
                100% hồ sơ
                """;
        assertEquals(List.of("I.01", "I.02", "I.03", "II.04"), labels(ItemCensus.ofLines(layer)));
    }

    @Test
    void numbersRestartingInEachSectionNestedNumbersAndASkippedNumberAreAllItems() {
        String text = """
                TT\tNội dung công việc\tCơ quan chủ trì\tThời hạn
                I. Thể chế\t\t\t
                1\tA\tVăn phòng\tQuý I
                1.1\tA1\tVăn phòng\tQuý I
                1.2\tA2\tVăn phòng\tQuý I
                2\tB\tVăn phòng\tQuý II
                4\tD (the plan skips 3)\tVăn phòng\tQuý II
                II. Thủ tục hành chính\t\t\t
                1\tE\tVăn phòng\tQuý III
                2\tF\tVăn phòng\tQuý IV
                """;
        assertEquals(List.of("I.1", "I.1.1", "I.1.2", "I.2", "I.4", "II.1", "II.2"), labels(ItemCensus.ofCells(text)));
    }

    @Test
    void aNumberedListAfterTheTableIsAShorterChainAndNotCounted() {
        StringBuilder text = new StringBuilder("STT\tNội dung\tChủ trì\tThời gian\n");
        for (int i = 1; i <= 12; i++) {
            text.append(String.format("%02d\tViệc %d\tVăn phòng\tQuý I%n", i, i));
        }
        text.append("\nGhi chú:\n1. Báo cáo đúng hạn.\n2. Gửi qua Văn phòng.\n");
        assertEquals(12, ItemCensus.ofCells(text.toString()).size());
    }

    @Test
    void theSeedsShowAllTheirRows() {
        assertEquals(37, ItemCensus.ofCells(Seeds.text(Seeds.SON_KY_2024)).size());
        assertEquals(38, ItemCensus.ofCells(Seeds.text(Seeds.SON_HA_2025)).size());
        assertEquals(35, ItemCensus.ofLines(Seeds.text(Seeds.ANH_SON_2024)).size());
        assertEquals(0, ItemCensus.ofCells(Seeds.text(Seeds.TAY_THUAN_2025)).size()); // prose, no task table
    }

    @Test
    void aVeryLongTableIsAlignedWithoutAQuadraticTable() {
        // 1,200 items and 1,100 numbers read: beyond the full alignment's size, matched in order.
        List<SeenItem> items = new java.util.ArrayList<>();
        List<String> read = new java.util.ArrayList<>();
        List<SeenItem> lost = new java.util.ArrayList<>();
        for (int s = 1; s <= 12; s++) {
            for (int n = 1; n <= 100; n++) {
                SeenItem item = new SeenItem(String.valueOf(s), String.valueOf(n));
                items.add(item);
                if (n % 12 == 5 && n > 5) {
                    lost.add(item);
                } else {
                    read.add(String.valueOf(n));
                }
            }
        }
        assertTrue((long) items.size() * read.size() > 1_000_000);
        assertEquals(lost, new ItemCensus(items).unread(read));
    }

    @Test
    void theItemsNoTaskReadStandsForAreNamedInOrder() {
        ItemCensus census = new ItemCensus(List.of(new SeenItem("I", "01"), new SeenItem("I", "02"), new SeenItem("II", "1"),
                new SeenItem("II", "2"), new SeenItem("III", "1")));
        // leading zeros and a closing dot aside; a number read twice matches the census in order
        assertEquals(List.of(new SeenItem("I", "02"), new SeenItem("II", "2")), census.unread(List.of("1.", "1", "01")));
        assertEquals(List.of(), census.unread(List.of("01", "2", "1", "2", "1")));
        ItemCensus.Alignment alignment = new ItemCensus.Alignment(census, List.of("1", "9", "1"));
        assertEquals(0, alignment.itemOf(0));
        assertEquals(-1, alignment.itemOf(1));
        assertEquals(2, alignment.itemOf(2));
        assertEquals(List.of(1, 3, 4), alignment.unmatchedPositions());
    }
}
