package vn.nhacviec.bot;

import vn.nhacviec.directory.CommuneName;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanFile;
import vn.nhacviec.plan.PlanFileException;
import vn.nhacviec.plan.PlanReader;
import vn.nhacviec.plan.PlanSource;

/**
 * A file an officer sent to the bot, read the way {@code import} reads it. A plan is always the
 * sender's own commune's: one that names no commune is taken as theirs, one that names another is
 * refused. Plain Java, no I/O: the bytes come in, so the preview and the import read them alike.
 */
sealed interface ReceivedDocument {

    /** A plan, with its commune set to the sender's. */
    record PlanDocument(Plan plan, PlanSource source) implements ReceivedDocument {
    }

    /** A plan naming another commune than the sender's. */
    record OtherCommune(String planCommune) implements ReceivedDocument {
    }

    /** Nothing the bot can read; {@code reason} is Vietnamese. */
    record Unreadable(String reason) implements ReceivedDocument {
    }

    static ReceivedDocument read(String fileName, byte[] bytes, PlanReader reader, int fallbackYear, String senderCommune) {
        PlanSource source;
        try {
            source = PlanFile.fromBytes(fileName, bytes);
        } catch (PlanFileException e) {
            return new Unreadable(e.forUser());
        }
        Plan plan = reader.read(source.text(), fallbackYear);
        if (!plan.commune().isBlank() && !CommuneName.same(plan.commune(), senderCommune)) {
            return new OtherCommune(plan.commune());
        }
        return new PlanDocument(plan.inCommune(senderCommune), source);
    }
}
