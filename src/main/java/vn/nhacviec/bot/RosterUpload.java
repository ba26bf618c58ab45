package vn.nhacviec.bot;

import jakarta.inject.Singleton;
import vn.nhacviec.bot.store.BotIdentityStore;
import vn.nhacviec.bot.store.PendingUploadStore;
import vn.nhacviec.bot.text.AccessMessages;
import vn.nhacviec.messaging.Reply;
import vn.nhacviec.bot.text.RosterMessages;
import vn.nhacviec.bot.text.UploadMessages;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.RosterCheck;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.messaging.MessageMemo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A roster file sent by the office: the preview says who will be added, who is already listed and
 * which lines are refused; on confirmation each new officer is added and their invite comes back
 * to the sender to hand over. Sending the same file twice adds nobody twice. A leader listed by
 * someone other than the chairman waits for the chairman's confirmation, and their code goes to the
 * chairman, never to the sender.
 */
@Singleton
class RosterUpload {

    private final RosterStore roster;
    private final PendingUploadStore uploads;
    private final RosterCheck check;
    private final RosterMessages messages;
    private final BotIdentityStore identity;
    private final AccessMessages access;

    RosterUpload(RosterStore roster, PendingUploadStore uploads, UnitCatalog units, RosterMessages messages, BotIdentityStore identity,
                 AccessMessages access) {
        this.access = access;
        this.roster = roster;
        this.uploads = uploads;
        this.check = new RosterCheck(units);
        this.messages = messages;
        this.identity = identity;
    }

    List<Outgoing> preview(Turn turn, String fileName, byte[] bytes, RosterFile.Reading reading) {
        String commune = turn.officer().officer().commune();
        List<RosterCheck.Verdict> verdicts = verdicts(commune, reading);
        List<Reply> parts = messages.preview(fileName, commune, verdicts, problems(reading));
        if (verdicts.stream().anyMatch(v -> v instanceof RosterCheck.Add)) {
            long id = uploads.create(turn.communeId(), turn.officer().id(), PendingUploadStore.Kind.ROSTER, fileName, bytes,
                    turn.now().toInstant());
            parts = UploadMessages.withDecisionButtons(parts, "✅ Nhập danh sách", id);
        }
        return sendAll(turn, parts);
    }

    /** Adds the officers the file still adds now (the roster may have changed since the preview). */
    List<Outgoing> confirm(Turn turn, PendingUploadStore.Upload upload) {
        if (!uploads.decide(upload.id(), true, turn.now().toInstant())) {
            return List.of();
        }
        String commune = turn.officer().officer().commune();
        RosterFile.Reading reading = RosterFile.read(upload.fileName(), upload.content(), commune);
        List<RosterMessages.Invited> invited = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> awaitingChairman = new ArrayList<>();
        List<Outgoing> toChairmen = new ArrayList<>();
        for (RosterCheck.Verdict verdict : verdicts(commune, reading)) {
            if (verdict instanceof RosterCheck.Add add && !turn.officer().role().grants(add.line().role())) {
                // only the chairman gives a leader role: the office's line waits for the chairman, without a code
                try {
                    RosterStore.PendingLeader pending = roster.addPendingLeader(commune, add.line().name(), add.unitCodes(),
                            add.line().role(), turn.officer().id(), turn.actor());
                    awaitingChairman.add(pending.officer().name());
                    for (long chairman : pending.chairmen()) {
                        roster.chatOf(chairman).ifPresent(chat -> toChairmen.add(new Outgoing.Send(chat,
                                access.confirmLeader(pending.grantId(), pending.officer().name(), pending.role(),
                                        turn.officer().officer().name()), null, MessageMemo.none())));
                    }
                } catch (RosterException e) {
                    failed.add("Dòng " + add.line().lineNumber() + ": chưa thêm được " + add.line().name()
                            + "; đồng chí báo cán bộ quản trị hệ thống.");
                }
            } else if (verdict instanceof RosterCheck.Add add) {
                try {
                    NewOfficer added = roster.add(commune, add.line().name(), add.unitCodes(), add.line().role(), turn.actor());
                    invited.add(new RosterMessages.Invited(added.officer().name(), added.officer().role(),
                            added.officer().units(), added.inviteCode(), identity.deepLink(added.inviteCode())));
                } catch (RosterException e) {
                    failed.add("Dòng " + add.line().lineNumber() + ": chưa thêm được " + add.line().name()
                            + "; đồng chí báo cán bộ quản trị hệ thống.");
                }
            }
        }
        List<Outgoing> out = new ArrayList<>(sendAll(turn, messages.imported(commune, invited, failed)));
        if (!awaitingChairman.isEmpty()) {
            out.addAll(Answers.text(turn.incoming(), access.leadersAwaitChairman(awaitingChairman)));
        }
        out.addAll(toChairmen);
        return out;
    }

    private List<RosterCheck.Verdict> verdicts(String commune, RosterFile.Reading reading) {
        List<String> onRoster = roster.list(Optional.of(commune)).stream().map(Officer::name).toList();
        return check.check(reading.lines(), onRoster);
    }

    private static List<RosterMessages.LineProblem> problems(RosterFile.Reading reading) {
        return reading.problems().stream().map(p -> new RosterMessages.LineProblem(p.lineNumber(), p.messageVi())).toList();
    }

    private static List<Outgoing> sendAll(Turn turn, List<Reply> parts) {
        return parts.stream().<Outgoing>map(p -> new Outgoing.Send(turn.incoming().chatId(), p, null, MessageMemo.none()))
                .toList();
    }
}
