package vn.nhacviec.directory;

/** What became of a {@code /start CODE}. */
public sealed interface LinkResult {

    record Linked(LinkedOfficer officer, String communeName) implements LinkResult {
    }

    /** No such code (typo, or never issued). */
    record UnknownCode() implements LinkResult {
    }

    record AlreadyUsed() implements LinkResult {
    }

    record Expired() implements LinkResult {
    }

    /** The code's officer has been removed from the roster. */
    record OfficerRemoved() implements LinkResult {
    }
}
