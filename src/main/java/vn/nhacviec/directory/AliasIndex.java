package vn.nhacviec.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nhacviec.deadline.VietnameseText;

/**
 * Every alias of every unit in compact folded form (letters and digits only: "Tư pháp - HT" becomes
 * "tuphapht", "VP-TK" becomes "vptk"), searched over runs of words so that spacing and dashes never
 * matter. Typos are tolerated in proportion to the alias's length.
 */
final class AliasIndex {

    /**
     * One alias. {@code upperOnly}: a short code such as "CA" that only counts when written in capitals.
     * {@code crossing}: the alias itself holds a separator ("Phòng Kinh tế, Hạ tầng và Đô thị", "P. Kinh tế"),
     * so it may match across commas and full stops that otherwise end a name.
     */
    record Alias(String code, String compact, int words, int budget, boolean acronym, boolean upperOnly,
                 boolean crossing) {
    }

    /** A unit found at words [from, to]. */
    record Mention(String code, int from, int to) {
    }

    private final Map<String, Alias> exact = new HashMap<>();
    private final Map<Character, List<Alias>> fuzzy = new HashMap<>();
    private final int maxWords;
    private final int maxLength;
    private final boolean anyCrossing;

    AliasIndex(List<Unit> units) {
        int words = 1;
        int length = 1;
        boolean crossing = false;
        for (Unit unit : units) {
            List<String> names = new ArrayList<>();
            names.add(unit.code());
            names.add(unit.name());
            names.addAll(unit.aliases());
            for (String name : names) {
                Alias alias = alias(unit.code(), name);
                if (alias == null) {
                    continue;
                }
                Alias known = exact.get(alias.compact());
                if (known != null && known.code().equals(alias.code()) && known.crossing()) {
                    alias = known; // "Phòng KT, HT&ĐT" and "Phòng KT-HT&ĐT": the one that crosses a comma serves both
                }
                exact.put(alias.compact(), alias); // a later unit (configuration) wins a shared alias
                if (alias.budget() > 0 || alias.acronym()) {
                    fuzzy.computeIfAbsent(alias.compact().charAt(0), c -> new ArrayList<>()).add(alias);
                }
                crossing |= alias.crossing();
                words = Math.max(words, alias.words());
                length = Math.max(length, alias.compact().length());
            }
        }
        this.maxWords = words + 1;
        this.maxLength = length + 3;
        this.anyCrossing = crossing;
    }

    /** Letters and digits of the folded text, nothing else. */
    static String compact(String text) {
        String folded = VietnameseText.fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Alias alias(String code, String name) {
        String compact = compact(name);
        if (compact.isEmpty()) {
            return null;
        }
        CellTokens words = CellTokens.of(name);
        boolean capitals = words.tokens().stream().allMatch(CellTokens.Token::upper);
        boolean acronym = capitals && compact.length() >= 4 && compact.length() <= 5;
        boolean upperOnly = capitals && compact.length() <= 3;
        boolean crossing = words.tokens().stream().skip(1).anyMatch(CellTokens.Token::hardBefore);
        return new Alias(code, compact, Math.max(1, words.size()), acronym ? 0 : budget(compact.length()),
                acronym, upperOnly, crossing);
    }

    /** How many typos an alias of this length tolerates. */
    static int budget(int length) {
        if (length >= 16) {
            return 3;
        }
        if (length >= 11) {
            return 2;
        }
        return length >= 7 ? 1 : 0;
    }

    /** The code an exact alias (or code, or name) stands for, or null. */
    String exactCode(String text) {
        Alias alias = exact.get(compact(text));
        return alias == null ? null : alias.code();
    }

    /** The best unit mention starting at word {@code at}, or null. Longer and closer matches win. */
    Mention mentionAt(CellTokens cell, int at) {
        StringBuilder window = new StringBuilder();
        Alias best = null;
        int bestWords = 0;
        int bestDistance = 0;
        boolean allUpper = true;
        boolean crossed = false;
        for (int j = at; j < cell.size() && j < at + maxWords; j++) {
            CellTokens.Token token = cell.get(j);
            if (j > at && token.hardBefore()) {
                if (!anyCrossing) {
                    break;
                }
                crossed = true;
            }
            window.append(token.key());
            if (window.length() > maxLength) {
                break;
            }
            allUpper &= token.upper();
            int words = j - at + 1;
            String text = window.toString();
            Alias hit = exact.get(text);
            boolean allowed = hit != null && (!crossed || hit.crossing()) && (!hit.upperOnly() || allUpper);
            if (allowed && better(words, 0, bestWords, bestDistance)) {
                best = hit;
                bestWords = words;
                bestDistance = 0;
            }
            List<Alias> near = fuzzy.get(text.charAt(0));
            if (near == null) {
                continue;
            }
            for (Alias alias : near) {
                if (crossed && !alias.crossing()) {
                    continue;
                }
                int distance = distance(alias, text, words, allUpper);
                if (distance > 0 && better(words, distance, bestWords, bestDistance)) {
                    best = alias;
                    bestWords = words;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? null : new Mention(best.code(), at, at + bestWords - 1);
    }

    /** Distance within the alias's budget, or -1. Short capital codes ("VHXX") allow one wrong letter. */
    private static int distance(Alias alias, String text, int words, boolean allUpper) {
        String target = alias.compact();
        if (alias.acronym()) {
            if (words != 1 || !allUpper || text.length() != target.length()) {
                return -1;
            }
            int d = EditDistance.bounded(text, target, 1);
            return d <= 1 ? d : -1;
        }
        if (Math.abs(text.length() - target.length()) > alias.budget()) {
            return -1;
        }
        int d = EditDistance.bounded(text, target, alias.budget());
        return d <= alias.budget() ? d : -1;
    }

    /** Words covered minus typos; on a tie, fewer typos. */
    private static boolean better(int words, int distance, int bestWords, int bestDistance) {
        if (bestWords == 0) {
            return true;
        }
        int score = words - distance;
        int bestScore = bestWords - bestDistance;
        return score > bestScore || score == bestScore && distance < bestDistance;
    }
}
