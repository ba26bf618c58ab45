package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.BotIdentityStore;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.List;

/** The chairman's "✅ Xác nhận" / "❌ Không" on a leader the office listed; the code goes to the chairman. */
@Singleton
class LeaderRoleHandler {

    private final RosterStore roster;
    private final AccessMessages messages;
    private final BotIdentityStore identity;

    LeaderRoleHandler(RosterStore roster, AccessMessages messages, BotIdentityStore identity) {
        this.roster = roster;
        this.messages = messages;
        this.identity = identity;
    }

    List<Outgoing> decide(Turn turn, long grantId, boolean grant) {
        RosterStore.LeaderDecision decision = roster.decideLeader(grantId, turn.officer().id(), grant, turn.actor());
        List<Outgoing> out = new ArrayList<>();
        Long requester = null;
        Reply forRequester = null;
        if (decision instanceof RosterStore.LeaderDecision.Granted granted) {
            NewOfficer leader = granted.leader();
            out.addAll(Answers.text(turn.incoming(), messages.leaderConfirmed(leader.officer().name(), leader.officer().role(),
                    leader.inviteCode(), identity.deepLink(leader.inviteCode()).orElse(null))));
            requester = granted.requestedByOfficer();
            // the office hears the decision, never the code
            forRequester = messages.leaderGrantedForOffice(leader.officer().name(), leader.officer().role());
        } else if (decision instanceof RosterStore.LeaderDecision.Refused refused) {
            out.addAll(Answers.text(turn.incoming(), messages.leaderRefused(refused.removed().name())));
            requester = refused.requestedByOfficer();
            forRequester = messages.leaderRefused(refused.removed().name());
        } else if (decision instanceof RosterStore.LeaderDecision.AlreadyDecided) {
            out.addAll(Answers.text(turn.incoming(), messages.grantAlreadyDecided()));
        } else {
            out.addAll(Answers.text(turn.incoming(), messages.chairmanOnly()));
        }
        if (requester != null) {
            Reply told = forRequester;
            roster.chatOf(requester).filter(chat -> chat != turn.incoming().chatId())
                    .ifPresent(chat -> out.add(new Outgoing.Send(chat, told, null, MessageMemo.none())));
        }
        return out;
    }
}
