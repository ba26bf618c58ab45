package vn.nhacviec.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching text of one clause while the phrase matchers work on it. A matched phrase is blanked out
 * (same length, spaces) so that a later, looser matcher cannot read its numbers again: once "tháng 12/2025"
 * is taken, "12/2025" is not also a day and a month; once "32/2020/NĐ-CP ngày 05/3/2020" is known to be a
 * citation, "05/3/2020" is not a deadline.
 */
final class ClauseText {

    private final String original;
    private final StringBuilder text;
    private final List<Hit> hits = new ArrayList<>();

    ClauseText(String matchText) {
        this.original = matchText;
        this.text = new StringBuilder(matchText);
    }

    /** The text as the matchers still see it. */
    String current() {
        return text.toString();
    }

    /** The text before anything was blanked out. */
    String original() {
        return original;
    }

    List<Hit> hits() {
        return hits;
    }

    boolean contains(Pattern pattern) {
        return pattern.matcher(text).find();
    }

    /** Blanks out every match of the pattern; nothing is recorded. */
    void blank(Pattern pattern) {
        take(pattern, m -> null);
    }

    /**
     * Finds every match of the pattern in the current text; the reader turns it into a hit (or null to
     * leave it as a non-deadline). Either way the match is blanked out.
     */
    void take(Pattern pattern, Function<Matcher, Hit> reader) {
        takeAll(pattern, m -> {
            Hit hit = reader.apply(m);
            return hit == null ? List.of() : List.of(hit);
        });
    }

    /** As {@link #take}, for a phrase that names several deadlines ("Quý I, II/2026"). */
    void takeAll(Pattern pattern, Function<Matcher, List<Hit>> reader) {
        Matcher m = pattern.matcher(current());
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            hits.addAll(reader.apply(m));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                text.setCharAt(i, ' ');
            }
        }
    }
}
