package vn.nhacviec.delegation;

import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.delegation.store.LeaveStore;
import vn.nhacviec.directory.LinkedOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leave and handover: an officer asks to hand their work to a colleague for a period; the chairman or
 * the office approves; on the days in force the colleague acts with the officer's units (reminders,
 * lists, "xong") and the officer with none. An officer who leaves the commune hands over for good.
 * The bot and the web call this; who may approve is {@link DeadlineAccess}'s rule.
 */
public class Handovers {

    /** The longest handover one request may ask for; longer absences are a permanent handover. */
    public static final int MAX_DAYS = 92;

    public enum Problem { DATES_REVERSED, ENDED, TOO_LONG, SELF, NOT_A_COLLEAGUE }

    /** What a request came to. */
    public sealed interface Requested {
        /** Filed: {@code approvers} (chairman and office, not the requester) decide. */
        record Filed(Leave leave, Officer delegate, List<RosterStore.LinkedOrNot> approvers) implements Requested {
        }

        record Refused(Problem problem) implements Requested {
        }
    }

    /** What a decision came to. */
    public sealed interface Decided {
        record Done(Leave leave, boolean approved) implements Decided {
        }

        record AlreadyDecided(Leave leave) implements Decided {
        }

        record Refused(DeadlineAccess.Refusal refusal) implements Decided {
        }

        record Unknown() implements Decided {
        }
    }

    private final LeaveStore leaves;
    private final RosterStore roster;
    private final DeadlineAccess access;

    public Handovers(LeaveStore leaves, RosterStore roster, DeadlineAccess access) {
        this.leaves = leaves;
        this.roster = roster;
        this.access = access;
    }

    /** The officer as they act on {@code day}: with the units of colleagues they cover, without their own when away. */
    public LinkedOfficer onDuty(LinkedOfficer officer, LocalDate day) {
        List<Leave> inForce = leaves.inForce(officer.communeId(), day);
        if (inForce.stream().noneMatch(l -> l.officerId() == officer.id() || l.delegateId() == officer.id())) {
            return officer;
        }
        List<String> units = unitsOn(officer.communeId(), Cover.of(inForce, day)).getOrDefault(officer.id(), List.of());
        Officer o = officer.officer();
        return new LinkedOfficer(new Officer(o.id(), o.commune(), o.name(), o.role(), units, o.linked()),
                officer.communeId(), officer.telegramUserId(), officer.chatId());
    }

    /** Every member's units on {@code day}, by officer id. */
    public Map<Long, List<String>> unitsOn(long communeId, LocalDate day) {
        return unitsOn(communeId, Cover.of(leaves.inForce(communeId, day), day));
    }

    private Map<Long, List<String>> unitsOn(long communeId, Cover cover) {
        Map<Long, List<String>> own = new LinkedHashMap<>();
        roster.members(communeId).forEach(m -> own.put(m.officer().id(), m.officer().units()));
        return cover.apply(own);
    }

    /** Who covers whom on {@code day}, in every commune (the daily scan). */
    public Cover cover(LocalDate day) {
        return Cover.of(leaves.inForce(day), day);
    }

    /** Colleagues who may receive the officer's work: active members of the same commune, by name. */
    public List<Officer> colleagues(LinkedOfficer officer) {
        return roster.members(officer.communeId()).stream().map(RosterStore.LinkedOrNot::officer)
                .filter(o -> o.id() != officer.id())
                .sorted(java.util.Comparator.comparing(Officer::name).thenComparingLong(Officer::id)).toList();
    }

    public Requested request(LinkedOfficer officer, long delegateId, LocalDate from, LocalDate to, String reason,
                             LocalDate today, String by, Instant at) {
        if (to.isBefore(from)) {
            return new Requested.Refused(Problem.DATES_REVERSED);
        }
        if (to.isBefore(today)) {
            return new Requested.Refused(Problem.ENDED);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            return new Requested.Refused(Problem.TOO_LONG);
        }
        if (delegateId == officer.id()) {
            return new Requested.Refused(Problem.SELF);
        }
        Optional<Officer> delegate = colleagues(officer).stream().filter(o -> o.id() == delegateId).findFirst();
        if (delegate.isEmpty()) {
            return new Requested.Refused(Problem.NOT_A_COLLEAGUE);
        }
        long id = leaves.request(officer.communeId(), officer.id(), delegateId, from, to, reason, by, at);
        Leave leave = leaves.find(id).orElseThrow();
        List<RosterStore.LinkedOrNot> approvers = roster.members(officer.communeId()).stream()
                .filter(m -> m.officer().id() != officer.id())
                .filter(m -> m.officer().role() == Role.CHAIRMAN || m.officer().role() == Role.OFFICE).toList();
        return new Requested.Filed(leave, delegate.get(), approvers);
    }

    public Decided decide(Actor actor, long leaveId, boolean approve, String by, Instant at) {
        Optional<Leave> leave = leaves.find(leaveId);
        if (leave.isEmpty()) {
            return new Decided.Unknown();
        }
        Optional<DeadlineAccess.Refusal> refusal = access.refusalToApproveHandover(actor, leave.get().communeId(),
                leave.get().officerId());
        if (refusal.isPresent()) {
            return new Decided.Refused(refusal.get());
        }
        if (!leave.get().isPending() || !leaves.decide(leaveId, approve, by, at)) {
            return new Decided.AlreadyDecided(leaves.find(leaveId).orElse(leave.get()));
        }
        return new Decided.Done(leaves.find(leaveId).orElseThrow(), approve);
    }

    /** Empty when {@code actor} may hand an officer's units over for good (the chairman or the office). */
    public Optional<DeadlineAccess.Refusal> mayHandOverForGood(Actor actor) {
        return access.refusalToApproveHandover(actor, actor.communeId(), -1);
    }

    /** The office reassigns the units of an officer who leaves the commune, for good; the units moved. */
    public Optional<List<String>> handOverForGood(Actor actor, long fromOfficerId, long toOfficerId, String by) {
        if (actor.communeId() != communeOf(fromOfficerId) || actor.communeId() != communeOf(toOfficerId)
                || fromOfficerId == toOfficerId || mayHandOverForGood(actor).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(leaves.reassignUnits(actor.communeId(), fromOfficerId, toOfficerId, by));
    }

    private long communeOf(long officerId) {
        return leaves.communeOf(officerId).orElse(-1L);
    }

    public Optional<Leave> find(long leaveId) {
        return leaves.find(leaveId);
    }

    public Optional<Officer> officer(long communeId, long officerId) {
        return roster.members(communeId).stream().map(RosterStore.LinkedOrNot::officer).filter(o -> o.id() == officerId)
                .findFirst();
    }
}
