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
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
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

    private static final ReportingCalendar CALENDAR = new ReportingCalendar(List.of(
            new ReportDate(d(5, 3), "Báo cáo quý I"), new ReportDate(d(5, 6), "Báo cáo 6 tháng"),
            new ReportDate(d(5, 9), "Báo cáo 9 tháng"), new ReportDate(d(30, 11), "Báo cáo năm")));

    /** Task #6 as seed 000 has it: a quarterly report series and a plan to issue in quarter I. */
    private static List<AgendaItem> task6() {
        return List.of(recurring(61, 6, d(5, 3)), once(62, 6, "Quý I năm 2024 ban hành kế hoạch", d(31, 3)),
                recurring(63, 6, d(5, 6)), recurring(64, 6, d(5, 9)), recurring(65, 6, d(30, 11)));
    }

    private static AgendaItem recurring(long id, int code, java.time.LocalDate due) {
        return new AgendaItem(id, 1, code, "I.0" + code, "Thi hành pháp luật", MilestoneKind.RECURRING,
                "định kỳ báo cáo kết quả thực hiện theo quy định", due, DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null);
    }

    private static AgendaItem once(long id, int code, String label, java.time.LocalDate due) {
        return new AgendaItem(id, 1, code, "I.0" + code, "Thi hành pháp luật", MilestoneKind.ONCE, label, due,
                DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null);
    }

    @Test
    void myWorkShowsWhatNeedsActionNowOneEntryPerTaskAndCountsTheRest() {
        List<AgendaItem> items = new java.util.ArrayList<>(List.of(I09, II01, I07, I04, I05));
        items.addAll(task6());

        Reply reply = messages.myWork(items, CALENDAR, TODAY, false, 1);

        assertEquals("""
                📋 <b>Việc của đồng chí — 08/04/2024</b>

                ⛔ <b>Quá hạn</b>
                1. #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                2. #4 · I.04 · Danh mục VBQPPL hết hiệu lực — hạn 01/03/2024 (quá 38 ngày)
                3. #6 · I.06 · Thi hành pháp luật
                    – báo cáo quý I — hạn 05/03/2024, quá 34 ngày
                    – Quý I năm 2024 ban hành kế hoạch — hạn 31/03/2024, quá 8 ngày
                    – tiếp theo: báo cáo 6 tháng — hạn 05/06/2024, còn 58 ngày
                    + 2 kỳ báo cáo sau

                ⏰ <b>Sắp đến hạn</b> (30 ngày tới)
                4. #7 · I.07 · Báo cáo kết quả tuyên truyền PBGDPL — hạn 12/04/2024 (còn 4 ngày)

                Còn 1 việc có hạn sau 08/05/2024: bấm «📋 Xem tất cả».
                🔄 1 việc thường xuyên: gõ /thuongxuyen để xem.
                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", reply.html());
        assertEquals(List.of(List.of(new Button("✅ #5", "d:105"), new Button("✅ #4", "d:104")),
                List.of(new Button("✅ #6 báo cáo quý I", "d:61"), new Button("✅ #7", "d:107")),
                List.of(new Button("📋 Xem tất cả", "l:a:1"))), reply.keyboard());
        assertEquals(Map.of(1, 105L, 2, 104L, 3, 61L, 4, 107L), reply.numbered());
    }

    @Test
    void myWorkAllAddsTheLaterTasksAndThoseWaitingForADate() {
        AgendaItem waiting = new AgendaItem(301, 1, 16, "II.16", "Số hóa hồ sơ", MilestoneKind.EXTERNAL,
                "Theo hướng dẫn của Sở", null, DeadlineStatus.OPEN, List.of("TP-HT"), null, null, null);

        String html = messages.myWork(List.of(I09, I05, waiting, II01), CALENDAR, TODAY, true, 1).html();

        assertTrue(html.contains("""
                📌 <b>Còn hạn</b>
                2. #9 · I.09 · Kiểm tra văn bản QPPL — hạn 05/06/2024 (còn 58 ngày)

                ❓ <b>Chưa có ngày</b> (chờ cấp trên hoặc Văn phòng đặt hạn)
                • #16 · II.16 · Số hóa hồ sơ — theo hướng dẫn của Sở"""), html);
        assertFalse(html.contains("Xem tất cả"), html);
    }

    @Test
    void aTaskWithSeveralObligationsGetsOneButtonNamingTheEarliestOverdue() {
        AgendaItem long1 = once(71, 7, "Tổ chức kiểm tra theo kế hoạch trong năm 2024", d(31, 3));
        AgendaItem long2 = once(72, 7, "Tổng kết", d(30, 4));

        List<Button> buttons = messages.myWork(List.of(long1, long2), CALENDAR, TODAY, false, 1).buttons();

        assertEquals(List.of(new Button("✅ #7 hạn 31/03", "d:71")), buttons, "a long name gives way to the date");
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
    void continuousTasksHaveTheirOwnList() {
        Reply reply = messages.continuous(List.of(I05, II01), CALENDAR, TODAY, 1);

        assertEquals("""
                🔄 <b>Việc thường xuyên — 08/04/2024</b> (1 việc)

                • #11 · II.01 · Niêm yết công khai TTHC

                Bot sẽ hỏi tiến độ các việc này trước mỗi kỳ báo cáo. Kỳ tới: báo cáo 6 tháng, hạn 05/06/2024.""",
                reply.html());
    }

    @Test
    void aLongListIsOneMessageThatPagesInPlace() {
        List<AgendaItem> many = new java.util.ArrayList<>();
        for (int n = 1; n <= 80; n++) {
            many.add(open(1000 + n, n, "I." + n, "Việc rất dài số " + n + " ".repeat(3) + "x".repeat(60), d(1, 3)));
        }
        Reply first = messages.overdueForOfficer(many, CALENDAR, TODAY, 1);
        List<Button> nav = first.keyboard().get(first.keyboard().size() - 1);
        assertEquals(List.of(new Button("Xem tiếp ▶", "l:q:2")), nav);
        assertTrue(first.html().endsWith("</i>") && first.html().contains("<i>Trang 1/"), first.html());

        Reply second = messages.overdueForOfficer(many, CALENDAR, TODAY, 2);
        assertEquals("◀ Trang trước", second.keyboard().get(second.keyboard().size() - 1).get(0).text());
        assertTrue(second.numbered().keySet().stream().allMatch(k -> k > first.numbered().size()), "numbers run on");
    }

    @Test
    void upcomingListsTheNextObligationOfEachTaskWithinTheWindow() {
        AgendaItem in30 = open(115, 15, "I.15", "Báo cáo quý", d(8, 5));
        AgendaItem in31 = open(116, 16, "I.16", "Báo cáo sau", d(9, 5));

        Reply reply = messages.upcoming(List.of(in31, I05, in30, I10), CALENDAR, TODAY, 1);

        assertEquals("""
                ⏰ <b>Việc sắp đến hạn — 08/04/2024</b> (30 ngày tới)

                1. #10 · I.10 · Rà soát TTHC — hạn 08/04/2024 (hôm nay)
                2. #15 · I.15 · Báo cáo quý — hạn 08/05/2024 (còn 30 ngày)

                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", reply.html());
        assertEquals(List.of(new Button("✅ #10", "d:110"), new Button("✅ #15", "d:115")), reply.buttons());
    }

    @Test
    void theWindowIsTheDomainsAndConfigurable() {
        Messages week = new Messages(UnitCatalog.defaults(), new vn.nhacviec.agenda.ActionWindow(7));

        assertEquals("Trong 7 ngày tới đồng chí không có việc nào đến hạn. 👍",
                week.upcoming(List.of(I05, open(115, 15, "I.15", "Báo cáo quý", d(16, 4))), CALENDAR, TODAY, 1).html());
    }

    @Test
    void theChairmansOverdueListGroupsTasksOnceUnderTheirFirstUnitTiesInCatalogOrder() {
        AgendaItem ii08 = open(208, 8, "II.08", "Kế hoạch kiểm soát TTHC", d(31, 3), "VP-TK", "TP-HT");
        AgendaItem ii09 = open(209, 9, "II.09", "Báo cáo TTHC quý I", d(5, 4), "VP-TK");
        Map<String, List<String>> officers = Map.of("TP-HT", List.of("Nguyễn Văn Tư"), "VP-TK", List.of("Lê Văn Phòng"));
        List<AgendaItem> items = new java.util.ArrayList<>(List.of(I04, I05, I07, ii09, ii08, I09));

        Reply reply = messages.overdueForLeader("Sơn Kỳ", items, officers, CALENDAR, TODAY, 1);

        assertEquals("""
                ⛔ <b>Việc quá hạn — UBND xã Sơn Kỳ, 08/04/2024</b> (4 việc)

                <b>Văn phòng – Thống kê</b> (Lê Văn Phòng) — 2 việc
                • #8 · II.08 · Kế hoạch kiểm soát TTHC — hạn 31/03/2024 (quá 8 ngày)
                • #9 · II.09 · Báo cáo TTHC quý I — hạn 05/04/2024 (quá 3 ngày)

                <b>Tư pháp – Hộ tịch</b> (Nguyễn Văn Tư) — 2 việc
                • #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                • #4 · I.04 · Danh mục VBQPPL hết hiệu lực — hạn 01/03/2024 (quá 38 ngày)""", reply.html());
        assertTrue(reply.keyboard().isEmpty());
    }

    @Test
    void theOfficersOverdueListNamesEachOverdueObligationOfATask() {
        List<AgendaItem> items = new java.util.ArrayList<>(task6());
        items.add(I05);

        Reply reply = messages.overdueForOfficer(items, CALENDAR, TODAY, 1);

        assertEquals("""
                ⛔ <b>Việc quá hạn — 08/04/2024</b> (2 việc, 3 hạn)

                1. #5 · I.05 · Báo cáo kết quả hệ thống hóa VBQPPL — hạn 20/02/2024 (quá 48 ngày)
                2. #6 · I.06 · Thi hành pháp luật
                    – báo cáo quý I — hạn 05/03/2024, quá 34 ngày
                    – Quý I năm 2024 ban hành kế hoạch — hạn 31/03/2024, quá 8 ngày

                Trả lời "xong 1" hoặc bấm nút để báo hoàn thành.""", reply.html());
        assertEquals(List.of(new Button("✅ #5", "d:105"), new Button("✅ #6 báo cáo quý I", "d:61")), reply.buttons());
    }

    @Test
    void theConfirmationOfOneObligationSaysWhatStaysOpen() {
        List<AgendaItem> six = task6();

        String html = messages.doneConfirmed(six.get(0), LocalDateTime.of(2024, 4, 8, 9, 12), "", CALENDAR, six).html();

        assertTrue(html.startsWith("✅ Đã ghi nhận hoàn thành <b>#6 · I.06</b> — báo cáo quý I (hạn 05/03/2024) lúc 09:12 08/04/2024."),
                html);
        assertTrue(html.contains("Việc #6 còn 4 hạn đang mở, sớm nhất: Quý I năm 2024 ban hành kế hoạch — hạn 31/03/2024, quá 8 ngày."),
                html);
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
                messages.alreadyDone(done, ZoneId.of("Asia/Ho_Chi_Minh")).html());
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
    void progressHasOneLinePerUnitAndPerSectionCountingObligationsAndTasks() {
        Map<String, ProgressCounts> perUnit = new LinkedHashMap<>();
        perUnit.put("TP-HT", new ProgressCounts(2, 1, 4, 2));
        perUnit.put("VP-TK", new ProgressCounts(9, 0, 29, 0));
        Map<String, ProgressCounts> perSection = new LinkedHashMap<>();
        perSection.put("I", new ProgressCounts(3, 0, 5, 1));

        Reply reply = messages.progress(new ProgressCounts(14, 3, 41, 12), 30, perUnit, Map.of("TP-HT", 4, "VP-TK", 16),
                perSection, Map.of("I", 5), "Kế hoạch CCHC 2024", TODAY);

        assertEquals("""
                📊 <b>Tiến độ Kế hoạch CCHC 2024 — 08/04/2024</b>
                70 hạn của 30 việc: xong đúng hạn 14 · xong trễ 3 · chưa đến hạn 41 · quá hạn 12 (hoàn thành 24 %)
                <i>Tính theo hạn như báo cáo quý: việc có nhiều kỳ hạn được tính mỗi kỳ một lần.</i>

                <b>Theo bộ phận</b>
                • Tư pháp – Hộ tịch: xong 3/9 hạn (4 việc) · quá hạn 2
                • Văn phòng – Thống kê: xong 9/38 hạn (16 việc)

                <b>Theo phần của kế hoạch</b>
                • Phần I: xong 3/9 hạn (5 việc) · quá hạn 1""", reply.html());
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

        ProgressCounts counts = ProgressCounts.of(items, TODAY, ZoneId.of("Asia/Ho_Chi_Minh"));

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
    void helpOffersTheWebPagesWithAButton() {
        Reply help = messages.help(Role.OFFICER);
        assertTrue(help.html().contains("/web"));
        assertEquals(List.of(new Button("🌐 Mở trang web", "w:0")), help.buttons());
        assertEquals(java.util.Optional.of(new CallbackData.WebLink()), CallbackData.decode("w:0"));
    }

    @Test
    void helpShowsLeadersTheCommuneWideCommands() {
        String officer = messages.help(Role.OFFICER).html();
        String chairman = messages.help(Role.CHAIRMAN).html();

        assertTrue(officer.contains("/viec — việc cần làm ngay của bộ phận: quá hạn và đến hạn trong 30 ngày tới"), officer);
        assertTrue(officer.contains("/thuongxuyen") && chairman.contains("/thuongxuyen"), officer);
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
        assertEquals(List.of("viec", "sapden", "quahan", "thuongxuyen", "tiendo", "web", "huongdan", "help", "baocao"),
                BotCommands.list().stream().map(BotCommands.Command::command).toList());
        for (BotCommands.Command c : BotCommands.list()) {
            assertTrue(c.command().matches("[a-z0-9_]{1,32}"));
            assertTrue(c.description().length() >= 3 && c.description().length() <= 256);
        }
    }
}
