package vn.nhacviec.bot.text;

import vn.nhacviec.messaging.Reply;
import vn.nhacviec.messaging.Button;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a {@link Listing} into Telegram messages. Telegram refuses text over 4,096 characters (counted
 * after entities and tags are parsed); every part here keeps its raw HTML at or under {@link #MAX_HTML},
 * which is always safe. Cuts fall only between item lines; a group split across parts repeats its
 * heading with "(tiếp)"; each item's buttons go with the part that lists the item (at most
 * {@link #MAX_BUTTONS} per part): an item with several buttons gets a row of its own, items with one
 * button share rows of {@link #SINGLE_BUTTONS_PER_ROW} (their labels name what they act on, so they
 * are long); the footer goes on the last part.
 */
public final class MessageSplitter {

    public static final int MAX_HTML = 4000;
    public static final int MAX_BUTTONS = 90;
    public static final int BUTTONS_PER_ROW = 4;
    public static final int SINGLE_BUTTONS_PER_ROW = 2;

    private final int maxHtml;
    private final int maxButtons;

    public MessageSplitter() {
        this(MAX_HTML, MAX_BUTTONS);
    }

    /** For tests: smaller limits. */
    public MessageSplitter(int maxHtml, int maxButtons) {
        if (maxHtml < 200 || maxButtons < 1) {
            throw new IllegalArgumentException("limits too small");
        }
        this.maxHtml = maxHtml;
        this.maxButtons = maxButtons;
    }

    public List<Reply> split(Listing listing) {
        String footer = listing.footer() == null || listing.footer().isEmpty() ? ""
                : "\n\n" + fit(listing.footer(), maxHtml / 10);
        // every part keeps room for the footer, so the last one can always take it; a fresh part always
        // takes one entry: header or continued header (≤ 1/5), heading (≤ 1/5) and line (≤ 1/2) fit together
        int budget = maxHtml - footer.length();
        String continuedHeader = listing.continuedHeader() == null ? "" : fit(listing.continuedHeader(), budget / 5);
        List<Part> parts = new ArrayList<>();
        Part part = new Part(fit(listing.header(), budget / 5));
        for (Listing.Section section : listing.sections()) {
            String heading = section.heading() == null ? null : fit(section.heading(), budget / 5);
            String continued = section.continued() == null ? null : fit(section.continued(), budget / 5);
            part.blankLine();
            if (heading != null && section.entries().isEmpty()) {
                if (!part.fits(heading, 0, budget, maxButtons)) {
                    parts.add(part);
                    part = new Part(continuedHeader);
                    part.blankLine();
                }
                part.line(heading);
                continue;
            }
            boolean headingShown = false;
            for (Listing.Entry entry : section.entries()) {
                String line = fit(entry.html(), budget / 2);
                String text = !headingShown && heading != null ? heading + "\n" + line : line;
                if (!part.fits(text, entry.buttons().size(), budget, maxButtons)) {
                    parts.add(part);
                    part = new Part(continuedHeader);
                    part.blankLine();
                    if (!headingShown) {
                        text = heading != null ? heading + "\n" + line : line;
                    } else {
                        text = continued != null ? continued + "\n" + line : line;
                    }
                }
                part.line(text);
                part.add(entry);
                headingShown = true;
            }
        }
        parts.add(part);
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            String html = p.html.toString().strip();
            if (i == parts.size() - 1) {
                html += footer;
            }
            replies.add(new Reply(html, rows(p.buttons), p.numbered));
        }
        return replies;
    }

    private static String fit(String html, int max) {
        return Html.truncate(html, Math.max(20, max));
    }

    /** One row per item with several buttons (at most {@link #BUTTONS_PER_ROW} to a row); single buttons paired. */
    static List<List<Button>> rows(List<List<Button>> perEntry) {
        List<List<Button>> rows = new ArrayList<>();
        List<Button> singles = new ArrayList<>();
        for (List<Button> group : perEntry) {
            if (group.size() == 1) {
                singles.add(group.get(0));
                if (singles.size() == SINGLE_BUTTONS_PER_ROW) {
                    rows.add(List.copyOf(singles));
                    singles.clear();
                }
                continue;
            }
            if (!singles.isEmpty()) {
                rows.add(List.copyOf(singles));
                singles.clear();
            }
            for (int i = 0; i < group.size(); i += BUTTONS_PER_ROW) {
                rows.add(List.copyOf(group.subList(i, Math.min(group.size(), i + BUTTONS_PER_ROW))));
            }
        }
        if (!singles.isEmpty()) {
            rows.add(List.copyOf(singles));
        }
        return rows;
    }

    private static final class Part {
        final StringBuilder html = new StringBuilder();
        final List<List<Button>> buttons = new ArrayList<>();
        int buttonCount;
        final Map<Integer, Long> numbered = new LinkedHashMap<>();
        int lines;

        Part(String first) {
            html.append(first);
        }

        /** A blank line before the next group, unless the part is empty or already ends with one. */
        void blankLine() {
            if (html.length() > 0 && !endsWith("\n\n")) {
                html.append(endsWith("\n") ? "\n" : "\n\n");
            }
        }

        /** A part with no line yet takes any one piece (the limits in split keep it small enough). */
        boolean fits(String text, int buttonCount, int budget, int maxButtons) {
            return lines == 0
                    || html.length() + 1 + text.length() <= budget && this.buttonCount + buttonCount <= maxButtons;
        }

        void line(String text) {
            if (html.length() > 0 && !endsWith("\n")) {
                html.append('\n');
            }
            html.append(text);
            lines++;
        }

        void add(Listing.Entry entry) {
            if (!entry.buttons().isEmpty()) {
                buttons.add(entry.buttons());
                buttonCount += entry.buttons().size();
            }
            if (entry.number() > 0) {
                numbered.put(entry.number(), entry.deadlineId());
            }
        }

        private boolean endsWith(String s) {
            int n = html.length();
            return n >= s.length() && html.substring(n - s.length()).equals(s);
        }
    }
}
