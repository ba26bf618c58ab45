package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines; CR, LF and CRLF all end a line, so files from any editor read the same. */
final class Lines {

    private Lines() {
    }

    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static boolean isBlank(String line) {
        return line == null || CellText.tidy(line).isEmpty();
    }
}
