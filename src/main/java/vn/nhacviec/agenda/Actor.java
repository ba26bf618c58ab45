package vn.nhacviec.agenda;

import vn.nhacviec.directory.Officer;
import vn.nhacviec.directory.Role;

import java.util.Set;

/** Who wants to act on a deadline: an officer of a commune, with their role and units. */
public record Actor(long officerId, long communeId, Role role, Set<String> units) {

    public Actor {
        units = Set.copyOf(units);
    }

    public static Actor of(Officer officer, long communeId) {
        return new Actor(officer.id(), communeId, officer.role(), Set.copyOf(officer.units()));
    }
}
