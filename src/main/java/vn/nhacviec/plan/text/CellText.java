package vn.nhacviec.plan.text;

import java.util.List;
import java.util.regex.Pattern;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Turns a raw cell into the tidy text users see: HTML tags and markdown emphasis removed, entities
 * decoded, white space folded. Exports of the plans carry {@code <p>}, {@code <i>}, {@code <ul>} and
 * {@code **bold**} that mean nothing for a reminder.
 */
final class CellText {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,400}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern EMPHASIS = Pattern.compile("\\*{2,}|(?<=\\s|^)\\*|\\*(?=\\s|$)|^#{1,6}\\s");
    private static final Pattern SPACE_BEFORE_PUNCT = Pattern.compile("\\(\\s+|\\s+\\)");

    private CellText() {
    }

    /** Tags out, entities decoded, markdown emphasis out, white space folded, NFC. */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = TAG.matcher(raw).replaceAll(" ");
        s = decodeEntities(s);
        s = VietnameseText.tidy(s);
        s = EMPHASIS.matcher(s).replaceAll("");
        s = VietnameseText.tidy(s);
        // "( <i>Phòng Nội vụ</i> )" leaves "( Phòng Nội vụ )" once the tags are gone.
        s = SPACE_BEFORE_PUNCT.matcher(s).replaceAll(m -> m.group().trim());
        return s;
    }

    /** White space folded only; for text already free of markup. */
    static String tidy(String s) {
        return VietnameseText.tidy(s);
    }

    /** Pieces joined with one space, blanks skipped. */
    static String join(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        for (String p : pieces) {
            String t = tidy(p);
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Appends with a space, for a cell continued on the next page. */
    static String append(String a, String b) {
        String x = tidy(a);
        String y = tidy(b);
        if (x.isEmpty()) {
            return y;
        }
        if (y.isEmpty()) {
            return x;
        }
        return x + " " + y;
    }

    /** Short quotation of source text for warnings. */
    static String quote(String s) {
        String t = tidy(s);
        if (t.length() > 80) {
            t = t.substring(0, 77) + "…";
        }
        return "\"" + t + "\"";
    }

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return ENTITY.matcher(s).replaceAll(m -> {
            String e = m.group(1);
            String decoded;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    decoded = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    decoded = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    decoded = switch (e) {
                        case "amp" -> "&";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "nbsp" -> " ";
                        case "ndash" -> "–";
                        case "mdash" -> "—";
                        case "hellip" -> "…";
                        case "ldquo" -> "“";
                        case "rdquo" -> "”";
                        default -> m.group();
                    };
                }
            } catch (IllegalArgumentException ex) {
                // A malformed or out-of-range code point: keep the source text rather than fail.
                decoded = m.group();
            }
            return java.util.regex.Matcher.quoteReplacement(decoded);
        });
    }
}
