package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.text.CallbackData;
import vn.nhacviec.bot.text.Messages;

import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.reminder.scan.ScanRecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inline buttons: "✅ #5" marks done, "↩️ Hoàn tác" undoes, "⏰ #5" moves the next reminder of that
 * task's obligations to the next working day, "Xem tiếp" pages a list in place, "✅ Nhập" / "❌ Hủy"
 * decide a previewed file; every press is answered.
 */
@Singleton
class ButtonHandler {

    private final AgendaStore agenda;
    private final Completion completion;
    private final Messages messages;
    private final ScanRecords records;
    private final WorkingCalendar calendar;

    private final ExtensionHandler extensions;
    private final UploadDecisionHandler uploads;
    private final ListPages pages;

    ButtonHandler(AgendaStore agenda, Completion completion, Messages messages, ScanRecords records, WorkingCalendar calendar,
                  ExtensionHandler extensions, UploadDecisionHandler uploads, ListPages pages) {
        this.pages = pages;
        this.extensions = extensions;
        this.uploads = uploads;
        this.agenda = agenda;
        this.completion = completion;
        this.messages = messages;
        this.records = records;
        this.calendar = calendar;
    }

    List<Outgoing> handle(Turn turn) {
        Incoming in = turn.incoming();
        List<Outgoing> out = new ArrayList<>();
        out.add(new Outgoing.AnswerButton(in.callbackId(), "Đã nhận"));
        Optional<CallbackData> data = CallbackData.decode(in.callbackData());
        if (data.isEmpty()) {
            out.addAll(Answers.text(in, messages.unknownInput()));
            return out;
        }
        CallbackData pressed = data.get();
        if (pressed instanceof CallbackData.Done done) {
            agenda.item(done.deadlineId()).ifPresentOrElse(
                    item -> out.addAll(completion.complete(turn, item, "", in.messageId())),
                    () -> out.addAll(Answers.text(in, messages.unknownInput())));
        } else if (pressed instanceof CallbackData.Undo undo) {
            agenda.item(undo.deadlineId()).ifPresentOrElse(
                    item -> out.addAll(completion.undo(turn, item, in.messageId())),
                    () -> out.addAll(Answers.text(in, messages.unknownInput())));
        } else if (pressed instanceof CallbackData.Snooze snooze) {
            LocalDate until = calendar.plusWorkingDays(turn.today(), 1);
            // the digest has one ⏰ per task: it quiets every obligation of that task for the day
            List<Long> quiet = agenda.item(snooze.deadlineId())
                    .map(i -> agenda.openOfTask(i.communeId(), i.taskCode()).stream().map(o -> o.deadlineId()).toList())
                    .filter(ids -> !ids.isEmpty()).orElse(List.of(snooze.deadlineId()));
            quiet.forEach(id -> records.snooze(id, turn.officer().id(), until));
            out.set(0, new Outgoing.AnswerButton(in.callbackId(), "Sẽ nhắc lại ngày " + Messages.date(until)));
        } else if (pressed instanceof CallbackData.Extend extend) {
            agenda.item(extend.deadlineId()).ifPresentOrElse(item -> out.addAll(extensions.ask(turn, item)),
                    () -> out.addAll(Answers.text(in, messages.unknownInput())));
        } else if (pressed instanceof CallbackData.Approve approve) {
            out.addAll(extensions.decide(turn, approve.requestId(), true));
        } else if (pressed instanceof CallbackData.Refuse refuse) {
            out.addAll(extensions.decide(turn, refuse.requestId(), false));
        } else if (pressed instanceof CallbackData.Page page) {
            out.add(pages.edit(turn, page));
        } else if (pressed instanceof CallbackData.ImportUpload confirm) {
            out.addAll(uploads.confirm(turn, confirm.uploadId()));
        } else if (pressed instanceof CallbackData.CancelUpload cancel) {
            out.addAll(uploads.cancel(turn, cancel.uploadId()));
        } else {
            out.addAll(Answers.text(in, messages.notYetAvailable()));
        }
        return out;
    }
}
