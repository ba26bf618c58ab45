package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.bot.text.EvidenceMessages;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.evidence.DocumentNumber;
import vn.nhacviec.evidence.DocumentProduct;
import vn.nhacviec.evidence.Evidence;
import vn.nhacviec.evidence.store.EvidenceKeeper;
import vn.nhacviec.evidence.store.EvidenceSettings;
import vn.nhacviec.evidence.store.EvidenceStore;
import vn.nhacviec.messaging.MessageMemo;
import vn.nhacviec.messaging.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What "xong" adds about evidence: a document number in its note is kept; a task whose product is
 * a document gets a line asking (not insisting) for the evidence; kept evidence is shown to the
 * office with "✔️ Chấp nhận" / "↩️ Trả lại".
 */
@Singleton
class EvidenceAtCompletion {

    /** The confirmation's extra line, and the notices to the office. */
    record Added(String line, List<Outgoing> notices) {
        Reply confirmation(Reply confirmed) {
            return line.isEmpty() ? confirmed : new Reply(confirmed.html() + "\n\n" + line, confirmed.keyboard(),
                    confirmed.numbered());
        }
    }

    private final EvidenceKeeper keeper;
    private final EvidenceStore store;
    private final EvidenceMessages messages;
    private final EvidenceSettings settings;
    private final RosterStore roster;

    EvidenceAtCompletion(EvidenceKeeper keeper, EvidenceStore store, EvidenceMessages messages, EvidenceSettings settings,
                         RosterStore roster) {
        this.keeper = keeper;
        this.store = store;
        this.messages = messages;
        this.settings = settings;
        this.roster = roster;
    }

    Added atCompletion(Turn turn, AgendaItem item, String note, boolean fileFollows) {
        Optional<DocumentNumber> number = DocumentNumber.find(note);
        if (number.isPresent()) {
            keeper.recordNumber(item.communeId(), item.deadlineId(), turn.officer().id(), number.get(), turn.now().toInstant());
            // with a file the office hears once, when the file is stored
            return new Added(messages.numberKept(number.get()), fileFollows ? List.of() : notices(turn, item));
        }
        if (!fileFollows && DocumentProduct.isDocument(store.productOf(item.deadlineId()))) {
            return new Added(messages.askForEvidence((int) settings.window().toMinutes()), List.of());
        }
        return new Added("", List.of());
    }

    /** The office (else the leaders) of the commune hear of the kept evidence, with the review buttons. */
    List<Outgoing> notices(Turn turn, AgendaItem item) {
        List<Evidence> kept = store.ofDeadline(item.deadlineId()).stream()
                .filter(e -> e.state() != Evidence.State.REFUSED).toList();
        if (kept.isEmpty()) {
            return List.of();
        }
        List<RosterStore.LinkedOrNot> members = roster.members(turn.communeId()).stream()
                .filter(m -> m.chatId() != null && m.officer().id() != turn.officer().id()).toList();
        List<RosterStore.LinkedOrNot> reviewers = members.stream().filter(m -> m.officer().role() == Role.OFFICE).toList();
        if (reviewers.isEmpty()) {
            reviewers = members.stream().filter(m -> m.officer().role().leadsCommune()).toList();
        }
        Reply notice = messages.reviewNotice(item, turn.officer().officer().name(), kept);
        List<Outgoing> out = new ArrayList<>();
        for (RosterStore.LinkedOrNot reviewer : reviewers) {
            out.add(new Outgoing.Send(reviewer.chatId(), notice, null,
                    new MessageMemo(MessageMemo.Kind.REVIEW, reviewer.officer().id(), Map.of(1, item.deadlineId()))));
        }
        return out;
    }
}
