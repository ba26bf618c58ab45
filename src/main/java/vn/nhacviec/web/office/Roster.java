package vn.nhacviec.web.office;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.BotIdentityStore;
import vn.nhacviec.directory.InviteQr;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterCheck;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.web.work.WorkCards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The roster operations of the office tools, the same ones `officer add | import | remove | invite` and the
 * bot's roster upload run ({@link RosterStore}, {@link RosterFile}, {@link RosterCheck}); here each result is
 * put in the page's words, with invites as t.me links and QR codes.
 */
@Singleton
class Roster {

    private final RosterStore roster;
    private final BotIdentityStore identity;
    private final RosterCheck check;
    private final WorkCards cards;

    Roster(RosterStore roster, BotIdentityStore identity, UnitCatalog units, WorkCards cards) {
        this.roster = roster;
        this.identity = identity;
        this.check = new RosterCheck(units);
        this.cards = cards;
    }

    List<RosterPage.Member> members(long communeId) {
        return roster.members(communeId).stream().map(m -> new RosterPage.Member(m.officer().id(), m.officer().name(),
                m.officer().role().title(), cards.unitNames(m.officer().units()), m.chatId() != null,
                m.chatId() != null ? "" : m.officer().linked() ? "đã chặn bot (Telegram trả lời 403)" : "chưa liên kết Telegram"))
                .toList();
    }

    List<RosterPage.RoleChoice> roles(Role giver) {
        return Arrays.stream(Role.values()).filter(giver::grants)
                .map(r -> new RosterPage.RoleChoice(r.name(), r.title())).toList();
    }

    RosterPage.Invite invite(NewOfficer added) {
        String link = identity.deepLink(added.inviteCode()).orElse("");
        String scanned = link.isEmpty() ? added.startCommand() : link;
        return new RosterPage.Invite(added.officer().name(), cards.unitNames(added.officer().units()), added.inviteCode(),
                link, InviteQr.svg(scanned, 180, "Mã QR mời " + added.officer().name()));
    }

    /** Adds one officer; the role must be one the giver may give (leader roles: the chairman). */
    RosterPage.Invite add(String commune, Role giver, String name, String unitsText, Role role, String actor) {
        if (!giver.grants(role)) {
            throw new RosterException("Chỉ Chủ tịch thêm được " + role.title() + ".");
        }
        List<String> units = unitsText == null || unitsText.isBlank() ? List.of()
                : Arrays.stream(unitsText.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return invite(roster.add(commune, name, units, role, actor));
    }

    /** The outcome of importing a roster file: who was added (with invites) and which lines were refused. */
    record Imported(List<RosterPage.Invite> invites, List<String> problems) {
    }

    Imported importFile(String commune, long communeId, Role giver, String fileName, byte[] bytes, String actor) {
        RosterFile.Reading reading = RosterFile.read(fileName, bytes, commune);
        List<String> problems = new ArrayList<>();
        reading.problems().forEach(p -> problems.add((p.wholeFile() ? "" : "Dòng " + p.lineNumber() + ": ") + p.messageVi()));
        if (!reading.isRoster() || reading.problems().stream().anyMatch(RosterFile.Problem::wholeFile)) {
            if (problems.isEmpty()) {
                problems.add("Tệp " + fileName + " không phải danh sách cán bộ (cần cột Họ và tên, Bộ phận, Chức vụ).");
            }
            return new Imported(List.of(), problems);
        }
        List<String> onRoster = roster.members(communeId).stream().map(m -> m.officer().name()).toList();
        List<RosterPage.Invite> invites = new ArrayList<>();
        for (RosterCheck.Verdict verdict : check.check(reading.lines(), onRoster)) {
            if (verdict instanceof RosterCheck.Add add) {
                if (!giver.grants(add.line().role())) {
                    problems.add("Dòng " + add.line().lineNumber() + ": chỉ Chủ tịch thêm được " + add.line().role().title() + ".");
                    continue;
                }
                try {
                    invites.add(invite(roster.add(commune, add.line().name(), add.unitCodes(), add.line().role(), actor)));
                } catch (RosterException e) {
                    problems.add("Dòng " + add.line().lineNumber() + ": " + e.getMessage());
                }
            } else if (verdict instanceof RosterCheck.AlreadyListed listed) {
                problems.add("Dòng " + listed.line().lineNumber() + ": " + listed.line().name() + " đã có trong danh sách.");
            } else if (verdict instanceof RosterCheck.Refused refused) {
                problems.add("Dòng " + refused.line().lineNumber() + ": " + refused.reason());
            }
        }
        return new Imported(invites, problems);
    }

    /** Fresh invites for everyone not linked yet, for the printable sheet. */
    List<RosterPage.Invite> invitesForUnlinked(String commune, long communeId, String actor) {
        return roster.members(communeId).stream().filter(m -> !m.officer().linked())
                .map(m -> invite(roster.invite(commune, String.valueOf(m.officer().id()), actor))).toList();
    }

    RosterPage.Invite reinvite(String commune, long officerId, String actor) {
        return invite(roster.invite(commune, String.valueOf(officerId), actor));
    }

    Officer remove(String commune, long officerId, String actor) {
        return roster.remove(commune, String.valueOf(officerId), actor);
    }

    /** Whether the officer is on this commune's roster (another commune's id: not found). */
    boolean onRoster(long communeId, long officerId) {
        return roster.members(communeId).stream().anyMatch(m -> m.officer().id() == officerId);
    }
}
