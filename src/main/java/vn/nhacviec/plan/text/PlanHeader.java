package vn.nhacviec.plan.text;

/**
 * What a plan says about itself on its first page.
 *
 * @param commune the commune as printed ("Sơn Kỳ"; OCR text without diacritics stays without them), or null
 * @param year    the year the plan is for, taken from the title rather than the issue date, or null
 * @param title   the title line(s), starting with "Kế hoạch", or null
 * @param number  the document number ("26/KH-UBND"), or null when the number is left blank
 */
public record PlanHeader(String commune, Integer year, String title, String number) {

    static PlanHeader empty() {
        return new PlanHeader(null, null, null, null);
    }
}
