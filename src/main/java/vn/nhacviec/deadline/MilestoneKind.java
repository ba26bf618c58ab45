package vn.nhacviec.deadline;

/** How a clause of a time cell fixes its deadline; see {@code docs/deadlines.md}. */
public enum MilestoneKind {
    /** One deadline: exactly one due date. */
    ONCE,
    /** A series (monthly, quarterly, the plan's reporting calendar): every date of it inside the plan year. */
    RECURRING,
    /** "Thường xuyên": ongoing all year, no due date; reminded on the reporting calendar. */
    CONTINUOUS,
    /** Set by someone else ("Theo kế hoạch của UBND huyện") or unreadable: no due date, a person sets one. */
    EXTERNAL
}
