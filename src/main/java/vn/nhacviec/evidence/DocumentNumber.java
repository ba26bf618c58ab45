package vn.nhacviec.evidence;

import vn.nhacviec.deadline.TracedFold;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number (and date) of an issued document as officers type it after "xong": "QĐ số 12/QĐ-UBND
 * ngày 3/3/2025", "Báo cáo số 45/BC-UBND", "KH so 7/KH-UBND ngay 05-02-2025". The number is kept as
 * written on the document (upper case, "QD" read as "QĐ" when typed without diacritics); the date
 * is empty when none was typed or it is not a real date.
 *
 * @param number "12/QĐ-UBND"
 * @param kind   what the code after the slash says the document is ("Quyết định"), or "" when unknown
 * @param date   the document's date, when given
 */
public record DocumentNumber(String number, String kind, Optional<LocalDate> date) {

    /** On folded text: an optional kind word and "số", then number/code[-issuer...], then an optional date. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])([0-9]{1,5}(?:/[0-9]{4})?/[a-z]{1,6}(?:[-–][a-z0-9]{1,12}){0,3})(?![\\p{L}\\p{N}/])");
    private static final Pattern DATE = Pattern.compile(
            "^[\\s,;:]*(?:ngay\\s*)?(?:([0-9]{1,2})\\s*[/.\\-]\\s*([0-9]{1,2})\\s*[/.\\-]\\s*([0-9]{4})"
                    + "|([0-9]{1,2})\\s+thang\\s+([0-9]{1,2})(?:\\s*,)?\\s+nam\\s+([0-9]{4}))");

    public DocumentNumber {
        kind = kind == null ? "" : kind;
        date = date == null ? Optional.empty() : date;
    }

    /** The first document number in {@code text}, if any. */
    public static Optional<DocumentNumber> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        TracedFold fold = TracedFold.of(text);
        String folded = fold.folded();
        Matcher m = NUMBER.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        String number = normalise(fold.originalBetween(m.start(1), m.end(1)));
        Optional<LocalDate> date = Optional.empty();
        Matcher d = DATE.matcher(folded.substring(m.end(1)));
        if (d.find()) {
            int day = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(4));
            int month = Integer.parseInt(d.group(2) != null ? d.group(2) : d.group(5));
            int year = Integer.parseInt(d.group(3) != null ? d.group(3) : d.group(6));
            try {
                date = Optional.of(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                date = Optional.empty(); // "31/2/2025": the number is still worth keeping
            }
        }
        return Optional.of(new DocumentNumber(number, kindOf(number), date));
    }

    /** "12/QĐ-UBND ngày 03/03/2025" as every list shows it. */
    public String shown() {
        return number + date.map(d -> String.format(Locale.ROOT, " ngày %02d/%02d/%d", d.getDayOfMonth(),
                d.getMonthValue(), d.getYear())).orElse("");
    }

    private static String normalise(String typed) {
        String upper = typed.strip().replace('–', '-').toUpperCase(new Locale("vi"));
        // without diacritics "QD" can only be "QĐ" (Quyết định) on an administrative document's number
        return upper.replaceAll("(?<=/)QD(?=-|$)", "QĐ");
    }

    private static String kindOf(String number) {
        String code = number.replaceFirst("^[0-9]+(?:/[0-9]{4})?/", "").split("-")[0];
        return switch (code) {
            case "QĐ" -> "Quyết định";
            case "BC" -> "Báo cáo";
            case "KH" -> "Kế hoạch";
            case "TB" -> "Thông báo";
            case "TTR" -> "Tờ trình";
            case "CT" -> "Chỉ thị";
            case "HD" -> "Hướng dẫn";
            default -> "";
        };
    }
}
