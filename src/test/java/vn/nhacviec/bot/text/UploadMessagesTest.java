package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanRevision;
import vn.nhacviec.plan.Task;
import vn.nhacviec.testsupport.PlanEdits;
import vn.nhacviec.testsupport.Seeds;

class UploadMessagesTest {

    private static final PlanReader READER = new PlanReader(UnitCatalog.defaults());
    private static final Plan V1 = READER.read(Seeds.text(Seeds.SON_KY_2024), 2024);
    private final UploadMessages messages = new UploadMessages(UnitCatalog.defaults());

    private static List<PlanRevision.Known> stored(Plan plan) {
        List<PlanRevision.Known> known = new ArrayList<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task t = plan.tasks().get(i);
            known.add(new PlanRevision.Known(i, i + 1, t.section(), t.number(), t.content(), t.lead(), t.coordinating(),
                    t.deadlineText(), t.dueDates(), false));
        }
        return known;
    }

    private String preview(Plan plan, Optional<PlanRevision> revision) {
        List<Reply> parts = messages.planPreview("dieu-chinh.docx", plan, "Sơn Kỳ", 7, revision);
        parts.forEach(p -> HtmlCheck.assertBalanced(p.html()));
        assertFalse(parts.get(parts.size() - 1).keyboard().isEmpty(), "the buttons stay on the last part");
        return parts.stream().map(Reply::html).collect(Collectors.joining("\n"));
    }

    @Test
    void aRevisedPlanPreviewListsWhatChangesBeforeAnythingIsStored() {
        // a row inserted at 01, old row 09 (now 10) deleted: rows 01-08 move down one, the rest keep their number
        String text = PlanEdits.withoutRow(PlanEdits.withRowAtTopOfSectionOne(Seeds.text(Seeds.SON_KY_2024)), 10)
                .replace("Chậm nhất là ngày 01/3/2024.", "Chậm nhất là ngày 15/3/2024.");
        Plan v2 = READER.read(text, 2024);
        PlanRevision revision = PlanRevision.of(stored(V1), v2.tasks());

        String html = preview(v2, Optional.of(revision));

        assertTrue(html.contains("🔁 <b>So với kế hoạch đã nhập</b>"), html);
        assertTrue(html.contains("➕ Việc mới I.01 · Tổ chức hội nghị triển khai"), html);
        assertTrue(html.contains("— hạn 15/03/2024"), html);
        assertTrue(html.contains("➖ #9 · II.09 · "), html);
        assertTrue(html.contains("không còn trong kế hoạch, sẽ hủy và không nhắc nữa"), html);
        assertTrue(html.contains("✏️ #4 · I.05 · "), html);
        assertTrue(html.contains("số thứ tự I.04 → I.05, đổi hạn 01/03/2024 → 15/03/2024"), html);
        assertTrue(html.contains("🔢 7 việc chỉ đổi số thứ tự."), html);
        assertTrue(html.contains("việc đã báo xong và hạn đã được gia hạn đều giữ nguyên"), html);
    }

    @Test
    void theSamePlanAgainSaysNothingChanges() {
        String html = preview(V1, Optional.of(PlanRevision.of(stored(V1), V1.tasks())));
        assertTrue(html.contains("Không có việc nào thay đổi."), html);
    }

    @Test
    void theRefusalNamesTheOfficeAsTheCommuneCallsIt() {
        assertTrue(messages.mayNotLoad().html().contains("Chỉ Văn phòng – Thống kê và Chủ tịch UBND xã"));
        UploadMessages merged = new UploadMessages(UnitCatalog.defaults().withUnits(List.of(
                new vn.nhacviec.directory.Unit("VP-TK", "Văn phòng HĐND và UBND xã", List.of()))));
        String html = merged.mayNotLoad().html();
        assertTrue(html.contains("Chỉ Văn phòng HĐND và UBND xã và Chủ tịch UBND xã"), html);
        assertTrue(html.contains("chuyển tệp cho Văn phòng HĐND và UBND xã"), html);
    }

    @Test
    void aNewPlanHasNoComparison() {
        String html = preview(V1, Optional.empty());
        assertFalse(html.contains("So với kế hoạch đã nhập"), html);
        assertEquals(html, String.join("\n", messages.planPreview("dieu-chinh.docx", V1, "Sơn Kỳ", 7).stream()
                .map(Reply::html).toList()));
    }

    @Test
    void theAcknowledgementAndTheApologyNameTheFileEscaped() {
        String ack = messages.reading("<kế hoạch> & 2024.docx").html();
        HtmlCheck.assertBalanced(ack);
        assertTrue(ack.startsWith("📥 Đã nhận tệp «&lt;kế hoạch&gt; &amp; 2024.docx», bot đang đọc."), ack);
        assertTrue(ack.contains("đồng chí vẫn dùng bot bình thường"), ack);
        String sorry = messages.notAnswered("<x>.xlsx").html();
        HtmlCheck.assertBalanced(sorry);
        assertTrue(sorry.contains("«&lt;x&gt;.xlsx»") && sorry.contains("bot chưa lưu gì") && sorry.contains("gửi lại tệp"),
                sorry);
    }
}
