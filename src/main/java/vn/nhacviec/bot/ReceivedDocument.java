package vn.nhacviec.bot;

import vn.nhacviec.directory.RosterFile;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;

/**
 * A file an officer sent to the bot, read the way {@code import} and {@code officer import} read
 * it: a sheet whose header names a roster's columns (name, units, role) is a roster, anything else
 * a plan. Both are always the sender's own commune's: a plan that names no commune is taken as
 * theirs, one that names another is refused; a roster's lines for another commune are refused.
 * Plain Java, no I/O: the bytes come in, so the preview and the import read them alike.
 */
sealed interface ReceivedDocument {

    /** A plan, with its commune set to the sender's. */
    record PlanDocument(Plan plan, PlanSource source) implements ReceivedDocument {
    }

    /** A roster for the sender's commune. */
    record RosterDocument(RosterFile.Reading reading) implements ReceivedDocument {
    }

    /** A plan naming another commune than the sender's. */
    record OtherCommune(String planCommune) implements ReceivedDocument {
    }

    /** Nothing the bot can read; {@code reason} is Vietnamese. */
    record Unreadable(String reason) implements ReceivedDocument {
    }

    static ReceivedDocument read(String fileName, byte[] bytes, PlanReader reader, int fallbackYear, String senderCommune) {
        try {
            return readOrThrow(fileName, bytes, reader, fallbackYear, senderCommune);
        } catch (RuntimeException e) {
            // a file no reader foresaw still gets an answer, and the sender can send the Word file instead
            return new Unreadable(new PlanFileException(String.valueOf(e)).forUser());
        }
    }

    private static ReceivedDocument readOrThrow(String fileName, byte[] bytes, PlanReader reader, int fallbackYear,
                                                String senderCommune) {
        RosterFile.Reading roster = RosterFile.read(fileName, bytes, senderCommune);
        if (roster.isRoster()) {
            return new RosterDocument(roster);
        }
        PlanSource source;
        try {
            source = PlanFile.fromBytes(fileName, bytes);
        } catch (PlanFileException e) {
            return new Unreadable(e.forUser());
        }
        Plan plan = reader.read(source, fallbackYear);
        if (plan.namesAnotherCommuneThan(senderCommune)) {
            return new OtherCommune(plan.commune());
        }
        return new PlanDocument(plan.inCommune(senderCommune), source);
    }
}
