package vn.nhacviec.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TaskHistoryTest {

    private static final Map<Long, LocalDate> DUES = Map.of(7L, LocalDate.of(2024, 3, 31), 8L, LocalDate.of(2024, 6, 30));

    @Test
    void remindersCompletionsSnoozesAndExtensionsComeInTheOrderTheyHappened() {
        List<HistoryEvent> events = TaskHistory.of(
                List.of(new TaskHistory.Audited(Instant.parse("2024-04-02T03:00:00Z"), "telegram:55 Nguyễn Văn A", 7,
                                "DEADLINE_DONE", "#4 · I.04 2024-03-31 note: đã gửi báo cáo; chat 55 message 9"),
                        new TaskHistory.Audited(Instant.parse("2024-03-29T02:00:00Z"), "web:3 Trần Thị B", 7,
                                "DEADLINE_SNOOZED", "#4 · I.04 until 2024-04-01; web")),
                List.of(new TaskHistory.Sent(Instant.parse("2024-03-28T00:30:00Z"), "Nguyễn Văn A", List.of(7L, 8L), "DIGEST")),
                List.of(new TaskHistory.Requested(Instant.parse("2024-03-30T04:00:00Z"), "Nguyễn Văn A", 7,
                        LocalDate.of(2024, 4, 15), "REFUSED", "telegram:66 Lê Văn C", Instant.parse("2024-03-30T05:00:00Z"))),
                DUES);
        assertEquals(List.of(HistoryEvent.Kind.REMINDED, HistoryEvent.Kind.SNOOZED, HistoryEvent.Kind.EXTENSION_ASKED,
                HistoryEvent.Kind.EXTENSION_REFUSED, HistoryEvent.Kind.DONE), events.stream().map(HistoryEvent::kind).toList());
        assertEquals("nhắc lại từ 01/04/2024", events.get(1).detail());
        assertEquals("Trần Thị B (trang web)", events.get(1).who());
        assertEquals("xin hạn mới 15/04/2024", events.get(2).detail());
        assertEquals("Lê Văn C (Telegram)", events.get(3).who());
        assertEquals("ghi chú: đã gửi báo cáo", events.get(4).detail());
        assertEquals(LocalDate.of(2024, 3, 31), events.get(0).due());
    }

    @Test
    void aPendingRequestHasNoDecisionAndAnApprovedDateShowsAsTheNewDue() {
        List<HistoryEvent> events = TaskHistory.of(
                List.of(new TaskHistory.Audited(Instant.parse("2024-04-01T01:00:00Z"), "telegram:66 Lê Văn C", 8,
                        "DEADLINE_EXTENDED", "#4 · I.04 2024-06-30 -> 2024-07-15; extension request 2, chat 66 message 3")),
                List.of(),
                List.of(new TaskHistory.Requested(Instant.parse("2024-03-31T01:00:00Z"), "Nguyễn Văn A", 8,
                        LocalDate.of(2024, 7, 15), "PENDING", null, null)),
                DUES);
        assertEquals(2, events.size());
        assertEquals(HistoryEvent.Kind.EXTENSION_ASKED, events.get(0).kind());
        assertEquals("hạn mới 15/07/2024", events.get(1).detail());
    }

    @Test
    void anActorWithoutAChannelIsShownAsWritten() {
        assertEquals("cli", TaskHistory.person("cli"));
        assertEquals("", TaskHistory.person(null));
    }
}
