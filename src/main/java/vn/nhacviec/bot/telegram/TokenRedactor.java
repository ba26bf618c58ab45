package vn.nhacviec.bot.telegram;

import java.util.regex.Pattern;

/** The library's URLs and errors contain the bot token; nothing we log or show may. */
public final class TokenRedactor {

    private static final Pattern TOKEN = Pattern.compile("\\d{5,}:[A-Za-z0-9_-]{10,}");

    private TokenRedactor() {
    }

    public static String redact(String text, String token) {
        if (text == null) {
            return "";
        }
        String out = token == null || token.isBlank() ? text : text.replace(token, "<token>");
        return TOKEN.matcher(out).replaceAll("<token>");
    }
}
