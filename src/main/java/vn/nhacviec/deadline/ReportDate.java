package vn.nhacviec.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date by which the plan's periodic CCHC report is due.
 *
 * @param date  the due date
 * @param label which report, e.g. "Báo cáo quý I", "Báo cáo 6 tháng", "Báo cáo năm"
 */
public record ReportDate(LocalDate date, String label) {

    public ReportDate {
        Objects.requireNonNull(date, "date");
        label = label == null ? "" : label;
    }
}
