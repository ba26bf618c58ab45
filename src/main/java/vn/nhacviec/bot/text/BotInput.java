package vn.nhacviec.bot.text;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What a user's message means to the bot; see {@link InputParser}. */
public sealed interface BotInput {

    /** {@code /start CODE}: link this Telegram account with the invitation code (empty when none was given). */
    record Start(String code) implements BotInput {
        public Start {
            code = code == null ? "" : code;
        }
    }

    /** /viec, "việc", "việc của tôi": the officer's open items. */
    record MyWork() implements BotInput {
    }

    /** /sapden, "sắp đến hạn": items due in the next seven days. */
    record Upcoming() implements BotInput {
    }

    /** /quahan, "quá hạn": overdue items (the whole commune for leaders). */
    record Overdue() implements BotInput {
    }

    /** /tiendo, "tiến độ": progress figures. */
    /** /thuongxuyen: the continuous tasks, which the other lists only count. */
    record Continuous() implements BotInput {
    }

    record Progress() implements BotInput {
    }

    /** /huongdan, /help, "hướng dẫn", "?". */
    record Help() implements BotInput {
    }

    /** /web, "trang web": a one-time sign-in link to the web pages. */
    record Web() implements BotInput {
    }

    /** /baocao, "báo cáo": reserved for a later feature. */
    record Report() implements BotInput {
    }

    /**
     * "xong", "đã xong", "hoàn thành", optionally followed by a number and a note.
     * {@code #12} fills only {@code taskCode}; a bare number fills both fields, and the handler decides:
     * in reply to a list it is the list position, otherwise the task code.
     *
     * @param note what the officer wrote after the number, separators stripped; empty when none
     */
    record Done(OptionalInt itemNumber, Optional<Integer> taskCode, String note) implements BotInput {
        public Done {
            itemNumber = Objects.requireNonNullElse(itemNumber, OptionalInt.empty());
            taskCode = Objects.requireNonNullElse(taskCode, Optional.empty());
            note = note == null ? "" : note;
        }

        /** "xong" alone. */
        public static Done plain() {
            return new Done(OptionalInt.empty(), Optional.empty(), "");
        }

        public boolean hasNote() {
            return !note.isEmpty();
        }
    }

    /** "hoàn tác", /hoantac: undo the completion the message replies to (or the last one). */
    record Undo() implements BotInput {
    }

    /** Anything else; {@code text} is the message as typed, stripped ("" for null or blank). */
    record Unknown(String text) implements BotInput {
        public Unknown {
            text = text == null ? "" : text;
        }
    }
}
