package vn.nhacviec.calendar;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.deadline.MilestoneKind;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarFeedTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2024-04-15T01:00:00Z");

    private static AgendaItem item(long id, int code, LocalDate due, DeadlineStatus status, String title) {
        return new AgendaItem(id, 1, code, "I.0" + code, title, due == null ? MilestoneKind.CONTINUOUS : MilestoneKind.ONCE,
                "Quý II năm 2024", due, status, List.of("VHXH"), null, null, null);
    }

    @Test
    void everyOpenDatedObligationIsOneAllDayEventOnItsDueDate() {
        String text = CalendarFeed.of("Hạn của Nguyễn Văn A", List.of(
                item(11, 3, LocalDate.of(2024, 4, 30), DeadlineStatus.OPEN, "Rà soát thủ tục hành chính"),
                item(12, 4, LocalDate.of(2024, 5, 2), DeadlineStatus.DONE, "Đã xong"),
                item(13, 5, null, DeadlineStatus.OPEN, "Thường xuyên")), NOW, ZONE, "nhacviec.test", "https://x.test/viec/%d");
        ICalendar ical = Biweekly.parse(text).first();
        assertEquals(1, ical.getEvents().size());
        VEvent event = ical.getEvents().get(0);
        assertEquals("deadline-11@nhacviec.test", event.getUid().getValue());
        assertTrue(text.contains("DTSTART;VALUE=DATE:20240430"), text);
        assertTrue(text.contains("DTEND;VALUE=DATE:20240501"), text);
        assertEquals("Hạn: #3 · I.03 Rà soát thủ tục hành chính", event.getSummary().getValue());
        assertEquals("https://x.test/viec/3", event.getUrl().getValue());
        assertEquals(1, event.getAlarms().size());
    }

    @Test
    void linesEndInCrLfAndLongOnesAreFoldedWithinSeventyFiveOctets() {
        String longTitle = "Triển khai thực hiện kế hoạch cải cách hành chính, chuyển đổi số gắn với Đề án 06 ".repeat(3);
        String text = CalendarFeed.of("Lịch", List.of(item(1, 1, LocalDate.of(2024, 6, 1), DeadlineStatus.OPEN, longTitle)),
                NOW, ZONE, "h", "");
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(text.contains("VERSION:2.0\r\n"));
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n"), "bare line feed in " + line);
        }
        VEvent event = Biweekly.parse(text).first().getEvents().get(0);
        assertEquals("Hạn: #1 · I.01 " + longTitle, event.getSummary().getValue());
    }

    @Test
    void commasAndSemicolonsInTextAreEscapedAndReadBack() {
        AgendaItem tricky = new AgendaItem(5, 1, 9, "II.1", "Báo cáo; tổng hợp, gửi UBND", MilestoneKind.ONCE, "a\\b",
                LocalDate.of(2024, 7, 1), DeadlineStatus.OPEN, List.of("VP", "TC"), null, null, null);
        String text = CalendarFeed.of("Lịch", List.of(tricky), NOW, ZoneOffset.UTC, "h", "");
        assertTrue(text.contains("Báo cáo\\; tổng hợp\\, gửi UBND"), text);
        VEvent event = Biweekly.parse(text).first().getEvents().get(0);
        assertEquals("Mốc: a\\b\nĐơn vị chủ trì: VP, TC", event.getDescription().getValue());
    }

    @Test
    void tokensAreLongRandomAndOnlyTheirHashIsCompared() {
        String a = FeedToken.next(new java.security.SecureRandom());
        String b = FeedToken.next(new java.security.SecureRandom());
        assertTrue(FeedToken.wellFormed(a));
        assertTrue(!a.equals(b));
        assertEquals(64, FeedToken.hash(a).length());
        assertTrue(!FeedToken.wellFormed("abc"));
        assertTrue(!FeedToken.wellFormed(a + "'"));
    }
}
