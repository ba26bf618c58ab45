package vn.nhacviec.deadline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form in which time phrases are matched: {@link VietnameseText#fold folded} text with the usual OCR
 * misreadings of seed 003 put right, so that the phrase matchers only ever see one spelling:
 * "trude quy il ndm 2024" becomes "truoc quy 2 nam 2024".
 *
 * <p>Every fix is local to a word and keeps the text readable; none looks across a ";" or an item mark.
 */
final class OcrText {

    /** Dashes of every kind: ranges are written "2026–2030", "Quý IV/2025– Quý II/2026". */
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    /** Dates with letters read for digits: "l5/3/2O24", "3O/6/2025"; at least one real digit. */
    private static final Pattern DATE_TOKEN = Pattern.compile(
            "(?<![\\p{L}\\d])(?=[0-9il|o]*[0-9])[0-9il|o]{1,4}(?:\\s?/\\s?[0-9il|o]{1,4}){1,2}(?![\\p{L}\\d])");
    /** "cuối" as OCR prints it: "cudi", "cuéi", "cu0i". */
    private static final Pattern CUOI = Pattern.compile("\\bcu[ode0]i\\b");
    /** Numerals with the letter O read for a zero ("2O24", "o5"): at least one digit, only digits and o. */
    private static final Pattern O_FOR_ZERO = Pattern.compile("\\b(?=[0-9o]*[0-9])(?=[0-9]*o)[0-9o]{2,4}\\b");
    /** "năm" as OCR prints it: "ndm", "nim", "nàm" folded. */
    private static final Pattern NAM = Pattern.compile("\\bn[adi]m\\b");
    /** "trước" as OCR prints it: "trude", "trudc", "truéc", "trvoc". */
    private static final Pattern TRUOC = Pattern.compile("\\btr[uvw][ode0][cde]\\b");
    /** "thường xuyên" as OCR prints it: "thuong xuyén", "thudng xuyen", "thuwong xuyen". */
    private static final Pattern THUONG_XUYEN = Pattern.compile("\\bth[uvw]{1,2}[od0]?n?g\\s?xu[yv]en\\b");
    /** "Quý"/"Quy" and the quarter's numeral, with OCR strokes: "Il", "ll", "11", "1I" (II), "lV" (IV). */
    private static final Pattern QUARTER = Pattern.compile("\\bqu[yi]\\s*([il1|]{1,3}|[il1|]v|0?[1-4])(?![\\p{L}\\d])");
    /**
     * "Quý" as OCR prints it ("Quv", "Ouy") and as notes shorten it, only before a year ("Q3/2026", "Q1 2026"):
     * a lone "Q1" may be a district ("Quận 1").
     */
    private static final Pattern QUY = Pattern.compile("\\b(?:quv|ouy)\\b|\\bq(?=[1-4](?:\\s*/\\s*\\d{4}|\\s+\\d{4})(?!\\d))");
    /** "tháng" as OCR prints it ("tbang", "thanq") and as notes shorten it ("T3/2026"). */
    private static final Pattern THANG = Pattern.compile("\\bt[hb]an[gq]\\b|\\bt(?=\\d{1,2}\\s*/\\s*\\d{4}(?!\\d))");
    /** "ngày" as OCR prints it: "nqay". */
    private static final Pattern NGAY = Pattern.compile("\\bnqay\\b");

    private OcrText() {
    }

    /** Folded, OCR-repaired text; never null. */
    static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = VietnameseText.fold(NumberWords.beforeFolding(raw));
        if (s.isEmpty()) {
            return s;
        }
        s = DASHES.matcher(s).replaceAll("-");
        s = replace(DATE_TOKEN, s, m -> digits(m.group()));
        s = replace(O_FOR_ZERO, s, m -> m.group().replace('o', '0'));
        s = NAM.matcher(s).replaceAll("nam");
        s = TRUOC.matcher(s).replaceAll("truoc");
        s = THUONG_XUYEN.matcher(s).replaceAll("thuong xuyen");
        s = CUOI.matcher(s).replaceAll("cuoi");
        s = replace(QUY, s, m -> m.group().startsWith("q") && m.group().length() == 1 ? "quy " : "quy");
        s = replace(THANG, s, m -> m.group().length() == 1 ? "thang " : "thang");
        s = NGAY.matcher(s).replaceAll("ngay");
        s = NumberWords.afterFolding(s);
        s = replace(QUARTER, s, m -> "quy " + quarterNumber(m.group(1)));
        return s;
    }

    /** "l5/3/2o24" → "15/3/2024": inside a date, l, i and | are ones and o is a zero. */
    private static String digits(String token) {
        return token.replace('l', '1').replace('i', '1').replace('|', '1').replace('o', '0');
    }

    /** 1..4 for a quarter numeral as printed (roman, arabic or OCR strokes); 0 when it is none. */
    static int quarterNumber(String numeral) {
        String n = numeral.replace('l', 'i').replace('1', 'i').replace('|', 'i');
        return switch (n) {
            case "i", "0i" -> 1;
            case "ii", "2", "02" -> 2;
            case "iii", "3", "03" -> 3;
            case "iv", "4", "04" -> 4;
            default -> 0;
        };
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        return NumberWords.replace(pattern, text, with);
    }
}
