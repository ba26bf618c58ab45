package vn.nhacviec.directory.store;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.nhacviec.audit.AuditStore;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.InviteCodes;
import vn.nhacviec.directory.LeaderListener;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.LinkedOfficer;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.RosterException;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.store.Jdbc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The officers of each commune: adding, listing, removing, and their invite codes. */
@Singleton
public class RosterStore {

    static final Duration INVITE_LIFETIME = Duration.ofDays(7);

    private final CommuneStore communes;
    private final OfficerRepository officers;
    private final OfficerUnitRepository officerUnits;
    private final InviteRepository invites;
    private final UnitCatalog units;
    private final AuditStore audit;
    private final Clock clock;
    private final InviteCodes codes;
    private final RoleGrantRepository grants;
    private final List<LeaderListener> leaderListeners;
    private final Jdbc jdbc;

    public RosterStore(CommuneStore communes, OfficerRepository officers, OfficerUnitRepository officerUnits,
                       InviteRepository invites, UnitCatalog units, AuditStore audit, Clock clock, InviteCodes codes,
                       RoleGrantRepository grants, List<LeaderListener> leaderListeners, JdbcOperations jdbc) {
        this.jdbc = new Jdbc(jdbc);
        this.codes = codes;
        this.grants = grants;
        this.leaderListeners = List.copyOf(leaderListeners);
        this.communes = communes;
        this.officers = officers;
        this.officerUnits = officerUnits;
        this.invites = invites;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public NewOfficer add(String communeName, String name, List<String> unitNames, Role role, String actor) {
        CommuneRecord commune = communes.require(communeName);
        String tidyName = VietnameseText.tidy(name);
        if (tidyName.isEmpty()) {
            throw new RosterException("officer name is empty");
        }
        List<String> unitCodes = unitCodes(unitNames);
        if (unitCodes.isEmpty() && !role.leadsCommune()) {
            throw new RosterException("an officer with role '" + role.option() + "' needs at least one unit (--unit CODE)");
        }
        OfficerRecord saved = officers.save(new OfficerRecord(null, commune.id(), tidyName, role.name(),
                null, null, true, now(), null, null));
        unitCodes.forEach(code -> officerUnits.save(OfficerUnitRecord.of(saved.id(), code)));
        audit.record(actor, commune.id(), "OFFICER_ADDED", "officer:" + saved.id(),
                tidyName + " (" + role.option() + ") " + String.join(",", unitCodes));
        Officer added = toOfficer(saved, commune.name(), unitCodes);
        if (role.leadsCommune()) {
            announceLeader(commune.id(), added, actor, null);
        }
        return new NewOfficer(added, newInvite(saved.id()));
    }

    /**
     * Someone the office listed as a leader: added as an officer without units and without an
     * invite code, until the chairman confirms the role ({@link #decideLeader}). Returns the grant to confirm.
     */
    @Transactional
    public PendingLeader addPendingLeader(String communeName, String name, List<String> unitNames, Role role,
                                          long requestedByOfficer, String actor) {
        if (!role.leadsCommune()) {
            throw new IllegalArgumentException("only leader roles wait for the chairman: " + role);
        }
        CommuneRecord commune = communes.require(communeName);
        String tidyName = VietnameseText.tidy(name);
        if (tidyName.isEmpty()) {
            throw new RosterException("officer name is empty");
        }
        List<String> unitCodes = unitCodes(unitNames);
        OfficerRecord saved = officers.save(new OfficerRecord(null, commune.id(), tidyName, Role.OFFICER.name(),
                null, null, true, now(), null, null));
        unitCodes.forEach(code -> officerUnits.save(OfficerUnitRecord.of(saved.id(), code)));
        RoleGrantRecord grant = grants.save(new RoleGrantRecord(null, commune.id(), saved.id(), role.name(),
                requestedByOfficer, actor, "PENDING", now(), null, null));
        audit.record(actor, commune.id(), "LEADER_ROLE_ASKED", "officer:" + saved.id(),
                tidyName + " (" + role.option() + ") waits for the chairman, grant " + grant.id());
        return new PendingLeader(grant.id(), toOfficer(saved, commune.name(), unitCodes), role,
                members(commune.id()).stream().filter(m -> m.officer().role() == Role.CHAIRMAN)
                        .map(m -> m.officer().id()).toList());
    }

    /** A leader role waiting for the chairman; {@code chairmen} are the officer ids to ask. */
    public record PendingLeader(long grantId, Officer officer, Role role, List<Long> chairmen) {
    }

    /** What became of the chairman's decision on a grant. */
    public sealed interface LeaderDecision {
        /** Granted: the new leader's invite code, to hand over in person. */
        record Granted(NewOfficer leader, Long requestedByOfficer) implements LeaderDecision {
        }

        /** Refused: the listed person is taken off the roster. */
        record Refused(Officer removed, Long requestedByOfficer) implements LeaderDecision {
        }

        /** Not this chairman's to decide (another commune, or not the chairman). */
        record NotYours() implements LeaderDecision {
        }

        record AlreadyDecided() implements LeaderDecision {
        }
    }

    /** The chairman {@code chairmanId} confirms or refuses grant {@code grantId}; only once, only in their commune. */
    @Transactional
    public LeaderDecision decideLeader(long grantId, long chairmanId, boolean grant, String actor) {
        Optional<RoleGrantRecord> found = grants.findById(grantId);
        Optional<OfficerRecord> chairman = officers.findById(chairmanId).filter(OfficerRecord::active);
        if (found.isEmpty() || chairman.isEmpty() || !Role.valueOf(chairman.get().role()).grants(Role.valueOf(found.get().role()))
                || !chairman.get().communeId().equals(found.get().communeId())) {
            return new LeaderDecision.NotYours();
        }
        RoleGrantRecord pending = found.get();
        if (grants.decide(grantId, grant ? "GRANTED" : "REFUSED", actor, now()) == 0) {
            return new LeaderDecision.AlreadyDecided();
        }
        CommuneRecord commune = communes.byId(pending.communeId());
        OfficerRecord officer = officers.findById(pending.officerId()).orElseThrow();
        if (!officer.active()) {
            return new LeaderDecision.AlreadyDecided();
        }
        List<String> unitCodes = officerUnits.findUnitCodes(officer.id());
        if (!grant) {
            OfficerRecord removed = officers.update(officer.removed(now()));
            audit.record(actor, commune.id(), "LEADER_ROLE_REFUSED", "officer:" + officer.id(), officer.name());
            return new LeaderDecision.Refused(toOfficer(removed, commune.name(), unitCodes), pending.requestedByOfficer());
        }
        Role role = Role.valueOf(pending.role());
        OfficerRecord leader = officers.update(officer.withRole(role.name()));
        audit.record(actor, commune.id(), "LEADER_ROLE_GRANTED", "officer:" + officer.id(),
                officer.name() + " (" + role.option() + ")");
        Officer granted = toOfficer(leader, commune.name(), unitCodes);
        announceLeader(commune.id(), granted, actor, chairmanId);
        return new LeaderDecision.Granted(new NewOfficer(granted, newInvite(officer.id())), pending.requestedByOfficer());
    }

    private void announceLeader(long communeId, Officer leader, String actor, Long grantedBy) {
        List<Long> chairmen = officers.findByCommuneIdAndActiveOrderByName(communeId, true).stream()
                .filter(o -> Role.valueOf(o.role()) == Role.CHAIRMAN)
                .map(OfficerRecord::id)
                .filter(id -> !id.equals(leader.id()) && !id.equals(grantedBy))
                .toList();
        leaderListeners.forEach(l -> l.leaderAdded(communeId, leader, chairmen, actor));
    }

    /** A fresh invite for an officer already on the roster (the old ones stay valid until used or expired). */
    @Transactional
    public NewOfficer invite(String communeName, String name, String actor) {
        CommuneRecord commune = communes.require(communeName);
        OfficerRecord officer = one(commune, name);
        audit.record(actor, commune.id(), "INVITE_ISSUED", "officer:" + officer.id(), officer.name());
        return new NewOfficer(toOfficer(officer, commune.name(), officerUnits.findUnitCodes(officer.id())),
                newInvite(officer.id()));
    }

    @Transactional
    public List<Officer> list(Optional<String> communeName) {
        List<CommuneRecord> scope = communeName.map(n -> List.of(communes.require(n)))
                .orElseGet(() -> communes.all());
        List<Officer> result = new ArrayList<>();
        for (CommuneRecord commune : scope) {
            for (OfficerRecord officer : officers.findByCommuneIdAndActiveOrderByName(commune.id(), true)) {
                result.add(toOfficer(officer, commune.name(), officerUnits.findUnitCodes(officer.id())));
            }
        }
        return result;
    }

    /** Removes an officer at once: their Telegram link is cut and their invites die with them. */
    @Transactional
    public Officer remove(String communeName, String nameOrId, String actor) {
        CommuneRecord commune = communes.require(communeName);
        OfficerRecord officer = one(commune, nameOrId);
        OfficerRecord removed = officers.update(officer.removed(now()));
        audit.record(actor, commune.id(), "OFFICER_REMOVED", "officer:" + officer.id(), officer.name());
        return toOfficer(removed, commune.name(), officerUnits.findUnitCodes(officer.id()));
    }

    /**
     * Links a Telegram account to the officer whose invite code this is. Codes are single-use and
     * expire; using one ends the officer's other outstanding codes. A Telegram account linked before
     * to someone else moves to this officer; an officer linked before to another account moves to
     * this one, and the result names the old chat so it can be told.
     */
    @Transactional
    public LinkResult link(String code, long telegramUserId, long chatId) {
        if (code == null || code.isBlank()) {
            return new LinkResult.UnknownCode();
        }
        Optional<InviteRecord> found = invites.findByCodeHashIn(codes.storedForms(code)).stream().findFirst();
        if (found.isEmpty()) {
            return new LinkResult.UnknownCode();
        }
        InviteRecord invite = found.get();
        Instant now = now();
        if (invite.usedAt() != null) {
            return new LinkResult.AlreadyUsed();
        }
        if (!now.isBefore(invite.expiresAt())) {
            return new LinkResult.Expired();
        }
        OfficerRecord officer = officers.findById(invite.officerId()).orElseThrow();
        if (!officer.active()) {
            return new LinkResult.OfficerRemoved();
        }
        if (invites.use(invite.id(), now) == 0) {
            return new LinkResult.AlreadyUsed(); // someone else sent the same code at the same moment
        }
        invites.expireOthers(officer.id(), invite.id(), now);
        for (OfficerRecord previous : officers.findByTelegramUserIdAndActive(telegramUserId, true)) {
            if (!previous.id().equals(officer.id())) {
                officers.update(previous.withTelegram(null, null));
            }
        }
        Long movedFrom = officer.telegramUserId() != null && officer.telegramUserId() != telegramUserId
                ? officer.telegramChatId() : null;
        OfficerRecord linked = officers.update(officer.withTelegram(telegramUserId, chatId));
        CommuneRecord commune = communes.byId(linked.communeId());
        audit.record("telegram:" + telegramUserId, commune.id(), "OFFICER_LINKED", "officer:" + linked.id(),
                linked.name() + " chat " + chatId + (movedFrom == null ? "" : ", moved from chat " + movedFrom));
        return new LinkResult.Linked(linkedOfficer(linked, commune.name()), commune.name(), movedFrom);
    }

    /**
     * The active officer this Telegram account belongs to, if any: removed officers lose access at once.
     * One read (officer, commune and units joined), since every bot turn starts with it.
     */
    @Transactional
    public Optional<LinkedOfficer> byTelegramUser(long telegramUserId) {
        record Row(long id, long communeId, String commune, String name, String role, long chatId, String unit) {
        }
        List<Row> rows = jdbc.list("SELECT o.id, o.commune_id, c.name AS commune, o.name, o.role, o.telegram_chat_id, "
                        + "ou.unit_code FROM officer o JOIN commune c ON c.id = o.commune_id "
                        + "LEFT JOIN officer_unit ou ON ou.officer_id = o.id "
                        + "WHERE o.telegram_user_id = ? AND o.active = TRUE ORDER BY o.id, ou.unit_code",
                rs -> new Row(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("commune"), rs.getString("name"),
                        rs.getString("role"), rs.getLong("telegram_chat_id"), rs.getString("unit_code")),
                telegramUserId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        List<String> units = rows.stream().filter(r -> r.id() == first.id() && r.unit() != null).map(Row::unit).toList();
        return Optional.of(new LinkedOfficer(new Officer(first.id(), first.commune(), first.name(), Role.valueOf(first.role()),
                units, true), first.communeId(), telegramUserId, first.chatId()));
    }

    /** An active officer by id, with their commune (linked to Telegram or not): who a web session stands for. */
    @Transactional
    public Optional<LinkedOrNot> activeOfficer(long officerId) {
        return officers.findById(officerId).filter(OfficerRecord::active)
                .map(o -> new LinkedOrNot(toOfficer(o, communes.byId(o.communeId()).name(),
                        officerUnits.findUnitCodes(o.id())), o.telegramChatId()));
    }

    /** The commune id of an active officer. */
    @Transactional
    public Optional<Long> communeOf(long officerId) {
        return officers.findById(officerId).filter(OfficerRecord::active).map(OfficerRecord::communeId);
    }

    /** Active officers of a commune with their units, for the bot and the reminders. */
    @Transactional
    public List<LinkedOrNot> members(long communeId) {
        return membersOfCommunes(communeId, communeId).getOrDefault(communeId, List.of());
    }

    /**
     * The active officers of the communes with ids {@code first..last}, by commune, each commune's by name:
     * two range reads on the officer's commune index (officers, then their units), whatever the number of
     * officers — the daily scan reads the country's roster a batch of communes at a time.
     */
    @Transactional
    public Map<Long, List<LinkedOrNot>> membersOfCommunes(long first, long last) {
        Map<Long, List<String>> unitsByOfficer = new HashMap<>();
        jdbc.list("SELECT ou.officer_id, ou.unit_code FROM officer_unit ou JOIN officer o ON o.id = ou.officer_id "
                        + "WHERE o.commune_id BETWEEN ? AND ? AND o.active = TRUE ORDER BY ou.officer_id, ou.unit_code",
                rs -> Map.entry(rs.getLong(1), rs.getString(2)), first, last)
                .forEach(e -> unitsByOfficer.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<LinkedOrNot>> result = new TreeMap<>();
        jdbc.list("SELECT o.id, o.commune_id, c.name AS commune, o.name, o.role, o.telegram_user_id, o.telegram_chat_id, "
                        + "o.unreachable_at FROM officer o JOIN commune c ON c.id = o.commune_id "
                        + "WHERE o.commune_id BETWEEN ? AND ? AND o.active = TRUE ORDER BY o.commune_id, o.name, o.id", rs -> {
                    long id = rs.getLong("id");
                    rs.getLong("telegram_user_id");
                    boolean linked = !rs.wasNull();
                    long chatId = rs.getLong("telegram_chat_id");
                    Long chat = rs.wasNull() || rs.getTimestamp("unreachable_at") != null ? null : chatId;
                    Officer officer = new Officer(id, rs.getString("commune"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                            unitsByOfficer.getOrDefault(id, List.of()), linked);
                    return Map.entry(rs.getLong("commune_id"), new LinkedOrNot(officer, chat));
                }, first, last)
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return result;
    }

    /** An officer and the chat to reach them in (null when not linked, or when they blocked the bot). */
    public record LinkedOrNot(Officer officer, Long chatId) {
    }

    /** The chat of an active, reachable officer. */
    @Transactional
    public Optional<Long> chatOf(long officerId) {
        return officers.findById(officerId).filter(RosterStore::reachable).map(OfficerRecord::telegramChatId);
    }

    /** Officer id → chat, for those of {@code officerIds} who are active, reachable and linked (one query). */
    @Transactional
    public Map<Long, Long> chatsOf(Collection<Long> officerIds) {
        Map<Long, Long> chats = new HashMap<>();
        if (!officerIds.isEmpty()) {
            for (OfficerRecord o : officers.findByIdIn(officerIds)) {
                if (reachable(o) && o.telegramChatId() != null) {
                    chats.put(o.id(), o.telegramChatId());
                }
            }
        }
        return chats;
    }

    private static boolean reachable(OfficerRecord officer) {
        return officer.active() && officer.unreachableAt() == null;
    }

    /** Telegram said the officer blocked the bot: stop sending until they link again. */
    @Transactional
    public Optional<Officer> markUnreachable(long officerId, String reason) {
        return officers.findById(officerId).filter(OfficerRecord::active).map(o -> {
            OfficerRecord marked = officers.update(o.unreachable(now()));
            audit.record("system", o.communeId(), "OFFICER_UNREACHABLE", "officer:" + o.id(), reason);
            return toOfficer(marked, communes.byId(o.communeId()).name(), officerUnits.findUnitCodes(o.id()));
        });
    }

    private LinkedOfficer linkedOfficer(OfficerRecord o, String communeName) {
        return new LinkedOfficer(toOfficer(o, communeName, officerUnits.findUnitCodes(o.id())), o.communeId(),
                o.telegramUserId(), o.telegramChatId());
    }

    private OfficerRecord one(CommuneRecord commune, String nameOrId) {
        String wanted = nameOrId.strip();
        if (wanted.matches("\\d+")) {
            Optional<OfficerRecord> byId = officers.findById(Long.parseLong(wanted))
                    .filter(o -> o.active() && o.communeId().equals(commune.id()));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<OfficerRecord> matches = officers.findByCommuneIdAndActiveOrderByName(commune.id(), true).stream()
                .filter(o -> VietnameseText.sameWords(o.name(), wanted)).toList();
        if (matches.isEmpty()) {
            throw new RosterException("no officer '" + wanted + "' in " + commune.name() + " (see: officer list --commune \""
                    + commune.name() + "\")");
        }
        if (matches.size() > 1) {
            throw new RosterException(matches.size() + " officers are named '" + wanted + "' in " + commune.name()
                    + "; give the id from 'officer list' instead");
        }
        return matches.get(0);
    }

    private List<String> unitCodes(List<String> unitNames) {
        Set<String> result = new LinkedHashSet<>();
        for (String name : unitNames) {
            if (name.isBlank()) {
                continue;
            }
            Unit unit = units.byCode(name).orElseThrow(() -> new RosterException("unknown unit '" + name
                    + "'; known units: " + String.join(", ", units.units().stream().map(Unit::code).toList())));
            result.add(unit.code());
        }
        return List.copyOf(result);
    }

    private String newInvite(Long officerId) {
        String code = codes.next();
        Instant now = now();
        invites.save(new InviteRecord(null, officerId, codes.hash(code), now, now.plus(INVITE_LIFETIME), null));
        return code;
    }

    private static Officer toOfficer(OfficerRecord record, String commune, List<String> unitCodes) {
        return new Officer(record.id(), commune, record.name(), Role.valueOf(record.role()), unitCodes,
                record.telegramUserId() != null);
    }

    private Instant now() {
        return Jdbc.stored(clock.instant());
    }
}
