package vn.nhacviec.reminder;

import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;

import java.util.List;
import java.util.Objects;

/**
 * An officer as the policy sees them.
 *
 * @param units     unit codes the officer answers for (the chairman may have none)
 * @param reachable linked to Telegram and not known to have blocked the bot
 */
public record Recipient(long officerId, long communeId, String name, Role role, List<String> units, boolean reachable) {

    public Recipient {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name;
        units = List.copyOf(units);
    }

    /** The directory's officer in the commune with id {@code communeId} (the directory names communes). */
    public static Recipient of(Officer officer, long communeId) {
        return new Recipient(officer.id(), communeId, officer.name(), officer.role(), officer.units(), officer.linked());
    }

    public boolean hasUnit(String code) {
        return units.stream().anyMatch(u -> u.equalsIgnoreCase(code));
    }
}
