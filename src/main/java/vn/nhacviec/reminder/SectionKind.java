package vn.nhacviec.reminder;

/** The parts a digest can have, in the order they appear in it. */
public enum SectionKind {
    /** The recipient's own deadlines, report dates and progress requests of the day. */
    OFFICER_DAILY,
    /**
     * Parts the recipient's units hold in other units' items (coordinating units, lead units after the
     * first) and have not reported yet, on the items' own stages: kept apart from the recipient's own items.
     */
    OFFICER_PARTS,
    /** Chairman and vice-chairmen: deadlines overdue by the escalation threshold or more, by unit. */
    LEADER_OVERDUE,
    /** Chairman (and the leader who asked): explanations asked on overdue items, unanswered past the limit. */
    LEADER_EXPLANATIONS,
    /** Chairman, once a week: done last week, overdue, due this week. */
    CHAIRMAN_WEEKLY,
    /** Office, once a week: items that still have no date. */
    OFFICE_EXTERNAL_WEEKLY,
    /** Office: officers who cannot be reached and what they miss; items nobody answers for. */
    OFFICE_UNREACHABLE
}
