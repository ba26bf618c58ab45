package vn.nhacviec.bot.text;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.evidence.DocumentNumber;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.messaging.Button;
import vn.nhacviec.messaging.Reply;

import java.util.List;

import static vn.nhacviec.bot.text.Html.escape;

/** What the bot says about evidence of completion and the office's review of it. */
public final class EvidenceMessages {

    /** Added to the "done" confirmation of a task whose product is a document, when nothing came with "xong". */
    public String askForEvidence(int windowMinutes) {
        return "📎 Nếu có, đồng chí gửi ảnh chụp hoặc tệp văn bản (PDF, Word, Excel) trong " + windowMinutes
                + " phút tới, hoặc trả lời tin này kèm tệp, để lưu làm tài liệu kiểm chứng. Có số văn bản thì gõ "
                + "thêm, ví dụ: <i>xong, QĐ số 12/QĐ-UBND ngày 3/3/2025</i>.";
    }

    /** Added to the confirmation when "xong" carried a document number. */
    public String numberKept(DocumentNumber number) {
        return "📄 Đã ghi số văn bản <b>" + escape(number.shown()) + "</b>.";
    }

    public Reply receiving(String fileName) {
        return new Reply("📥 Đã nhận tệp «" + escape(fileName) + "», bot đang kiểm tra để lưu làm tài liệu kiểm chứng…");
    }

    public Reply stored(AgendaItem item, Evidence evidence) {
        return new Reply("📎 Đã lưu «" + escape(evidence.fileName()) + "» làm tài liệu kiểm chứng của việc <b>"
                + escape(item.code()) + "</b> (" + escape(item.title()) + "). Mã kiểm tra SHA-256: "
                + evidence.sha256().substring(0, 12) + "…");
    }

    public Reply refused(String fileName, String reason) {
        return new Reply("⚠️ Không lưu tệp «" + escape(fileName) + "»: " + escape(reason));
    }

    public Reply waiting(String fileName) {
        return new Reply("⏳ Đã ghi nhận tệp «" + escape(fileName) + "» nhưng kho lưu trữ tạm thời chưa sẵn sàng; "
                + "bot sẽ tự lưu lại sau, đồng chí không cần gửi lại.");
    }

    /** A file with no "xong" and no recent completion: where it could go. */
    public Reply noCompletionForFile() {
        return new Reply("Bot chưa biết tệp này là tài liệu kiểm chứng của việc nào. Đồng chí gửi lại tệp với chú thích "
                + "<i>xong #12</i> (số của việc), hoặc trả lời tin xác nhận hoàn thành kèm tệp.");
    }

    /** To the office: a completion with evidence, with the buttons to accept or return it. */
    public Reply reviewNotice(AgendaItem item, String officerName, List<Evidence> evidence) {
        StringBuilder text = new StringBuilder("📋 <b>").append(escape(officerName)).append("</b> báo hoàn thành việc <b>")
                .append(escape(item.code())).append("</b> (").append(escape(item.title())).append(") kèm tài liệu kiểm chứng:");
        for (Evidence e : evidence) {
            text.append("\n• ").append(escape(e.describe()));
        }
        text.append("\nĐồng chí kiểm tra rồi chấp nhận, hoặc trả lại kèm lý do (trả lời tin này: <i>trả lại &lt;lý do&gt;</i>).");
        return new Reply(text.toString(), List.of(List.of(
                Button.of("✔️ Chấp nhận", new CallbackData.Accept(item.deadlineId())),
                Button.of("↩️ Trả lại", new CallbackData.Return(item.deadlineId())))));
    }

    public Reply askReason(AgendaItem item) {
        return new Reply("Lý do trả lại việc <b>" + escape(item.code()) + "</b>? Đồng chí trả lời tin này bằng lý do.");
    }

    public Reply accepted(AgendaItem item) {
        return new Reply("✔️ Đã chấp nhận kết quả việc <b>" + escape(item.code()) + "</b>.");
    }

    public Reply returnedToOffice(AgendaItem item, String reason) {
        return new Reply("↩️ Đã trả lại việc <b>" + escape(item.code()) + "</b>, lý do: " + escape(reason)
                + ". Việc đã mở lại và cán bộ đã được báo.");
    }

    /** To the officer whose completion was returned. */
    public Reply returnedToOfficer(AgendaItem item, String reviewer, String reason) {
        return new Reply("↩️ <b>" + escape(reviewer) + "</b> trả lại kết quả việc <b>" + escape(item.code()) + "</b> ("
                + escape(item.title()) + ").\nLý do: " + escape(reason)
                + "\nViệc đã mở lại; đồng chí bổ sung rồi báo <i>xong</i> lại (kèm tài liệu kiểm chứng nếu có).");
    }

    public Reply notDone(AgendaItem item) {
        return new Reply("Việc #" + item.taskCode() + " đang mở (chưa báo xong hoặc đã trả lại) nên không có gì để duyệt.");
    }

    public Reply reviewersOnly() {
        return new Reply("Chỉ Văn phòng – Thống kê, Chủ tịch và Phó Chủ tịch UBND xã duyệt kết quả hoàn thành.");
    }

    public Reply binderForLeaders() {
        return new Reply("Hồ sơ tài liệu kiểm chứng dành cho Chủ tịch, Phó Chủ tịch và Văn phòng – Thống kê.");
    }

    public Reply noPlan(int year) {
        return new Reply("Xã chưa có kế hoạch CCHC năm " + year + " nên chưa có hồ sơ kiểm chứng.");
    }

    public Reply binderTooLarge(long bytes, String command) {
        return new Reply(String.format(new java.util.Locale("vi"), "Hồ sơ kiểm chứng nặng %.1f MB, quá giới hạn gửi qua "
                + "Telegram; đồng chí nhờ người quản trị tải bằng lệnh <code>%s</code>.", bytes / 1048576.0, escape(command)));
    }

    public String binderCaption(int year) {
        return "Hồ sơ tài liệu kiểm chứng CCHC năm " + year;
    }
}
