package vn.nhacviec.bot;

import java.util.List;

/** What a sent message listed, remembered so that a reply to it can be understood. */
public record MessageMemo(Kind kind, Long officerId, List<Long> deadlineIds) {

    public enum Kind { LIST, CONFIRMATION, QUESTION, DIGEST, OTHER }

    public MessageMemo {
        deadlineIds = List.copyOf(deadlineIds);
    }

    public static MessageMemo none() {
        return new MessageMemo(Kind.OTHER, null, List.of());
    }
}
