package vn.nhacviec.history;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a task: a reminder sent, done or taken back, a snooze, an extension asked
 * or decided. {@code due} names the obligation it concerns (null when the task as a whole).
 */
public record HistoryEvent(Instant at, Kind kind, String who, LocalDate due, String detail) {

    public enum Kind {
        REMINDED("Đã nhắc"),
        DONE("Hoàn thành"),
        REOPENED("Hoàn tác"),
        SNOOZED("Hoãn nhắc"),
        EXTENSION_ASKED("Xin gia hạn"),
        EXTENSION_APPROVED("Đồng ý gia hạn"),
        EXTENSION_REFUSED("Không đồng ý gia hạn"),
        EXTENDED("Đổi hạn"),
        OTHER("Thay đổi");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the page names it. */
        public String label() {
            return label;
        }
    }

    public HistoryEvent {
        who = who == null ? "" : who;
        detail = detail == null ? "" : detail;
    }
}
