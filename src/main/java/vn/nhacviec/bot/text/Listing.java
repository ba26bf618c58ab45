package vn.nhacviec.bot.text;

import vn.nhacviec.messaging.Button;

import java.util.List;
import java.util.Objects;

/**
 * A list message before it is cut into Telegram messages by {@link MessageSplitter}: a header, sections
 * of entries (one entry = one item line) and a footer. All strings are finished Telegram HTML, each
 * with balanced tags, so that any cut between them is valid HTML.
 *
 * @param header          first lines of the first part
 * @param continuedHeader first line of every later part (e.g. "⛔ <b>Việc quá hạn</b> (tiếp)"), null for none
 * @param sections        in display order
 * @param footer          last lines of the last part, null for none
 */
public record Listing(String header, String continuedHeader, List<Section> sections, String footer) {

    public Listing {
        Objects.requireNonNull(header, "header");
        sections = List.copyOf(sections);
    }

    /** Every entry in display order. */
    public List<Entry> entries() {
        return sections.stream().flatMap(s -> s.entries().stream()).toList();
    }

    /**
     * A group of entries under a heading.
     *
     * @param heading   the group's heading line, null for none
     * @param continued the heading repeated at the top of the next part when the group is split
     *                  (e.g. "<b>Văn phòng – Thống kê</b> (tiếp)"), null to repeat nothing
     */
    public record Section(String heading, String continued, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One item line.
     *
     * @param html       the line
     * @param buttons    the buttons for this item; they go with the part that lists the item
     * @param number     the list number shown ("3."), 0 when the line is not numbered
     * @param deadlineId the deadline the line shows
     */
    public record Entry(String html, List<Button> buttons, int number, long deadlineId) {
        public Entry {
            Objects.requireNonNull(html, "html");
            buttons = List.copyOf(buttons);
        }
    }
}
