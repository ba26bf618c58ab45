package vn.nhacviec.web;

import vn.nhacviec.agenda.Actor;
import vn.nhacviec.directory.Role;

/**
 * Who a web session stands for: an officer of a commune (the same {@link Actor} the bot acts for) or a
 * member of the province's staff, who reads the communes of their province and changes nothing.
 */
public sealed interface Visitor {

    String name();

    /** An officer, signed in by a link from the bot or through the Mini App. */
    record Officer(Actor actor, String name, String commune) implements Visitor {

        public long communeId() {
            return actor.communeId();
        }

        public Role role() {
            return actor.role();
        }

        /** The commune dashboard is for the chairman, the vice-chairmen and the office. */
        public boolean seesDashboard() {
            return actor.role().leadsCommune() || actor.role() == Role.OFFICE;
        }
    }

    /** Province staff, signed in with a password on /dang-nhap. */
    record ProvinceStaff(long id, String name, String province, String provinceKey) implements Visitor {
    }
}
