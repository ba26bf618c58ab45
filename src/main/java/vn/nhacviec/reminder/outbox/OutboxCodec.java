package vn.nhacviec.reminder.outbox;

import vn.nhacviec.messaging.Button;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Buttons and list memos as text columns: rows by newline, buttons by tab, label and data by U+001F. */
final class OutboxCodec {

    private static final String ROW = "\n";
    private static final String BUTTON = "\t";
    private static final String FIELD = "\u001F";

    private OutboxCodec() {
    }

    static String keyboard(List<List<Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> encoded = new ArrayList<>();
        for (List<Button> row : rows) {
            encoded.add(String.join(BUTTON, row.stream().map(b -> b.text() + FIELD + b.callbackData()).toList()));
        }
        return String.join(ROW, encoded);
    }

    static List<List<Button>> keyboard(String text) {
        List<List<Button>> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rows;
        }
        for (String row : text.split(ROW)) {
            List<Button> buttons = new ArrayList<>();
            for (String button : row.split(BUTTON)) {
                String[] parts = button.split(FIELD, 2);
                if (parts.length == 2) {
                    buttons.add(new Button(parts[0], parts[1]));
                }
            }
            rows.add(buttons);
        }
        return rows;
    }

    static String memo(Map<Integer, Long> items) {
        if (items.isEmpty()) {
            return null;
        }
        return String.join(",", items.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
    }

    static Map<Integer, Long> memo(String text) {
        Map<Integer, Long> items = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return items;
        }
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":");
            if (parts.length == 2) {
                items.put(Integer.parseInt(parts[0].strip()), Long.parseLong(parts[1].strip()));
            }
        }
        return items;
    }
}
