package vn.nhacviec.deadline;

import java.util.regex.Pattern;

/**
 * Numbers in a time cell that look like deadlines but are not; they are blanked out before any date is
 * read.
 *
 * <ul>
 *   <li>Citations: "Kế hoạch số 140/KH-UBND ngày 14/10/2021", "Quyết định số 22a/QĐ-UBND ngày 11/01/2024",
 *       "Nghị định 32/2020/NĐ-CP ngày 05/3/2020". The date says when the cited paper was signed.</li>
 *   <li>The start of a range: in "từ ngày 01/3/2024 đến ngày 31/3/2024" only the end is the deadline.</li>
 *   <li>A quarter that names a report in a list: in "Báo cáo quý I: 15/3/2024" the date after the colon
 *       is the deadline, not the end of quarter I.</li>
 * </ul>
 */
final class NonDeadlines {

    private static final String NUMERIC_DATE = "\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}";
    private static final String WORDED_DATE = "\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4}";
    private static final String SIGNED_ON =
            "(?:[\\s,]*(?:cua\\s+[a-z ]{1,40}?\\s*)?,?\\s*ngay\\s+(?:" + NUMERIC_DATE + "|" + WORDED_DATE + "))?";

    /** A document number: "140/kh-ubnd", "32/2020/nd-cp", "22a/qd-ubnd", "29-kh/hu", "26 /kh-ubnd". */
    private static final Pattern NUMBERED_DOCUMENT = Pattern.compile(
            "\\b\\d+[a-z]?\\s?(?:[-/]\\d+)*[-/][a-z]+(?:[-/][a-z0-9]+)*" + SIGNED_ON);

    /** A document cited by "số …": "Kế hoạch số 14 ngày 05/02/2024", "Quyết định số /QĐ-UBND ngày …". */
    private static final Pattern DOCUMENT_BY_NUMBER = Pattern.compile(
            "\\b(?:ke hoach|quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|cong van|van ban|thong bao"
                    + "|huong dan|bao cao)\\s+so\\b\\s*[^\\s;]{0,30}" + SIGNED_ON);

    /**
     * The start of a range: "từ ngày 01/3 đến ngày 31/3", "từ tháng 3 đến tháng 6/2027", "từ quý II đến hết
     * quý III", "Quý IV/2025- Quý II/2026", "5/3 - 10/3". "Từ" may be missing; the end must be a time.
     */
    private static final Pattern RANGE_START = Pattern.compile(
            "(?:\\btu\\s+)?(?:(?:ngay\\s+)?(?<![\\d/])\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?(?![\\d/])"
                    + "|(?:ngay\\s+)?\\b\\d{1,2}\\s+thang\\s+\\d{1,2}(?:\\s+nam\\s+\\d{4})?"
                    + "|\\bthang\\s+\\d{1,2}(?:\\s*/\\s*\\d{4}|\\s+nam\\s+\\d{4})?"
                    + "|\\bquy\\s+[1-4](?:\\s*/\\s*\\d{4}|\\s+nam\\s+\\d{4})?)"
                    + "(?=\\s*(?:-|\\bden\\b|\\btoi\\b)\\s*(?:het\\s+)?(?:ngay|thang|quy|\\d{1,2}\\s*/))");

    /** "quy 1:" in "Báo cáo quý I: 15/3/2024" or "+ Quý I: 10/3/2024". */
    private static final Pattern QUARTER_AS_NAME = Pattern.compile("\\bquy\\s+[1-4]\\s*:(?=\\s*\\d)");

    private NonDeadlines() {
    }

    /** Only the cited documents and their signing dates: the years they name are not the plan's. */
    static void blankCitations(ClauseText text) {
        text.blank(NUMBERED_DOCUMENT);
        text.blank(DOCUMENT_BY_NUMBER);
    }

    static void blank(ClauseText text) {
        blankCitations(text);
        text.blank(RANGE_START);
        text.blank(QUARTER_AS_NAME);
    }
}
