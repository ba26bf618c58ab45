package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.bot.text.Items.TODAY;
import static vn.nhacviec.bot.text.Items.open;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

class MessageSplitterTest {

    private static final List<String> UNITS = List.of("VP-TK", "TP-HT", "TC-KT", "VH-XH", "DC-XD");
    private static final Pattern TASK = Pattern.compile("#(\\d+) · ");

    private final Messages messages = new Messages(UnitCatalog.defaults());

    static List<AgendaItem> overdue(int count) {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String title = "Báo cáo <kết quả> & \"rà soát\" thủ tục hành chính trên địa bàn xã, lần thứ " + i
                    + " <b>theo</b> kế hoạch số " + i + "/KH-UBND & đề án \"đổi mới\" <i>";
            items.add(open(1000 + i, i, "II." + i, title, TODAY.minusDays(1 + i % 60), UNITS.get(i % UNITS.size())));
        }
        return items;
    }

    static Map<String, List<AgendaItem>> byUnit(List<AgendaItem> items) {
        Map<String, List<AgendaItem>> byUnit = new LinkedHashMap<>();
        items.forEach(i -> byUnit.computeIfAbsent(i.leadUnits().get(0), u -> new ArrayList<>()).add(i));
        return byUnit;
    }

    /** Every page of a list, following its "Xem tiếp" buttons as a user would. */
    static List<Reply> pages(java.util.function.IntFunction<Reply> page) {
        List<Reply> pages = new ArrayList<>();
        for (int n = 1; ; n++) {
            Reply reply = page.apply(n);
            pages.add(reply);
            int next = n + 1;
            if (reply.buttons().stream().noneMatch(b -> b.callbackData().matches("l:[a-z]:" + next))) {
                return pages;
            }
            assertTrue(n < 1000, "pages end");
        }
    }

    /** The buttons of a page without its navigation row. */
    static List<Button> itemButtons(Reply page) {
        return page.buttons().stream().filter(b -> !b.callbackData().startsWith("l:")).toList();
    }

    /** Task codes in the order the parts show them. */
    static List<Integer> shownCodes(List<Reply> parts) {
        List<Integer> codes = new ArrayList<>();
        for (Reply part : parts) {
            Matcher m = TASK.matcher(part.html());
            while (m.find()) {
                codes.add(Integer.parseInt(m.group(1)));
            }
        }
        return codes;
    }

    @ParameterizedTest(name = "{0} overdue items for the chairman are split into valid parts, each item once, in order")
    @ValueSource(ints = {60, 300})
    void theChairmansLongOverdueListIsSplitAtItemBoundaries(int count) {
        List<AgendaItem> items = overdue(count);
        Map<String, List<AgendaItem>> byUnit = byUnit(items);
        Map<String, List<String>> officers = Map.of("VP-TK", List.of("Lê Văn Phòng"), "TP-HT", List.of("Nguyễn Văn Tư"));

        List<Reply> parts = pages(n -> messages.overdueForLeader("Sơn Kỳ", items, officers, ReportingCalendar.none(), TODAY, n));

        assertTrue(parts.size() > 1, "paged");
        for (Reply part : parts) {
            assertTrue(part.html().length() <= MessageSplitter.MAX_HTML, () -> "length " + part.html().length());
            HtmlCheck.assertBalanced(part.html());
            for (String line : part.html().split("\n")) {
                assertTrue(!line.startsWith("• ") || line.contains(" — hạn "), () -> "whole item line: " + line);
            }
        }
        List<String> order = new ArrayList<>(byUnit.keySet());
        order.sort(java.util.Comparator.comparingInt((String u) -> -byUnit.get(u).size())
                .thenComparingInt(u -> UnitCatalog.defaults().units().indexOf(UnitCatalog.defaults().byCode(u).orElseThrow())));
        List<Integer> expected = order.stream().flatMap(u -> byUnit.get(u).stream()
                .sorted(java.util.Comparator.comparing(AgendaItem::due).thenComparingInt(AgendaItem::taskCode))
                .map(AgendaItem::taskCode)).toList();
        assertEquals(expected, shownCodes(parts), "every item once, in order");
        for (Reply part : parts.subList(1, parts.size())) {
            assertTrue(part.html().startsWith("⛔ <b>Việc quá hạn — UBND xã Sơn Kỳ, 08/04/2024</b> (tiếp)"), part.html());
        }
        assertTrue(parts.get(0).html().contains("(" + count + " việc)"));
    }

    @Test
    void aGroupSplitAcrossPartsRepeatsItsHeadingWithTiep() {
        List<AgendaItem> items = overdue(300).stream().map(i -> open(i.deadlineId(), i.taskCode(), i.numbering(),
                i.title(), i.due(), "VP-TK")).toList();

        List<Reply> parts = pages(n -> messages.overdueForLeader("Sơn Kỳ", items, Map.of(), ReportingCalendar.none(), TODAY, n));

        assertTrue(parts.get(0).html().contains("<b>Văn phòng – Thống kê</b> (chưa có cán bộ) — 300 việc"));
        for (Reply part : parts.subList(1, parts.size())) {
            assertTrue(part.html().startsWith("⛔ <b>Việc quá hạn — UBND xã Sơn Kỳ, 08/04/2024</b> (tiếp)\n\n"
                    + "<b>Văn phòng – Thống kê</b> (tiếp)\n• #"), part.html());
        }
        List<Integer> expected = items.stream().sorted(java.util.Comparator.comparing(AgendaItem::due)
                .thenComparingInt(AgendaItem::taskCode)).map(AgendaItem::taskCode).toList();
        assertEquals(expected, shownCodes(parts));
    }

    @Test
    void myWorkSplitKeepsNumbersContinuousAndButtonsWithTheirItems() {
        List<AgendaItem> items = overdue(300);

        List<Reply> parts = pages(n -> messages.myWork(items, ReportingCalendar.none(), TODAY, false, n));

        int next = 1;
        for (Reply part : parts) {
            assertTrue(part.html().length() <= MessageSplitter.MAX_HTML);
            HtmlCheck.assertBalanced(part.html());
            assertTrue(part.buttons().size() <= MessageSplitter.MAX_BUTTONS + 2);
            assertTrue(part.keyboard().stream().allMatch(row -> row.size() <= MessageSplitter.BUTTONS_PER_ROW));
            List<String> expectedButtons = new ArrayList<>();
            for (Map.Entry<Integer, Long> e : part.numbered().entrySet()) {
                assertEquals(next++, e.getKey());
                assertTrue(part.html().contains("\n" + e.getKey() + ". #"), "the number is shown in its part");
                expectedButtons.add("d:" + e.getValue());
            }
            assertEquals(expectedButtons, itemButtons(part).stream().map(Button::callbackData).toList());
        }
        assertEquals(301, next);
        assertTrue(parts.get(parts.size() - 1).html().endsWith("Trả lời \"xong 1\" hoặc bấm nút để báo hoàn thành.\n\n"
                + "<i>Trang " + parts.size() + "/" + parts.size() + "</i>"), parts.get(parts.size() - 1).html());
        assertTrue(parts.stream().limit(parts.size() - 1).noneMatch(p -> p.html().contains("Trả lời \"xong 1\"")));
    }

    @Test
    void aPartClosesWhenItWouldCarryTooManyButtons() {
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            items.add(open(i, i, "I." + i, "Việc " + i, TODAY.plusDays(30)));
        }

        List<Reply> parts = pages(n -> messages.myWork(items, ReportingCalendar.none(), TODAY, false, n));

        assertTrue(parts.size() >= 3);
        assertTrue(parts.stream().allMatch(p -> itemButtons(p).size() <= MessageSplitter.MAX_BUTTONS));
        assertEquals(200, parts.stream().mapToInt(p -> itemButtons(p).size()).sum());
    }

    @Test
    void aLineTooLongForAnyPartIsCutWithoutBreakingAnEntityOrATag() {
        String huge = "<b>" + "a &amp; b ".repeat(2000) + "</b>";
        Listing listing = new Listing("Header", null,
                List.of(new Listing.Section("<i>Nhóm</i>", null, List.of(new Listing.Entry(huge, List.of(), 1, 1)))),
                "Footer");

        List<Reply> parts = new MessageSplitter().split(listing);

        assertEquals(1, parts.size());
        assertTrue(parts.get(0).html().length() <= MessageSplitter.MAX_HTML);
        HtmlCheck.assertBalanced(parts.get(0).html());
        assertTrue(parts.get(0).html().endsWith("…</b>\n\nFooter"), parts.get(0).html());
    }

    @Test
    void smallListsStayInOneMessage() {
        Reply reply = messages.myWork(overdue(5), ReportingCalendar.none(), TODAY, false, 1);
        assertTrue(reply.buttons().stream().noneMatch(b -> b.callbackData().startsWith("l:")), "no paging");
        assertTrue(!reply.html().contains("Trang "));
    }
}
