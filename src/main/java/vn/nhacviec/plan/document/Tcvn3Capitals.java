package vn.nhacviec.plan.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes one TCVN3 cell without its font names, guessing which words were set in an "H"
 * (capitals) font: TCVN3 has no codes for capitals with a tone, so "KẾ HOẠCH" is stored as
 * "KÕ HO¹CH" — upper-case ASCII letters around lower-case codes.
 * <ul>
 * <li>a word with codes and two or more ASCII letters, all upper case ("HO¹CH"), is a capital word;</li>
 * <li>a word with codes and at most one ASCII letter, upper case ("KÕ", "Vô"), is one too when the
 *     cell has a capital word and no lower-case ASCII letter; when it is next to a capital word
 *     with only spaces between ("NHIÖM Vô Cô THÓ: (Cã phô lôc" → "NHIỆM VỤ CỤ THỂ: (Có phụ lục");
 *     or, in a cell with no lower-case ASCII letter, next to an all-capitals ASCII word
 *     ("X· ANH S¥N" → "XÃ ANH SƠN");</li>
 * <li>everything else keeps the case the codes give: "Sè: 26 /KH-UBND" stays "Số" ("KH-UBND"
 *     has no codes).</li>
 * </ul>
 * Without fonts a single capital inside a lower-case word ("ñy ban" for "Ủy ban") cannot be seen.
 */
final class Tcvn3Capitals {

    /** CAPS_ASCII: two or more upper-case ASCII letters and no codes ("BAN", "UBND"). */
    private enum Kind { CAPITAL, ONE_LETTER, LOWER, CAPS_ASCII, OTHER }

    private static final class Word {
        final int start;
        final int end;
        Kind kind;

        Word(int start, int end, Kind kind) {
            this.start = start;
            this.end = end;
            this.kind = kind;
        }
    }

    private Tcvn3Capitals() {
    }

    static String decode(String cell) {
        String decoded = LegacyVietnamese.decode(cell, LegacyEncoding.TCVN3);
        List<Word> words = words(cell, decoded);
        boolean capital = words.stream().anyMatch(w -> w.kind == Kind.CAPITAL);
        boolean lower = words.stream().anyMatch(w -> w.kind == Kind.LOWER);
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < words.size(); k++) {
                int i = pass == 0 ? k : words.size() - 1 - k;
                Word w = words.get(i);
                if (w.kind == Kind.ONE_LETTER && ((capital && !lower) || nextTo(cell, words, i, Kind.CAPITAL)
                        || (!lower && nextTo(cell, words, i, Kind.CAPS_ASCII)))) {
                    w.kind = Kind.CAPITAL;
                }
            }
        }
        char[] out = decoded.toCharArray(); // TCVN3 is one code per letter: positions match
        for (Word w : words) {
            if (w.kind == Kind.CAPITAL) {
                for (int k = w.start; k < w.end; k++) {
                    out[k] = Character.toUpperCase(out[k]);
                }
            }
        }
        return new String(out);
    }

    private static List<Word> words(String cell, String decoded) {
        List<Word> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= cell.length(); i++) {
            boolean inWord = i < cell.length() && LegacyDetector.isWordChar(cell.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                int upper = 0;
                int lower = 0;
                boolean code = false;
                for (int k = start; k < i; k++) {
                    char c = cell.charAt(k);
                    upper += c >= 'A' && c <= 'Z' ? 1 : 0;
                    lower += c >= 'a' && c <= 'z' ? 1 : 0;
                    code |= LegacyVietnamese.isCode(c, LegacyEncoding.TCVN3) && Character.isLowerCase(decoded.charAt(k));
                }
                Kind kind = lower > 0 ? Kind.LOWER
                        : !code ? (upper >= 2 ? Kind.CAPS_ASCII : Kind.OTHER)
                        : upper >= 2 ? Kind.CAPITAL : Kind.ONE_LETTER;
                words.add(new Word(start, i, kind));
                start = -1;
            }
        }
        return words;
    }

    /** Whether a word of {@code kind} is next to word {@code i}, with only spaces between. */
    private static boolean nextTo(String cell, List<Word> words, int i, Kind kind) {
        return (i > 0 && words.get(i - 1).kind == kind && spaces(cell, words.get(i - 1).end, words.get(i).start))
                || (i + 1 < words.size() && words.get(i + 1).kind == kind
                && spaces(cell, words.get(i).end, words.get(i + 1).start));
    }

    private static boolean spaces(String cell, int from, int to) {
        return cell.substring(from, to).isBlank();
    }
}
