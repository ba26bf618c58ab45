package vn.nhacviec.agenda;

import vn.nhacviec.directory.Officer;

/**
 * Who answers for a deadline, and who may mark it done: the officers of its lead units (a lead
 * of "ALL" — every specialised unit — concerns every officer who has a unit); the chairman and
 * vice-chairmen may act on anything of their own commune; nobody acts on another commune.
 */
public final class Responsibility {

    public static final String ALL_UNITS = "ALL";

    private Responsibility() {
    }

    public static boolean leads(Officer officer, AgendaItem item) {
        if (officer.units().isEmpty()) {
            return false;
        }
        return item.leadUnits().stream().anyMatch(u -> u.equals(ALL_UNITS) || officer.units().contains(u));
    }

    public static boolean mayComplete(Officer officer, long officerCommuneId, AgendaItem item) {
        if (officerCommuneId != item.communeId()) {
            return false;
        }
        return officer.role().leadsCommune() || leads(officer, item);
    }
}
