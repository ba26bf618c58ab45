package vn.nhacviec.messaging;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sent message listed, remembered so that a reply to it can be understood: the number
 * each item had in the message ("xong 2") and the deadline it stands for.
 */
public record MessageMemo(Kind kind, Long officerId, Map<Integer, Long> items) {

    /**
     * EXPLANATION: a "❓ giải trình" asked of the officer; LEAVE, HANDOVER: the guided /nghiphep and /bangiao lists;
     * REVIEW: a completion shown to the office; RETURN_REASON: "why return it?", asked of the office.
     */
    public enum Kind { LIST, CONFIRMATION, QUESTION, DIGEST, EXTENSION, OTHER, EXPLANATION, LEAVE, HANDOVER, REVIEW, RETURN_REASON }

    public MessageMemo {
        items = items == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(items));
    }

    public static MessageMemo none() {
        return new MessageMemo(Kind.OTHER, null, Map.of());
    }

    public static MessageMemo confirmation(Long officerId, long deadlineId) {
        return new MessageMemo(Kind.CONFIRMATION, officerId, Map.of(1, deadlineId));
    }

    /** The deadlines in the order the message listed them. */
    public List<Long> deadlineIds() {
        return List.copyOf(items.values());
    }
}
