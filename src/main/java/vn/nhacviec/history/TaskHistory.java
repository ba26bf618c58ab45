package vn.nhacviec.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A task's history put together from the three places that record it: the audit log (done, undo,
 * snooze, a new due date), the outbox (each reminder sent, and when) and the extension requests
 * (asked, approved, refused). Plain values in, one list out, oldest first.
 */
public final class TaskHistory {

    /** An audit-log row about one deadline ({@code subject} "deadline:ID"). */
    public record Audited(Instant at, String actor, long deadlineId, String action, String detail) {
    }

    /** A message sent by the outbox that listed some of the task's deadlines. */
    public record Sent(Instant at, String recipient, List<Long> deadlineIds, String kind) {
    }

    /** An extension request and, once decided, its decision. */
    public record Requested(Instant at, String requester, long deadlineId, LocalDate requested, String status,
                            String decidedBy, Instant decidedAt) {
    }

    private TaskHistory() {
    }

    /** @param dues each deadline's current due date, to name the obligation an event is about */
    public static List<HistoryEvent> of(List<Audited> audit, List<Sent> sent, List<Requested> requests,
                                        Map<Long, LocalDate> dues) {
        List<HistoryEvent> events = new ArrayList<>();
        for (Audited a : audit) {
            HistoryEvent.Kind kind = switch (a.action()) {
                case "DEADLINE_DONE" -> HistoryEvent.Kind.DONE;
                case "DEADLINE_REOPENED" -> HistoryEvent.Kind.REOPENED;
                case "DEADLINE_SNOOZED" -> HistoryEvent.Kind.SNOOZED;
                case "DEADLINE_EXTENDED" -> HistoryEvent.Kind.EXTENDED;
                default -> HistoryEvent.Kind.OTHER;
            };
            events.add(new HistoryEvent(a.at(), kind, person(a.actor()), dues.get(a.deadlineId()), note(kind, a.detail())));
        }
        for (Sent s : sent) {
            LocalDate due = s.deadlineIds().stream().map(dues::get).filter(d -> d != null).min(Comparator.naturalOrder())
                    .orElse(null);
            events.add(new HistoryEvent(s.at(), HistoryEvent.Kind.REMINDED, s.recipient(), due,
                    "DIGEST".equals(s.kind()) ? "bản nhắc việc hằng ngày" : "thông báo"));
        }
        for (Requested r : requests) {
            events.add(new HistoryEvent(r.at(), HistoryEvent.Kind.EXTENSION_ASKED, r.requester(), dues.get(r.deadlineId()),
                    "xin hạn mới " + DATE.format(r.requested())));
            if (r.decidedAt() != null && ("APPROVED".equals(r.status()) || "REFUSED".equals(r.status()))) {
                events.add(new HistoryEvent(r.decidedAt(), "APPROVED".equals(r.status())
                        ? HistoryEvent.Kind.EXTENSION_APPROVED : HistoryEvent.Kind.EXTENSION_REFUSED,
                        person(r.decidedBy()), dues.get(r.deadlineId()), "hạn xin: " + DATE.format(r.requested())));
            }
        }
        events.sort(Comparator.comparing(HistoryEvent::at).thenComparing(e -> e.kind().ordinal()));
        return events;
    }

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The audit log names people as "telegram:123 Nguyễn Văn A" or "web:7 Nguyễn Văn A" (channel and id
     * first, then the name); the page shows the name and the channel.
     */
    public static String person(String actor) {
        if (actor == null || actor.isBlank()) {
            return "";
        }
        String a = actor.strip();
        int space = a.indexOf(' ');
        if (a.startsWith("telegram:") && space > 0) {
            return a.substring(space + 1).strip() + " (Telegram)";
        }
        if (a.startsWith("web:") && space > 0) {
            return a.substring(space + 1).strip() + " (trang web)";
        }
        return a;
    }

    /** The audit detail's human part: a completion note, or the dates of a change; the source stays out. */
    static String note(HistoryEvent.Kind kind, String detail) {
        if (detail == null) {
            return "";
        }
        String d = detail;
        int source = d.lastIndexOf("; ");
        if (source >= 0) {
            d = d.substring(0, source);
        }
        return switch (kind) {
            case DONE -> d.contains(" note: ") ? "ghi chú: " + d.substring(d.indexOf(" note: ") + 7).strip() : "";
            case EXTENDED -> dates(d.contains(" -> ") ? "hạn mới " + d.substring(d.indexOf(" -> ") + 4).strip() : "");
            case SNOOZED -> dates(d.contains(" until ") ? "nhắc lại từ " + d.substring(d.indexOf(" until ") + 7).strip() : "");
            default -> "";
        };
    }

    /** ISO dates in a note (as the audit log writes them) shown as dd/MM/yyyy. */
    private static String dates(String text) {
        return text.replaceAll("(\\d{4})-(\\d{2})-(\\d{2})", "$3/$2/$1");
    }
}
