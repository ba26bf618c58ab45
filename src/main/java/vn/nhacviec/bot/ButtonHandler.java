package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.text.CallbackData;
import vn.nhacviec.bot.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Inline buttons: "✅ #5" marks done, "↩️ Hoàn tác" undoes; every press is answered. */
@Singleton
class ButtonHandler {

    private final AgendaStore agenda;
    private final Completion completion;
    private final Messages messages;

    ButtonHandler(AgendaStore agenda, Completion completion, Messages messages) {
        this.agenda = agenda;
        this.completion = completion;
        this.messages = messages;
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
        } else {
            out.addAll(Answers.text(in, messages.notYetAvailable()));
        }
        return out;
    }
}
