package vn.nhacviec.evidence;

import java.time.Instant;

/** The office's (or a leader's) decision on a completion: accepted, or returned with a reason. */
public record CompletionReview(long id, long deadlineId, Decision decision, String reason, long decidedBy,
                               Instant decidedAt) {

    public enum Decision { ACCEPTED, RETURNED }
}
