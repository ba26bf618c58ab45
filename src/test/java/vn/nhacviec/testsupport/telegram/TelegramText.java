package vn.nhacviec.testsupport.telegram;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Telegram's checks on what a bot sends: text and caption length, the HTML parse mode, inline keyboard data.
 * Error texts follow Telegram's server (TDLib's HTML parser) so the service's error handling meets real wording.
 * <p>
 * Deliberately stricter than Telegram in one place: a bare {@code &} that starts no entity is rejected. Telegram keeps
 * it as a literal, but its documentation requires escaping and a bot that relies on the leniency breaks as soon as the
 * ampersand happens to be followed by e.g. {@code lt;}. A bare {@code >} is accepted, as Telegram does.
 */
final class TelegramText {
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    static final int MAX_CALLBACK_DATA_BYTES = 64;

    private static final Set<String> TAGS = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a",
            "code", "pre", "span", "tg-spoiler", "blockquote");
    private static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("b", "bold"), Map.entry("strong", "bold"), Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("ins", "underline"), Map.entry("s", "strikethrough"),
            Map.entry("strike", "strikethrough"), Map.entry("del", "strikethrough"), Map.entry("a", "text_link"),
            Map.entry("code", "code"), Map.entry("pre", "pre"), Map.entry("span", "spoiler"),
            Map.entry("tg-spoiler", "spoiler"), Map.entry("blockquote", "blockquote"));

    /** A formatting entity of the visible text; offset and length in UTF-16 code units, as the Bot API counts. */
    record Entity(String type, int offset, int length, String url) {
    }

    /** The visible text after parsing and its entities. */
    record Parsed(String plain, List<Entity> entities) {
    }

    private TelegramText() {
    }

    /** sendMessage / editMessageText: parses, then rejects an empty or over-long visible text. */
    static Parsed messageText(String text, String parseMode) {
        if (text == null || text.isEmpty()) {
            throw BotApiException.badRequest("message text is empty");
        }
        Parsed parsed = parse(text, parseMode);
        if (parsed.plain().isBlank()) {
            throw BotApiException.badRequest("message text is empty");
        }
        if (parsed.plain().length() > MAX_TEXT) {
            throw BotApiException.badRequest("message is too long");
        }
        return parsed;
    }

    /** sendDocument caption: optional, at most 1024 visible characters. */
    static Parsed caption(String caption, String parseMode) {
        if (caption == null || caption.isEmpty()) {
            return new Parsed("", List.of());
        }
        Parsed parsed = parse(caption, parseMode);
        if (parsed.plain().length() > MAX_CAPTION) {
            throw BotApiException.badRequest("message caption is too long");
        }
        return parsed;
    }

    /**
     * Only HTML is modelled. Markdown modes are accepted (Telegram has them) but not parsed: plainText is then the raw
     * text and a Markdown error would pass here while Telegram rejects it.
     */
    static Parsed parse(String text, String parseMode) {
        if (parseMode == null || parseMode.isEmpty()) {
            return new Parsed(text, List.of());
        }
        return switch (parseMode.toLowerCase(Locale.ROOT)) {
            case "html" -> new HtmlParser(text).parse();
            case "markdown", "markdownv2" -> new Parsed(text, List.of());
            default -> throw BotApiException.badRequest("unsupported parse_mode");
        };
    }

    /**
     * The inline keyboard of a reply_markup, validated like Telegram: callback_data must be 1–64 bytes of UTF-8.
     * Other markups (reply keyboard, remove_keyboard, force_reply) carry no inline buttons and yield an empty list.
     */
    static List<List<Button>> inlineKeyboard(JsonNode markup) {
        List<List<Button>> rows = new ArrayList<>();
        if (markup == null || !markup.has("inline_keyboard")) {
            return rows;
        }
        JsonNode keyboard = markup.get("inline_keyboard");
        if (!keyboard.isArray()) {
            throw BotApiException.badRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }
        for (JsonNode row : keyboard) {
            List<Button> buttons = new ArrayList<>();
            for (JsonNode b : row) {
                String label = b.path("text").asText("");
                if (label.isEmpty()) {
                    throw BotApiException.badRequest("can't find field \"text\"");
                }
                String data = b.hasNonNull("callback_data") ? b.get("callback_data").asText() : null;
                if (data != null) {
                    int bytes = data.getBytes(StandardCharsets.UTF_8).length;
                    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) {
                        throw BotApiException.badRequest("BUTTON_DATA_INVALID");
                    }
                }
                String url = b.hasNonNull("url") ? b.get("url").asText() : null;
                buttons.add(new Button(label, data, url));
            }
            rows.add(List.copyOf(buttons));
        }
        return rows;
    }

    /** Escapes text for the HTML parse mode (what the service must do with user-provided strings). */
    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A port of the rules of TDLib's parse_html, reporting positions as UTF-8 byte offsets like Telegram does. */
    private static final class HtmlParser {
        private record Open(String tag, int start, String url) {
        }

        private final String src;
        private final StringBuilder plain = new StringBuilder();
        private final List<Entity> entities = new ArrayList<>();
        private final Deque<Open> open = new ArrayDeque<>();
        private int i;

        HtmlParser(String src) {
            this.src = src;
        }

        Parsed parse() {
            while (i < src.length()) {
                char c = src.charAt(i);
                if (c == '&') {
                    plain.appendCodePoint(entity());
                } else if (c == '<' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
                    endTag();
                } else if (c == '<') {
                    startTag();
                } else {
                    plain.append(c);
                    i++;
                }
            }
            if (!open.isEmpty()) {
                throw fail("Can't find end tag corresponding to start tag \"" + open.peek().tag() + "\"");
            }
            entities.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
            return new Parsed(plain.toString(), List.copyOf(entities));
        }

        /** &lt; &gt; &amp; &quot; and numeric references; the cursor is on '&'. */
        private int entity() {
            int at = i;
            int semi = src.indexOf(';', i);
            if (semi > i + 1 && semi - i <= 10) {
                String name = src.substring(i + 1, semi);
                Integer cp = decode(name);
                if (cp != null) {
                    i = semi + 1;
                    return cp;
                }
            }
            throw fail("Character '&' at byte offset " + byteOffset(at)
                    + " does not begin an entity; escape it as &amp;");
        }

        private static Integer decode(String name) {
            switch (name) {
                case "lt": return (int) '<';
                case "gt": return (int) '>';
                case "amp": return (int) '&';
                case "quot": return (int) '"';
                default:
            }
            try {
                int cp;
                if (name.startsWith("#x") || name.startsWith("#X")) {
                    cp = Integer.parseInt(name.substring(2), 16);
                } else if (name.startsWith("#")) {
                    cp = Integer.parseInt(name.substring(1));
                } else {
                    return null;
                }
                return cp > 0 && Character.isValidCodePoint(cp) ? cp : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private void startTag() {
            int at = i;
            i++;
            int nameStart = i;
            while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '-')) {
                i++;
            }
            String tag = src.substring(nameStart, i).toLowerCase(Locale.ROOT);
            if (!TAGS.contains(tag)) {
                throw fail("Unsupported start tag \"" + tag + "\" at byte offset " + byteOffset(at));
            }
            Map<String, String> attributes = attributes(at, tag);
            if (tag.equals("span") && !"tg-spoiler".equals(attributes.get("class"))) {
                throw fail("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + byteOffset(at));
            }
            open.push(new Open(tag, plain.length(), attributes.get("href")));
        }

        private Map<String, String> attributes(int tagAt, String tag) {
            Map<String, String> attributes = new HashMap<>();
            while (true) {
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
                if (i >= src.length()) {
                    throw fail("Unclosed start tag at byte offset " + byteOffset(tagAt));
                }
                if (src.charAt(i) == '>') {
                    i++;
                    return attributes;
                }
                int nameStart = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '-'
                        || src.charAt(i) == '_')) {
                    i++;
                }
                String name = src.substring(nameStart, i).toLowerCase(Locale.ROOT);
                if (name.isEmpty() || i >= src.length()) {
                    throw fail("Unclosed start tag at byte offset " + byteOffset(tagAt));
                }
                if (src.charAt(i) != '=') {
                    // a valueless attribute such as <blockquote expandable>
                    attributes.put(name, "");
                    continue;
                }
                i++;
                attributes.put(name, attributeValue(tagAt, tag));
            }
        }

        private String attributeValue(int tagAt, String tag) {
            if (i >= src.length()) {
                throw fail("Unclosed start tag at byte offset " + byteOffset(tagAt));
            }
            char quote = src.charAt(i);
            StringBuilder value = new StringBuilder();
            if (quote == '"' || quote == '\'') {
                i++;
                while (i < src.length() && src.charAt(i) != quote) {
                    if (src.charAt(i) == '&') {
                        value.appendCodePoint(entity());
                    } else {
                        value.append(src.charAt(i++));
                    }
                }
                if (i >= src.length()) {
                    throw fail("Unclosed start tag at byte offset " + byteOffset(tagAt));
                }
                i++;
            } else {
                while (i < src.length() && !Character.isWhitespace(src.charAt(i)) && src.charAt(i) != '>') {
                    value.append(src.charAt(i++));
                }
            }
            return value.toString();
        }

        private void endTag() {
            int at = i;
            int close = src.indexOf('>', i);
            if (close < 0) {
                throw fail("Unclosed end tag at byte offset " + byteOffset(at));
            }
            String tag = src.substring(i + 2, close).trim().toLowerCase(Locale.ROOT);
            if (open.isEmpty()) {
                throw fail("Unexpected end tag at byte offset " + byteOffset(at));
            }
            Open top = open.pop();
            if (!top.tag().equals(tag)) {
                throw fail("Unmatched end tag at byte offset " + byteOffset(at) + ", expected \"</" + top.tag()
                        + ">\", found \"</" + tag + ">\"");
            }
            int length = plain.length() - top.start();
            boolean linkWithoutUrl = top.tag().equals("a") && (top.url() == null || top.url().isEmpty());
            if (length > 0 && !linkWithoutUrl) {
                entities.add(new Entity(ENTITY_TYPES.get(top.tag()), top.start(), length, top.url()));
            }
            i = close + 1;
        }

        private int byteOffset(int charIndex) {
            return src.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
        }

        private static BotApiException fail(String why) {
            return BotApiException.badRequest("can't parse entities: " + why);
        }
    }
}
