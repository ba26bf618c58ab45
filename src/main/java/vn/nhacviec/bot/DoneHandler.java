package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.bot.store.BotMessageStore;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.Messages;
import vn.nhacviec.messaging.MessageMemo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "xong": as a reply to a message about one deadline, marks it done; as a reply to a list, takes
 * "xong 2" as the list's second item or asks which one; "xong 12" / "xong #12" anywhere marks the
 * earliest open deadline of task #12. Text after it is kept as the completion note.
 */
@Singleton
class DoneHandler {

    private final AgendaStore agenda;
    private final BotMessageStore memory;
    private final Worklist worklist;
    private final Completion completion;
    private final Messages messages;

    DoneHandler(AgendaStore agenda, BotMessageStore memory, Worklist worklist, Completion completion, Messages messages) {
        this.agenda = agenda;
        this.memory = memory;
        this.worklist = worklist;
        this.completion = completion;
        this.messages = messages;
    }

    List<Outgoing> handle(Turn turn, BotInput.Done done) {
        Incoming in = turn.incoming();
        Optional<BotMessageStore.Remembered> replied = in.replyToMessageId() == null ? Optional.empty()
                : memory.find(in.chatId(), in.replyToMessageId()).filter(r -> !r.memo().items().isEmpty());
        if (replied.isPresent()) {
            return inReplyTo(turn, done, replied.get().memo().items());
        }
        Optional<Integer> code = done.taskCode();
        if (code.isPresent()) {
            return byTaskCode(turn, code.get(), done.note());
        }
        List<AgendaItem> open = worklist.visibleOpen(turn).stream().filter(i -> i.due() != null).toList();
        if (open.isEmpty()) {
            return Answers.list(in, turn.officer().id(), messages.myWork(List.of(), turn.today()), MessageMemo.Kind.LIST);
        }
        return Answers.list(in, turn.officer().id(), messages.whichOpen(open.subList(0, Math.min(open.size(), 20))),
                MessageMemo.Kind.QUESTION);
    }

    private List<Outgoing> inReplyTo(Turn turn, BotInput.Done done, Map<Integer, Long> items) {
        Incoming in = turn.incoming();
        if (done.itemNumber().isPresent()) {
            int n = done.itemNumber().getAsInt();
            Long id = items.get(n);
            if (id == null) {
                return Answers.text(in, messages.noSuchItem(n, items.size()));
            }
            return completeById(turn, id, done.note());
        }
        if (done.taskCode().isPresent()) {
            return byTaskCode(turn, done.taskCode().get(), done.note());
        }
        if (items.size() == 1) {
            return completeById(turn, items.values().iterator().next(), done.note());
        }
        List<AgendaItem> listed = items.values().stream().map(agenda::item).flatMap(Optional::stream)
                .filter(AgendaItem::isOpen).toList();
        if (listed.size() == 1) {
            return completion.complete(turn, listed.get(0), done.note(), in.messageId());
        }
        if (listed.isEmpty()) {
            return Answers.text(in, messages.alreadyDone(items.values().stream().map(agenda::item)
                    .flatMap(Optional::stream).findFirst().orElseThrow()));
        }
        return Answers.list(in, turn.officer().id(), messages.whichOne(listed), MessageMemo.Kind.QUESTION);
    }

    private List<Outgoing> byTaskCode(Turn turn, int code, String note) {
        List<AgendaItem> open = agenda.openOfTask(turn.communeId(), code).stream().filter(i -> i.due() != null).toList();
        if (open.isEmpty()) {
            open = agenda.openOfTask(turn.communeId(), code);
        }
        if (open.isEmpty()) {
            boolean exists = agenda.taskExists(turn.communeId(), code);
            return Answers.text(turn.incoming(), exists ? messages.nothingOpenForTask(code) : messages.noSuchTask(code));
        }
        return completion.complete(turn, open.get(0), note, turn.incoming().messageId());
    }

    private List<Outgoing> completeById(Turn turn, long deadlineId, String note) {
        return agenda.item(deadlineId)
                .map(item -> completion.complete(turn, item, note, turn.incoming().messageId()))
                .orElseGet(() -> Answers.text(turn.incoming(), messages.unknownInput()));
    }
}
