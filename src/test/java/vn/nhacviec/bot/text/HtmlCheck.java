package vn.nhacviec.bot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that text is the Telegram HTML this package promises: only b and i, balanced; entities well formed. */
final class HtmlCheck {

    private static final Pattern TAG_OR_AMP = Pattern.compile("<(/?)([^>]*)>|&([^;\\s]{0,10});?|[<>\"]");

    private HtmlCheck() {
    }

    static void assertBalanced(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG_OR_AMP.matcher(html);
        while (m.find()) {
            String all = m.group();
            if (all.startsWith("<")) {
                if (m.group(2) == null) {
                    fail("bare < in " + html);
                }
                String name = m.group(2);
                assertTrue(name.equals("b") || name.equals("i"), () -> "unexpected tag <" + name + "> in " + html);
                if (m.group(1).isEmpty()) {
                    open.push(name);
                } else {
                    assertTrue(!open.isEmpty(), () -> "closing tag without opening in " + html);
                    assertEquals(open.pop(), name, () -> "crossed tags in " + html);
                }
            } else if (all.startsWith("&")) {
                assertTrue(all.matches("&(amp|lt|gt|quot);"), () -> "bad entity " + all + " in " + html);
            } else if (!all.equals("\"")) {
                fail("bare " + all + " in " + html);
            }
        }
        assertTrue(open.isEmpty(), () -> "unclosed " + open + " in " + html);
    }

    /** The text as Telegram shows it (tags removed, entities decoded). */
    static String visible(String html) {
        return html.replaceAll("</?[bi]>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
