package vn.nhacviec.web.dashboard;

import vn.nhacviec.agenda.ProgressCounts;

/** One row of figures as the pages show it: a label, the four figures, the total and the completion rate. */
public record Figures(String label, int doneOnTime, int doneLate, int openInTime, int overdue) {

    public static Figures of(String label, ProgressCounts counts) {
        return new Figures(label, counts.doneOnTime(), counts.doneLate(), counts.openInTime(), counts.openOverdue());
    }

    ProgressCounts counts() {
        return new ProgressCounts(doneOnTime, doneLate, openInTime, overdue);
    }

    public int done() {
        return doneOnTime + doneLate;
    }

    public int total() {
        return counts().total();
    }

    /** The completion rate as the workbook writes it (done over all, whole percent rounded down). */
    public int rate() {
        return counts().completionPercent();
    }

    /** A share of the total in percent with one decimal, for the width of a bar segment. */
    public String share(int value) {
        int total = total();
        return total == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.1f", 100.0 * value / total);
    }

    /** The colour class of the completion rate: red under 50 %, orange under 80 %, green from 80 %. */
    public String rateClass() {
        return total() == 0 ? "muted" : rate() >= 80 ? "rate-good" : rate() >= 50 ? "rate-fair" : "rate-poor";
    }
}
