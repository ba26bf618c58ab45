package vn.nhacviec.bot.text;

import java.util.ArrayDeque;
import java.util.Deque;

/** Telegram HTML (parse_mode HTML): escaping of every piece of user or plan text, and safe cutting. */
public final class Html {

    private Html() {
    }

    /** {@code &}, {@code <}, {@code >} and {@code "} as entities; null becomes "". */
    public static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String bold(String text) {
        return "<b>" + escape(text) + "</b>";
    }

    public static String italic(String text) {
        return "<i>" + escape(text) + "</i>";
    }

    /**
     * The html cut to at most {@code max} characters, never inside a tag, an entity or a surrogate
     * pair, with "…" added and the tags left open closed again. Html already short enough is returned as is.
     */
    public static String truncate(String html, int max) {
        if (html.length() <= max) {
            return html;
        }
        Deque<String> open = new ArrayDeque<>();
        int safe = 0;
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int next;
            if (c == '<') {
                int end = html.indexOf('>', i);
                next = end < 0 ? html.length() : end + 1;
                String tag = html.substring(i, next);
                if (tag.startsWith("</")) {
                    if (!open.isEmpty()) {
                        open.pop();
                    }
                } else {
                    open.push(tag.replaceAll("^<([a-zA-Z]+).*$", "$1"));
                }
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                next = end < 0 || end - i > 10 ? i + 1 : end + 1;
            } else {
                next = Character.isHighSurrogate(c) && i + 1 < html.length() ? i + 2 : i + 1;
            }
            int closing = open.stream().mapToInt(t -> t.length() + 3).sum();
            if (next + 1 + closing > max) {
                break;
            }
            i = next;
            safe = i;
        }
        StringBuilder out = new StringBuilder(html.substring(0, safe)).append('…');
        // recompute open tags at the cut
        Deque<String> stack = new ArrayDeque<>();
        int j = 0;
        while (j < safe) {
            if (html.charAt(j) == '<') {
                int end = html.indexOf('>', j);
                String tag = html.substring(j, end + 1);
                if (tag.startsWith("</")) {
                    if (!stack.isEmpty()) {
                        stack.pop();
                    }
                } else {
                    stack.push(tag.replaceAll("^<([a-zA-Z]+).*$", "$1"));
                }
                j = end + 1;
            } else {
                j++;
            }
        }
        while (!stack.isEmpty()) {
            out.append("</").append(stack.pop()).append('>');
        }
        return out.toString();
    }
}
