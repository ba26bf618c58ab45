package vn.nhacviec.messaging;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One message to send with parse_mode HTML.
 *
 * @param html     Telegram HTML: only {@code <b>} and {@code <i>}, every text escaped
 * @param keyboard inline keyboard rows, empty for none
 * @param numbered for list messages: the list number shown in this message → the deadline id it stands for,
 *                 so that a later reply "xong 2" can be resolved; empty for other messages
 */
public record Reply(String html, List<List<Button>> keyboard, Map<Integer, Long> numbered) {

    public Reply {
        html = html == null ? "" : html;
        keyboard = keyboard == null ? List.of() : keyboard.stream().map(List::copyOf).toList();
        numbered = numbered == null || numbered.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(numbered));
    }

    public Reply(String html, List<List<Button>> keyboard) {
        this(html, keyboard, Map.of());
    }

    public Reply(String html) {
        this(html, List.of(), Map.of());
    }

    /** All buttons, row after row. */
    public List<Button> buttons() {
        return keyboard.stream().flatMap(List::stream).toList();
    }
}
