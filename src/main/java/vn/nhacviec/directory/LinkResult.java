package vn.nhacviec.directory;

/** What became of a {@code /start CODE}. */
public sealed interface LinkResult {

    /** @param movedFromChat the chat the officer was linked in before, on another Telegram account (null: none) */
    record Linked(LinkedOfficer officer, String communeName, Long movedFromChat) implements LinkResult {
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
