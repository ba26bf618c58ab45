package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.bot.DeadlineGate.Target;
import vn.nhacviec.bot.text.CallbackData;
import vn.nhacviec.bot.text.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inline buttons: "✅ #5" marks done, "↩️ Hoàn tác" undoes, "⏰ #5" moves the presser's own next
 * reminder of that task's obligations to the next working day, "📅" asks for an extension, "Xem tiếp"
 * pages a list in place, "✅ Nhập" / "❌ Hủy"
 * decide a previewed file; "🧩 Xong phần" reports a unit's part, "❓ Yêu cầu giải trình" asks why an item is
 * late, "✔️" / "✖️" on a handover decide it; every press is answered. Whether the presser may act on the button's
 * deadline is settled by {@link DeadlineGate} before this runs.
 */
@Singleton
class ButtonHandler {

    private final Completion completion;
    private final Messages messages;
    private final OfficerWork work;

    private final ExtensionHandler extensions;
    private final UploadDecisionHandler uploads;
    private final LeaderRoleHandler leaderRoles;
    private final ListPages pages;
    private final FollowUpButtons followUp;
    private final ReviewHandler reviews;
    private final WebHandler web;

    /** The follow-up handlers the buttons reach, gathered so the constructor stays readable. */
    @Singleton
    record FollowUpButtons(PartHandler parts, ExplanationHandler explanation, LeaveHandler leave) {
    }

    ButtonHandler(Completion completion, Messages messages, OfficerWork work,
                  ExtensionHandler extensions, UploadDecisionHandler uploads, LeaderRoleHandler leaderRoles,
                  ListPages pages, FollowUpButtons followUp, ReviewHandler reviews, WebHandler web) {
        this.followUp = followUp;
        this.reviews = reviews;
        this.web = web;
        this.pages = pages;
        this.extensions = extensions;
        this.uploads = uploads;
        this.leaderRoles = leaderRoles;
        this.completion = completion;
        this.messages = messages;
        this.work = work;
    }

    List<Outgoing> handle(Turn turn, Target target) {
        Incoming in = turn.incoming();
        List<Outgoing> out = new ArrayList<>();
        out.add(new Outgoing.AnswerButton(in.callbackId(), "Đã nhận"));
        Optional<CallbackData> data = CallbackData.decode(in.callbackData());
        if (data.isEmpty()) {
            out.addAll(Answers.text(in, messages.unknownInput()));
            return out;
        }
        CallbackData pressed = data.get();
        if (target instanceof Target.Deadline deadline) {
            if (pressed instanceof CallbackData.Done) {
                out.addAll(completion.complete(turn, deadline.item(), "", in.messageId()));
            } else if (pressed instanceof CallbackData.Undo) {
                out.addAll(completion.undo(turn, deadline.item(), in.messageId()));
            } else if (pressed instanceof CallbackData.Snooze) {
                LocalDate until = work.snooze(turn.asActor(), deadline.item(), turn.today(), turn.actor(), turn.source());
                out.set(0, new Outgoing.AnswerButton(in.callbackId(), "Sẽ nhắc lại ngày " + Messages.date(until)));
            } else if (pressed instanceof CallbackData.Extend) {
                out.addAll(extensions.ask(turn, deadline.item()));
            } else if (pressed instanceof CallbackData.PartDone) {
                out.addAll(followUp.parts().report(turn, deadline.item(), ""));
            } else if (pressed instanceof CallbackData.AskWhy) {
                out.addAll(followUp.explanation().ask(turn, deadline.item()));
            }
        } else if (target instanceof Target.Review review) {
            out.addAll(pressed instanceof CallbackData.Accept ? reviews.accept(turn, review.item())
                    : reviews.askReason(turn, review.item()));
        } else if (target instanceof Target.Extension extension) {
            out.addAll(extensions.decide(turn, extension.request(), extension.item(),
                    pressed instanceof CallbackData.Approve));
        } else if (pressed instanceof CallbackData.Page page) {
            out.add(pages.edit(turn, page));
        } else if (pressed instanceof CallbackData.ImportUpload confirm) {
            out.addAll(uploads.confirm(turn, confirm.uploadId()));
        } else if (pressed instanceof CallbackData.CancelUpload cancel) {
            out.addAll(uploads.cancel(turn, cancel.uploadId()));
        } else if (pressed instanceof CallbackData.ApproveLeave leave) {
            out.addAll(followUp.leave().decide(turn, leave.leaveId(), true));
        } else if (pressed instanceof CallbackData.RefuseLeave leave) {
            out.addAll(followUp.leave().decide(turn, leave.leaveId(), false));
        } else if (pressed instanceof CallbackData.GrantRole grant) {
            out.addAll(leaderRoles.decide(turn, grant.grantId(), true));
        } else if (pressed instanceof CallbackData.DenyRole deny) {
            out.addAll(leaderRoles.decide(turn, deny.grantId(), false));
        } else if (pressed instanceof CallbackData.WebLink) {
            out.addAll(web.handle(turn));
        } else {
            out.addAll(Answers.text(in, messages.notYetAvailable()));
        }
        return out;
    }
}
