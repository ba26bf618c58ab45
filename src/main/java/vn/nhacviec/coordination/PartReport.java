package vn.nhacviec.coordination;

import java.time.Instant;

/** A unit's report that its part of one deadline is done ("xong phần của …"). */
public record PartReport(long deadlineId, String unit, long officerId, String reportedBy, Instant at, String note) {

    public PartReport {
        note = note == null ? "" : note;
    }
}
