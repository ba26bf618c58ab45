package vn.nhacviec.demo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML (the subset the bot writes: {@code <b>}, {@code <i>}, {@code <code>}…, entities)
 * turned into HTML a page can show as is: the tags Telegram knows are kept, every other
 * {@code <} and stray {@code &} is escaped, tags left open are closed, and addresses in the text
 * become links, as Telegram shows them.
 */
public final class TelegramHtml {

    private static final Set<String> KEPT = Set.of("b", "i", "u", "s", "code", "pre", "strong", "em", "blockquote");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]+|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"']+");

    private TelegramHtml() {
    }

    public static String toPage(String telegramHtml) {
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < telegramHtml.length()) {
            char c = telegramHtml.charAt(i);
            if (c == '<') {
                Matcher tag = TAG.matcher(telegramHtml).region(i, telegramHtml.length());
                if (tag.lookingAt() && KEPT.contains(tag.group(2))) {
                    flush(text, out);
                    String name = tag.group(2);
                    if (tag.group(1).isEmpty()) {
                        open.push(name);
                        out.append('<').append(name).append('>');
                    } else if (open.contains(name)) {
                        // close what was opened inside it too, so the page's own elements stay whole
                        String closed;
                        do {
                            closed = open.pop();
                            out.append("</").append(closed).append('>');
                        } while (!closed.equals(name));
                    }
                    i = tag.end();
                    continue;
                }
                text.append("&lt;");
            } else if (c == '>') {
                text.append("&gt;");
            } else if (c == '&') {
                Matcher entity = ENTITY.matcher(telegramHtml).region(i, telegramHtml.length());
                if (entity.lookingAt()) {
                    text.append(entity.group());
                    i = entity.end();
                    continue;
                }
                text.append("&amp;");
            } else if (c == '"') {
                text.append("&quot;");
            } else {
                text.append(c);
            }
            i++;
        }
        flush(text, out);
        while (!open.isEmpty()) {
            out.append("</").append(open.pop()).append('>');
        }
        return out.toString();
    }

    /** The text without its tags, entities decoded: a reply's quote. */
    public static String plain(String telegramHtml) {
        return telegramHtml.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Escaped text, with its web addresses made links. */
    private static void flush(StringBuilder text, StringBuilder out) {
        Matcher address = ADDRESS.matcher(text);
        int from = 0;
        while (address.find()) {
            out.append(text, from, address.start());
            String href = address.group();
            out.append("<a href=\"").append(href).append("\" target=\"_blank\" rel=\"noopener\">").append(href).append("</a>");
            from = address.end();
        }
        out.append(text, from, text.length());
        text.setLength(0);
    }
}
