package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.ProgressCounts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.bot.text.Items.TODAY;
import static vn.nhacviec.bot.text.Items.d;
import static vn.nhacviec.bot.text.Items.open;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

class MessagesTest {

    private final Messages messages = new Messages(UnitCatalog.defaults());

    private static final AgendaItem I05 = open(105, 5, "I.05", "Báo cáo kết quả hệ thống hóa VBQPPL", d(20, 2));
    private static final AgendaItem I04 = open(104, 4, "I.04", "Danh mục VBQPPL hết hiệu lực", d(1, 3));
    private static final AgendaItem I07 = open(107, 7, "I.07", "Báo cáo kết quả tuyên truyền PBGDPL", d(12, 4));
    private static final AgendaItem I09 = open(109, 9, "I.09", "Kiểm tra văn bản QPPL", d(5, 6));
    private static final AgendaItem II01 = Items.continuous(201, 11, "II.01", "Niêm yết công khai TTHC");
    private static final AgendaItem I10 = open(110, 10, "I.10", "Rà soát TTHC", TODAY);

    @Test
    void myWorkListsTheOpenItemsInSectionsNumberedAcrossThem() {
        List<Reply> parts = messages.myWork(List.of(I09, II01, I07, I04, I05), TODAY);

        assertEquals(1, parts.size());
        assertEquals("""
                📋 <b>Việc của đồng chí — 08/04/2024</b>

                ⛔ <b>Quá hạn</b>
                1. #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                2. #4 · I.04 · Danh mục VBQPPL hết hiệu lực — hạn 01/03/2024 (quá 38 ngày)

                ⏰ <b>Sắp đến hạn</b>
                3. #7 · I.07 · Báo cáo kết quả tuyên truyền PBGDPL — hạn 12/04/2024 (còn 4 ngày)

                📌 <b>Còn hạn</b>
                4. #9 · I.09 · Kiểm tra văn bản QPPL — hạn 05/06/2024 (còn 58 ngày)

                🔄 <b>Thường xuyên, chưa có ngày</b>
                5. #11 · II.01 · Niêm yết công khai TTHC — thường xuyên

                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", parts.get(0).html());
        assertEquals(List.of(List.of(new Button("✅ #5", "d:105"), new Button("✅ #4", "d:104"),
                new Button("✅ #7", "d:107"), new Button("✅ #9", "d:109"))), parts.get(0).keyboard());
        assertEquals(Map.of(1, 105L, 2, 104L, 3, 107L, 4, 109L, 5, 201L), parts.get(0).numbered());
    }

    @Test
    void anItemDueTodaySaysSo() {
        String html = messages.myWork(List.of(I10), TODAY).get(0).html();

        assertTrue(html.contains("1. #10 · I.10 · Rà soát TTHC — hạn 08/04/2024 (hôm nay)"), html);
    }

    @Test
    void myWorkLeavesOutItemsThatAreNotOpen() {
        List<Reply> parts = messages.myWork(List.of(Items.withStatus(I05, DeadlineStatus.DONE),
                Items.withStatus(I04, DeadlineStatus.CANCELLED)), TODAY);

        assertEquals(List.of(new Reply("Hiện đồng chí không có việc nào đang mở. 👍")), parts);
    }

    @Test
    void aTaskShownTwiceGetsTheDueDateOnItsButtons() {
        AgendaItem march = open(301, 20, "III.02", "Báo cáo tháng", d(31, 3));
        AgendaItem april = open(302, 20, "III.02", "Báo cáo tháng", d(30, 4));

        List<Button> buttons = messages.myWork(List.of(march, april), TODAY).get(0).buttons();

        assertEquals(List.of(new Button("✅ #20 31/03", "d:301"), new Button("✅ #20 30/04", "d:302")), buttons);
    }

    @Test
    void upcomingListsOnlyTheNextSevenDays() {
        AgendaItem in7 = open(115, 15, "I.15", "Báo cáo quý", d(15, 4));
        AgendaItem in8 = open(116, 16, "I.16", "Báo cáo sau", d(16, 4));

        Reply reply = messages.upcoming(List.of(in8, I05, in7, I10), TODAY).get(0);

        assertEquals("""
                ⏰ <b>Việc sắp đến hạn — 08/04/2024</b> (7 ngày tới)

                1. #10 · I.10 · Rà soát TTHC — hạn 08/04/2024 (hôm nay)
                2. #15 · I.15 · Báo cáo quý — hạn 15/04/2024 (còn 7 ngày)

                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", reply.html());
        assertEquals(List.of(new Button("✅ #10", "d:110"), new Button("✅ #15", "d:115")), reply.buttons());
    }

    @Test
    void upcomingWithNothingDueSaysSoKindly() {
        assertEquals("Trong 7 ngày tới đồng chí không có việc nào đến hạn. 👍",
                messages.upcoming(List.of(I05), TODAY).get(0).html());
    }

    @Test
    void theChairmansOverdueListGroupsByUnitWithItsOfficersTiesInCatalogOrder() {
        AgendaItem ii08 = open(208, 8, "II.08", "Kế hoạch kiểm soát TTHC", d(31, 3), "VP-TK");
        AgendaItem ii09 = open(209, 9, "II.09", "Báo cáo TTHC quý I", d(5, 4), "VP-TK");
        Map<String, List<AgendaItem>> byUnit = new LinkedHashMap<>();
        byUnit.put("TP-HT", List.of(I04, I05, I07));
        byUnit.put("VP-TK", List.of(ii09, ii08));
        byUnit.put("VH-XH", List.of(I09));
        Map<String, List<String>> officers = Map.of("TP-HT", List.of("Nguyễn Văn Tư"), "VP-TK", List.of("Lê Văn Phòng"));

        List<Reply> parts = messages.overdueForLeader("Sơn Kỳ", byUnit, officers, TODAY);

        assertEquals(1, parts.size());
        assertEquals("""
                ⛔ <b>Việc quá hạn — UBND xã Sơn Kỳ, 08/04/2024</b> (4 việc)

                <b>Văn phòng – Thống kê</b> (Lê Văn Phòng) — 2 việc
                • #8 · II.08 · Kế hoạch kiểm soát TTHC — hạn 31/03/2024 (quá 8 ngày)
                • #9 · II.09 · Báo cáo TTHC quý I — hạn 05/04/2024 (quá 3 ngày)

                <b>Tư pháp – Hộ tịch</b> (Nguyễn Văn Tư) — 2 việc
                • #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                • #4 · I.04 · Danh mục VBQPPL hết hiệu lực — hạn 01/03/2024 (quá 38 ngày)""", parts.get(0).html());
        assertTrue(parts.get(0).keyboard().isEmpty());
    }

    @Test
    void theOfficersOverdueListIsNumberedWithButtons() {
        Reply reply = messages.overdueForOfficer(List.of(I07, I04, I05), TODAY).get(0);

        assertEquals("""
                ⛔ <b>Việc quá hạn — 08/04/2024</b> (2 việc)

                1. #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                2. #4 · I.04 · Danh mục VBQPPL hết hiệu lực — hạn 01/03/2024 (quá 38 ngày)

                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", reply.html());
    }

    @Test
    void plainTextOfThePlanIsEscaped() {
        AgendaItem nasty = open(999, 99, "I.<9>", "Sửa \"Quy chế\" <b>số 1</b> & phụ lục", d(20, 2));

        String html = messages.myWork(List.of(nasty), TODAY).get(0).html();

        assertTrue(html.contains("1. #99 · I.&lt;9&gt; · Sửa &quot;Quy chế&quot; &lt;b&gt;số 1&lt;/b&gt; &amp; phụ lục — hạn"),
                html);
        assertFalse(html.contains("<b>số 1</b>"));
    }

    @Test
    void theCompletionMessageFollowsTheSpec() {
        Reply reply = messages.doneConfirmed(I05, LocalDateTime.of(2024, 4, 8, 9, 12), "đã gửi báo cáo số 15/BC-UBND");

        assertEquals("""
                ✅ Đã ghi nhận hoàn thành <b>#5 · I.05</b> (hạn 20/02/2024) lúc 09:12 08/04/2024.
                <i>Báo cáo kết quả hệ thống hóa VBQPPL</i>
                Ghi chú: đã gửi báo cáo số 15/BC-UBND.
                Trả lời "hoàn tác" vào tin này nếu báo nhầm.""", reply.html());
        assertEquals(List.of(List.of(new Button("↩️ Hoàn tác", "u:105"))), reply.keyboard());
    }

    @Test
    void aCompletionWithoutNoteHasNoNoteLineAndTheNoteIsEscaped() {
        String plain = messages.doneConfirmed(I05, LocalDateTime.of(2024, 4, 8, 9, 12), "").html();
        String escaped = messages.doneConfirmed(I05, LocalDateTime.of(2024, 4, 8, 9, 12), "<script> & \"x\"!").html();

        assertFalse(plain.contains("Ghi chú"));
        assertTrue(escaped.contains("Ghi chú: &lt;script&gt; &amp; &quot;x&quot;!\n"), escaped);
    }

    @Test
    void alreadyDoneTellsWhenAndWhoInVietnamTime() {
        AgendaItem done = Items.done(105, 5, d(20, 2), Instant.parse("2024-04-08T02:12:00Z"));

        assertEquals("Việc <b>#5 · I.5</b> (hạn 20/02/2024) đã được báo hoàn thành lúc 09:12 08/04/2024 (Nguyễn Văn Tư).",
                messages.alreadyDone(done).html());
    }

    @Test
    void notYourUnitFollowsTheSpec() {
        AgendaItem ii08 = open(208, 8, "II.08", "Kế hoạch kiểm soát TTHC", d(31, 3), "VP-TK");

        assertEquals("Việc #8 thuộc Văn phòng – Thống kê. Đồng chí chỉ báo hoàn thành được việc của bộ phận mình.",
                messages.notYourUnit(ii08, messages.leadUnitNames(ii08)).html());
    }

    @Test
    void theAmbiguousReplyAsksWhichOneWithAButtonPerItem() {
        Reply reply = messages.whichOne(List.of(I05, I04, I07)).get(0);

        assertTrue(reply.html().startsWith("Tin nhắn này có 3 việc. Đồng chí báo xong việc nào?\n\n"
                + "1. #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024\n"), reply.html());
        assertEquals(List.of(new Button("#5", "d:105"), new Button("#4", "d:104"), new Button("#7", "d:107")),
                reply.buttons());
        assertEquals(Map.of(1, 105L, 2, 104L, 3, 107L), reply.numbered());
    }

    @Test
    void linkingWelcomesTheOfficerByNameUnitAndCommune() {
        Officer tu = new Officer(1, "son-ky", "Nguyễn Văn Tư", Role.OFFICER, List.of("TP-HT"), true);

        assertEquals("""
                Xin chào đồng chí <b>Nguyễn Văn Tư</b> (Tư pháp – Hộ tịch, UBND xã Sơn Kỳ).
                Tài khoản Telegram này đã được liên kết. Từ nay bot sẽ nhắc các việc của bộ phận mình.
                Gõ /viec để xem việc đang mở, /huongdan để xem cách dùng.""", messages.linked(tu, "Sơn Kỳ").html());
    }

    @Test
    void linkingAChairmanNamesTheRoleAndTheCommuneWideCommands() {
        Officer ct = new Officer(2, "son-ky", "Trần Văn Chủ", Role.CHAIRMAN, List.of(), true);

        String html = messages.linked(ct, "xã Sơn Kỳ").html();

        assertTrue(html.startsWith("Xin chào đồng chí <b>Trần Văn Chủ</b> (Chủ tịch, UBND xã Sơn Kỳ)."), html);
        assertTrue(html.contains("/quahan") && html.contains("/tiendo"), html);
    }

    @Test
    void anUnknownAccountIsToldWhereToGetACode() {
        assertEquals("Tài khoản này chưa được liên kết với cán bộ nào. Đồng chí vui lòng xin mã mời ở Văn phòng – "
                + "Thống kê UBND xã, rồi gửi: /start MÃ_MỜI", messages.notLinked().html());
    }

    @Test
    void everyRefusedCodeSaysWhyAndWhatToDo() {
        for (LinkRefusal reason : LinkRefusal.values()) {
            String html = messages.linkRefused(reason).html();
            assertTrue(html.contains("Văn phòng – Thống kê") && html.contains("/start MÃ_MỜI"), html);
        }
        assertTrue(messages.linkRefused(LinkRefusal.EXPIRED).html().startsWith("Mã mời này đã hết hạn."));
        assertTrue(messages.linkRefused(LinkRefusal.ALREADY_USED).html().contains("đã được dùng"));
        assertTrue(messages.linkRefused(LinkRefusal.WRONG_CODE).html().startsWith("Mã mời không đúng."));
    }

    @Test
    void progressShowsTheFourFiguresAndTheBreakdown() {
        Map<String, ProgressCounts> perUnit = new LinkedHashMap<>();
        perUnit.put("TP-HT", new ProgressCounts(2, 1, 4, 2));
        perUnit.put("VP-TK", new ProgressCounts(9, 0, 29, 0));
        Map<String, ProgressCounts> perSection = new LinkedHashMap<>();
        perSection.put("I. Cải cách thể chế", new ProgressCounts(3, 0, 5, 1));

        Reply reply = messages.progress(new ProgressCounts(14, 3, 41, 12), perUnit, perSection, "Kế hoạch CCHC 2024", TODAY);

        assertEquals("""
                📊 <b>Tiến độ Kế hoạch CCHC 2024 — 08/04/2024</b>
                Đã xong đúng hạn 14 · xong trễ 3 · chưa đến hạn 41 · quá hạn 12 (hoàn thành 24 %)

                <b>Theo bộ phận</b> (xong/tổng)
                Tư pháp – Hộ tịch: 3/9 (quá hạn 2) · Văn phòng – Thống kê: 9/38

                <b>Theo phần của kế hoạch</b> (xong/tổng)
                I. Cải cách thể chế: 3/9 (quá hạn 1)""", reply.html());
    }

    @Test
    void progressCountsTheFourFiguresFromItems() {
        Instant onTimeLateEvening = Instant.parse("2024-02-20T16:30:00Z"); // 23:30 on 20/02 in Việt Nam
        Instant lateEarlyMorning = Instant.parse("2024-02-20T17:30:00Z"); // 00:30 on 21/02 in Việt Nam
        List<AgendaItem> items = List.of(
                Items.done(1, 1, d(20, 2), onTimeLateEvening),
                Items.done(2, 2, d(20, 2), lateEarlyMorning),
                open(3, 3, "I.03", "a", TODAY),
                open(4, 4, "I.04", "b", d(7, 4)),
                Items.continuous(5, 5, "I.05", "c"),
                Items.withStatus(open(6, 6, "I.06", "d", d(1, 1)), DeadlineStatus.CANCELLED));

        ProgressCounts counts = ProgressCounts.of(items, TODAY);

        assertEquals(new ProgressCounts(1, 1, 1, 1), counts);
        assertEquals(50, counts.completionPercent());
    }

    @Test
    void completionPercentIsRoundedDownAndZeroWhenNothingCounts() {
        assertEquals(0, ProgressCounts.ZERO.completionPercent());
        assertEquals(24, new ProgressCounts(14, 3, 41, 12).completionPercent());
        assertEquals(99, new ProgressCounts(199, 0, 1, 0).completionPercent());
    }

    @Test
    void helpShowsLeadersTheCommuneWideCommands() {
        String officer = messages.help(Role.OFFICER).html();
        String chairman = messages.help(Role.CHAIRMAN).html();

        assertTrue(officer.contains("/viec — việc đang mở của bộ phận đồng chí"), officer);
        assertTrue(chairman.contains("/quahan — việc quá hạn của toàn xã"), chairman);
        assertTrue(chairman.contains("/tiendo — tiến độ kế hoạch của toàn xã"), chairman);
        String office = messages.help(Role.OFFICE).html();
        for (String html : List.of(chairman, office)) {
            assertTrue(html.contains("/baocao") && html.contains("Gửi thẳng tệp kế hoạch"), html);
        }
        assertFalse(officer.contains("/baocao") || officer.contains("Gửi thẳng tệp"), "officers neither get the report nor load plans");
        for (String html : List.of(officer, chairman, office)) {
            assertTrue(html.contains("xong 2") && html.contains("xong #12") && html.contains("hoàn tác"), html);
            HtmlCheck.assertBalanced(html);
        }
    }

    @Test
    void shortAnswersReadWell() {
        assertEquals("Tin nhắn đó chỉ có 3 việc (số 1 đến 3), không có việc số 5.", messages.noSuchItem(5, 3).html());
        assertEquals("Tin nhắn đó chỉ có 1 việc, không có việc số 2.", messages.noSuchItem(2, 1).html());
        assertTrue(messages.noSuchTask(12).html().startsWith("Không tìm thấy việc #12"));
        assertTrue(messages.nothingOpenForTask(12).html().startsWith("Việc #12 không còn hạn nào đang mở"));
        assertTrue(messages.unknownInput().html().contains("/huongdan"));
        assertFalse(messages.slowDown().html().isBlank());
        assertTrue(messages.undone(I05).html().contains("<b>#5 · I.05</b>"));
        assertTrue(messages.undoTooLate(I05).html().contains("24 giờ"));
    }

    @Test
    void theCommandMenuHasValidTelegramCommands() {
        assertEquals(List.of("viec", "sapden", "quahan", "tiendo", "huongdan", "help", "baocao"),
                BotCommands.list().stream().map(BotCommands.Command::command).toList());
        for (BotCommands.Command c : BotCommands.list()) {
            assertTrue(c.command().matches("[a-z0-9_]{1,32}"));
            assertTrue(c.description().length() >= 3 && c.description().length() <= 256);
        }
    }
}
