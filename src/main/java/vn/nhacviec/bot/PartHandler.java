package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.bot.text.BotInput;
import vn.nhacviec.bot.text.FollowUpMessages;
import vn.nhacviec.coordination.Parts;
import vn.nhacviec.coordination.TaskParts;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coordinated tasks: "xong phần …" and the "🧩 Xong phần của …" button report the presser's unit's part;
 * the lead unit's officers and the chairman are told which parts are in. /phoihop lists the items the
 * officer's units coordinate. Which item, and whether the officer may, is settled by {@link DeadlineGate}.
 */
@Singleton
class PartHandler {

    private final Parts parts;
    private final FollowUpMessages texts;
    private final RosterStore roster;
    private final Handovers handovers;
    private final DeadlineAccess access;

    PartHandler(Parts parts, FollowUpMessages texts, RosterStore roster, Handovers handovers, DeadlineAccess access) {
        this.parts = parts;
        this.texts = texts;
        this.roster = roster;
        this.handovers = handovers;
        this.access = access;
    }

    List<Outgoing> handle(Turn turn, BotInput.PartDone input, DeadlineGate.Target target) {
        if (target instanceof DeadlineGate.Target.Deadline deadline) {
            return report(turn, deadline.item(), input.unit());
        }
        return Answers.text(turn.incoming(), texts.whichPart());
    }

    /** The button, or the text once the item is known; {@code unitText} names one unit ("" for the officer's own). */
    List<Outgoing> report(Turn turn, AgendaItem item, String unitText) {
        List<String> named = texts.unitCodes(unitText);
        Optional<String> unit = named.isEmpty() ? Optional.empty() : Optional.of(named.get(0));
        Parts.Reported reported = parts.report(turn.asActor(), item, unit, "", turn.actor(), turn.now().toInstant(),
                turn.source());
        if (reported instanceof Parts.Reported.Already already) {
            return Answers.text(turn.incoming(), texts.partAlreadyIn(already.parts()));
        }
        if (reported instanceof Parts.Reported.Refused) {
            return Answers.text(turn.incoming(), texts.whichPart());
        }
        Parts.Reported.Done done = (Parts.Reported.Done) reported;
        List<Outgoing> out = new ArrayList<>(Answers.text(turn.incoming(), texts.partReported(done.parts(), done.units())));
        // the lead unit's officers of the day (a delegate for one away) and the chairman hear it
        Map<Long, List<String>> units = handovers.unitsOn(item.communeId(), turn.today());
        for (RosterStore.LinkedOrNot member : roster.members(item.communeId())) {
            boolean lead = !item.leadUnits().isEmpty() && units.getOrDefault(member.officer().id(), List.of()).stream()
                    .anyMatch(u -> u.equalsIgnoreCase(item.leadUnits().get(0)));
            boolean chairman = member.officer().role() == vn.nhacviec.directory.Role.CHAIRMAN;
            if ((lead || chairman) && member.chatId() != null && member.officer().id() != turn.officer().id()) {
                out.add(new Outgoing.Send(member.chatId(), texts.partNotice(done.parts(), done.units(),
                        turn.officer().officer().name()), null, MessageMemo.none()));
            }
        }
        return out;
    }

    /** /phoihop. */
    List<Outgoing> list(Turn turn) {
        List<AgendaItem> items = parts.coordinating(turn.asActor());
        Map<Long, List<String>> mine = new LinkedHashMap<>();
        items.forEach(i -> mine.put(i.deadlineId(), access.partsOf(turn.asActor().units(), i)));
        List<TaskParts> withParts = parts.parts(items);
        return Answers.list(turn.incoming(), turn.officer().id(), List.of(texts.coordinating(withParts, mine, turn.today())),
                MessageMemo.Kind.LIST);
    }
}
