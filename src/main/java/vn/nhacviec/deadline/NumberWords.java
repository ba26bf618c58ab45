package vn.nhacviec.deadline;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Months, quarters and days written in words become numerals, so that the phrase matchers only ever see
 * "tháng 1", "quý 3", "mồng 3": "tháng Giêng" → "tháng 1", "tháng Mười Hai" → "tháng 12", "quý Ba" →
 * "quý 3", "mồng một" → "mồng 1".
 *
 * <p>Some month words mean something else once their diacritics are gone ("tháng sau" is next month,
 * "tháng năm 2025" a month and a year, "hàng tháng tự …" monthly): "năm", "sáu", "tư" and "tám" are read
 * as months only when written with their diacritics. The others are safe folded too.
 */
final class NumberWords {

    /** Month words that are only months with diacritics, read on the NFC lower-cased text. */
    private static final Pattern MONTH_WITH_MARKS = Pattern.compile(
            "(?<![\\d\\p{L}])(?<!(?:hàng|hằng|mỗi)\\s)(tháng)\\s+((?<!\\d\\stháng\\s)năm(?!\\s*\\d)|sáu|tư|tám)(?![\\p{L}\\d])");
    /** Month words that stay months when folded. */
    private static final Pattern MONTH_FOLDED = Pattern.compile(
            "(?<![\\d\\p{L}])(?<!(?:hang|moi)\\s)(thang)\\s+"
                    + "(muoi\\s+mot|muoi\\s+hai|muoi|gieng|mot|hai|ba|bon|bay|chin|chap)(?![\\p{L}\\d])");
    /** "quý Ba", "quý bốn", "quý tư", "quý nhất". */
    private static final Pattern QUARTER_FOLDED = Pattern.compile(
            "(?<![\\p{L}\\d])(qu[yi])\\s+(mot|nhat|hai|ba|bon|tu)(?![\\p{L}\\d])");
    /** "mồng một", "mùng mười". */
    private static final Pattern DAY_FOLDED = Pattern.compile(
            "(?<![\\p{L}\\d])(mong|mung)\\s+(muoi|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin)(?![\\p{L}\\d])");

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("mot", "1"), Map.entry("nhat", "1"), Map.entry("gieng", "1"), Map.entry("hai", "2"),
            Map.entry("ba", "3"), Map.entry("bon", "4"), Map.entry("tu", "4"), Map.entry("tư", "4"),
            Map.entry("nam", "5"), Map.entry("năm", "5"), Map.entry("sau", "6"), Map.entry("sáu", "6"),
            Map.entry("bay", "7"), Map.entry("tam", "8"), Map.entry("tám", "8"), Map.entry("chin", "9"),
            Map.entry("muoi", "10"), Map.entry("muoi mot", "11"), Map.entry("muoi hai", "12"), Map.entry("chap", "12"));

    private NumberWords() {
    }

    /** The words with diacritics that fold into something ambiguous: on lower-cased NFC text, before folding. */
    static String beforeFolding(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return replace(MONTH_WITH_MARKS, lower, m -> m.group(1) + " " + number(m.group(2)));
    }

    /** The words that are unambiguous without diacritics: on folded text. */
    static String afterFolding(String folded) {
        String s = replace(MONTH_FOLDED, folded, m -> m.group(1) + " " + number(m.group(2)));
        s = replace(QUARTER_FOLDED, s, m -> "quy " + number(m.group(2)));
        return replace(DAY_FOLDED, s, m -> m.group(1) + " " + number(m.group(2)));
    }

    private static String number(String word) {
        return NUMBERS.getOrDefault(word.replaceAll("\\s+", " "), word);
    }

    static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        m.reset();
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
