package vn.nhacviec.bot.text;

import vn.nhacviec.messaging.Button;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an inline button sends back, in at most 64 bytes of ASCII:
 * {@code d:<deadlineId>} done, {@code u:<deadlineId>} undo, {@code p:<messageRef>:<n>} pick item n of a
 * list message, {@code s:<deadlineId>} snooze, {@code x:<deadlineId>} ask for an extension,
 * {@code a:<requestId>} / {@code r:<requestId>} approve or refuse an extension request,
 * {@code i:<uploadId>} / {@code c:<uploadId>} import or cancel a file sent to the bot,
 * {@code g:<grantId>} / {@code n:<grantId>} the chairman confirms or refuses a leader role,
 * {@code l:<list>:<page>} show page n of a list in place of the pressed message ("Xem tiếp"),
 * {@code w:0} send a sign-in link to the web pages.
 * {@link #decode} never throws.
 */
public sealed interface CallbackData extends Button.Data {

    int MAX_BYTES = Button.MAX_DATA_BYTES;

    /** A message reference: letters, digits, '_' and '-', 1 to 40 characters. */
    Pattern MESSAGE_REF = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Override
    String encode();

    record Done(long deadlineId) implements CallbackData {
        public Done {
            requireId(deadlineId);
        }

        public String encode() {
            return "d:" + deadlineId;
        }
    }

    /** A leader approves extension request {@code requestId}. */
    record Approve(long requestId) implements CallbackData {
        public Approve {
            requireId(requestId);
        }

        public String encode() {
            return "a:" + requestId;
        }
    }

    /** A leader refuses extension request {@code requestId}. */
    record Refuse(long requestId) implements CallbackData {
        public Refuse {
            requireId(requestId);
        }

        public String encode() {
            return "r:" + requestId;
        }
    }

    /** "✅ Nhập kế hoạch": store the previewed file {@code uploadId}. */
    record ImportUpload(long uploadId) implements CallbackData {
        public ImportUpload {
            requireId(uploadId);
        }

        public String encode() {
            return "i:" + uploadId;
        }
    }

    /** "❌ Hủy": drop the previewed file {@code uploadId}. */
    record CancelUpload(long uploadId) implements CallbackData {
        public CancelUpload {
            requireId(uploadId);
        }

        public String encode() {
            return "c:" + uploadId;
        }
    }

    /** The chairman confirms leader role grant {@code grantId}. */
    record GrantRole(long grantId) implements CallbackData {
        public GrantRole {
            requireId(grantId);
        }

        public String encode() {
            return "g:" + grantId;
        }
    }

    /** The chairman refuses leader role grant {@code grantId}. */
    record DenyRole(long grantId) implements CallbackData {
        public DenyRole {
            requireId(grantId);
        }

        public String encode() {
            return "n:" + grantId;
        }
    }

    record Undo(long deadlineId) implements CallbackData {
        public Undo {
            requireId(deadlineId);
        }

        public String encode() {
            return "u:" + deadlineId;
        }
    }

    record Pick(String messageRef, int n) implements CallbackData {
        public Pick {
            if (messageRef == null || !MESSAGE_REF.matcher(messageRef).matches()) {
                throw new IllegalArgumentException("message reference must match " + MESSAGE_REF + ": " + messageRef);
            }
            if (n < 1) {
                throw new IllegalArgumentException("item numbers start at 1: " + n);
            }
        }

        public String encode() {
            return "p:" + messageRef + ":" + n;
        }
    }

    record Snooze(long deadlineId) implements CallbackData {
        public Snooze {
            requireId(deadlineId);
        }

        public String encode() {
            return "s:" + deadlineId;
        }
    }

    record Extend(long deadlineId) implements CallbackData {
        public Extend {
            requireId(deadlineId);
        }

        public String encode() {
            return "x:" + deadlineId;
        }
    }

    /**
     * "Xem tiếp", "Xem tất cả": show page {@code page} of list {@code list} (a {@link ListKind} code) by
     * editing the pressed message. The list is computed afresh at the press.
     */
    record Page(ListKind list, int page) implements CallbackData {
        public Page {
            java.util.Objects.requireNonNull(list, "list");
            if (page < 1 || page > ListKind.MAX_PAGE) {
                throw new IllegalArgumentException("pages are 1 to " + ListKind.MAX_PAGE + ": " + page);
            }
        }

        public String encode() {
            return "l:" + list.code() + ":" + page;
        }
    }

    /** "Mở trang web" under /huongdan: send a one-time sign-in link, as /web does. */
    record WebLink() implements CallbackData {
        public String encode() {
            return "w:0";
        }
    }

    /** The button data read back; empty for anything malformed (unknown prefix, bad number, too long, null). */
    static Optional<CallbackData> decode(String data) {
        if (data == null || data.length() > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            Matcher id = CallbackPatterns.ID.matcher(data);
            if (id.matches()) {
                long value = Long.parseLong(id.group(2));
                return Optional.of(switch (id.group(1)) {
                    case "d" -> new Done(value);
                    case "u" -> new Undo(value);
                    case "s" -> new Snooze(value);
                    case "a" -> new Approve(value);
                    case "r" -> new Refuse(value);
                    case "i" -> new ImportUpload(value);
                    case "c" -> new CancelUpload(value);
                    case "g" -> new GrantRole(value);
                    case "n" -> new DenyRole(value);
                    case "w" -> new WebLink();
                    default -> new Extend(value);
                });
            }
            Matcher page = CallbackPatterns.PAGE.matcher(data);
            if (page.matches()) {
                Optional<ListKind> list = ListKind.byCode(page.group(1));
                return list.map(l -> new Page(l, Integer.parseInt(page.group(2))));
            }
            Matcher pick = CallbackPatterns.PICK.matcher(data);
            if (pick.matches()) {
                return Optional.of(new Pick(pick.group(1), Integer.parseInt(pick.group(2))));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static void requireId(long deadlineId) {
        if (deadlineId < 0) {
            throw new IllegalArgumentException("ids are not negative: " + deadlineId);
        }
    }
}

/** The decoding patterns, kept out of the interface's public members. */
final class CallbackPatterns {
    static final Pattern ID = Pattern.compile("([duxsaricgnw]):(0|[1-9][0-9]{0,18})");
    static final Pattern PAGE = Pattern.compile("l:([a-z]):([1-9][0-9]{0,2})");
    static final Pattern PICK = Pattern.compile("p:([A-Za-z0-9_-]{1,40}):([1-9][0-9]{0,9})");

    private CallbackPatterns() {
    }
}
