package vn.nhacviec.bot;

import vn.nhacviec.agenda.Actor;
import vn.nhacviec.directory.LinkedOfficer;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One message from a linked officer, with the service's notion of now. */
public record Turn(Incoming incoming, LinkedOfficer officer, ZonedDateTime now) {

    public LocalDate today() {
        return now.toLocalDate();
    }

    public long communeId() {
        return officer.communeId();
    }

    /** The officer as the access rule sees them. */
    public Actor asActor() {
        return Actor.of(officer.officer(), officer.communeId());
    }

    /** Who acted, as the audit log records it. */
    public String actor() {
        return "telegram:" + incoming.userId() + " " + officer.officer().name();
    }

    /** Where it came from, for the audit log. */
    public String source() {
        return "chat " + incoming.chatId() + " message " + incoming.messageId();
    }
}
