package vn.nhacviec.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.io.text.ICalWriter;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import vn.nhacviec.agenda.AgendaItem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * An officer's deadlines as an iCalendar feed (RFC 5545) a phone's calendar subscribes to: one all-day
 * event per open dated obligation, on its due date, with a reminder the working morning before. The
 * library writes the folding, escaping and CRLF line ends.
 */
public final class CalendarFeed {

    private CalendarFeed() {
    }

    /**
     * @param host  names the events' UIDs, so a calendar recognises an event again after a due date moved
     * @param taskUrl the address of a task's page, "" for none ({@code %d} is the task code)
     */
    public static String of(String calendarName, List<AgendaItem> items, Instant now, ZoneId zone, String host,
                            String taskUrl) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Nhac viec//Lich han//VI");
        ical.setName(calendarName);
        ical.setRefreshInterval(new Duration.Builder().hours(6).build());
        ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        ical.setExperimentalProperty("X-WR-TIMEZONE", zone.getId());
        for (AgendaItem item : items) {
            if (!item.isOpen() || item.due() == null) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid("deadline-" + item.deadlineId() + "@" + host);
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(day(item.due()), false);
            event.setDateEnd(day(item.due().plusDays(1)), false);
            event.setSummary("Hạn: " + item.code() + " " + item.title());
            String what = item.label() == null || item.label().isBlank() ? "" : "Mốc: " + item.label().strip() + "\n";
            event.setDescription(what + "Đơn vị chủ trì: " + String.join(", ", item.leadUnits()));
            if (!taskUrl.isEmpty()) {
                event.setUrl(String.format(taskUrl, item.taskCode()));
            }
            event.setTransparency(true);
            VAlarm alarm = VAlarm.display(new Trigger(new Duration.Builder().prior(true).hours(16).build(), Related.START),
                    "Sắp đến hạn: " + item.code());
            event.addAlarm(alarm);
            ical.addEvent(event);
        }
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null); // folded below, by octets
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return fold(out.toString());
    }

    /**
     * RFC 5545 §3.1: lines longer than 75 octets are split with CRLF and a space. The library counts
     * characters, and Vietnamese letters take two or three octets in UTF-8, so the folding is done
     * here, never inside a character.
     */
    static String fold(String unfolded) {
        StringBuilder result = new StringBuilder(unfolded.length() + unfolded.length() / 40);
        for (String line : unfolded.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = 75;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    result.append("\r\n ");
                    octets = 0;
                    limit = 74; // the leading space counts
                }
                result.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            result.append("\r\n");
        }
        return result.toString();
    }

    /** An all-day date: biweekly writes a date without time as a floating DATE, so the zone does not shift it. */
    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
