package vn.nhacviec.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * "❓ Yêu cầu giải trình": a leader asked why deadline {@code deadlineId} is late; the officers who answer
 * for it reply with a reason and maybe a new date (which becomes an extension request).
 *
 * @param proposedDue the date proposed in the answer, or null
 * @param answeredAt  null while unanswered
 */
public record Explanation(long id, long deadlineId, long communeId, long askedByOfficerId, String askedBy,
                          LocalDate askedOn, Instant askedAt, String answer, LocalDate proposedDue,
                          String answeredBy, Instant answeredAt) {

    public boolean isAnswered() {
        return answeredAt != null;
    }
}
