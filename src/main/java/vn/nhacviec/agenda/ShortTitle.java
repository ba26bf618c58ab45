package vn.nhacviec.agenda;

/** A task's content cut to a phone-friendly title: first clause, at most {@link #MAX} characters. */
public final class ShortTitle {

    public static final int MAX = 70;

    private ShortTitle() {
    }

    public static String of(String content) {
        String text = content == null ? "" : collapse(content.strip());
        int stop = firstStop(text);
        if (stop > 20) {
            text = text.substring(0, stop);
        }
        if (text.length() <= MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX - 1);
        return text.substring(0, cut > MAX / 2 ? cut : MAX - 1).strip() + "…";
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Runs of whitespace as one space; the regex only when there is a run or a tab/newline (hot in the daily scan). */
    private static String collapse(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && previous == ' ')) {
                return SPACES.matcher(text).replaceAll(" ");
            }
            previous = c;
        }
        return text;
    }

    private static int firstStop(String text) {
        int best = -1;
        for (String stop : new String[] {". ", "; ", ": "}) {
            int i = text.indexOf(stop);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best < 0 ? text.length() : best;
    }
}
