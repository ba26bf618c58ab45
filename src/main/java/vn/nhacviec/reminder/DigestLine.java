package vn.nhacviec.reminder;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.ReportDate;

import java.time.LocalDate;
import java.util.List;

/** One line of a digest. Lines carry data, not text: wording and buttons are the bot's business. */
public sealed interface DigestLine {

    /** The date this line is about, for "soonest first" ordering. */
    LocalDate sortDate();

    /** Deadline id the line is about, or 0 (report dates have none); for buttons and snooze. */
    long deadlineId();

    /** A dated deadline reminded at {@code stage}; {@code workingDaysOverdue} is 0 until it is late. */
    record Deadline(AgendaItem item, Stage stage, int workingDaysOverdue) implements DigestLine {
        public LocalDate sortDate() {
            return item.due();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /**
     * {@code unit}'s part in a dated deadline it does not close (it coordinates, or leads after the
     * first lead unit), not reported yet, reminded at the deadline's {@code stage}.
     */
    record Part(AgendaItem item, String unit, Stage stage, int workingDaysOverdue) implements DigestLine {
        public LocalDate sortDate() {
            return item.due();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /** A report date of the plan, a deadline of the office. */
    record Report(long communeId, ReportDate report, Stage stage) implements DigestLine {
        public LocalDate sortDate() {
            return report.date();
        }

        public long deadlineId() {
            return 0;
        }
    }

    /** A CONTINUOUS task: its lead units are asked how far they are, ahead of {@code report}. */
    record Progress(AgendaItem item, ReportDate report) implements DigestLine {
        public LocalDate sortDate() {
            return report.date();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /**
     * Leaders' digests: an overdue deadline under one of its lead units ("" when it has none); in the
     * weekly summary, one that fell overdue since the previous summary.
     */
    record Overdue(String unit, AgendaItem item, int workingDaysOverdue) implements DigestLine {
        public LocalDate sortDate() {
            return item.due();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /**
     * Weekly summary: the commune's figures on the day (obligations, as the quarterly report counts
     * them) and how many tasks they belong to.
     *
     * @param tasks        tasks with a dated obligation
     * @param overdueTasks tasks with an obligation overdue
     */
    record Standing(ProgressCounts counts, int tasks, int overdueTasks) implements DigestLine {
        public LocalDate sortDate() {
            return LocalDate.MIN;
        }

        public long deadlineId() {
            return 0;
        }
    }

    /** Weekly summary: done in the past week. */
    record Done(AgendaItem item) implements DigestLine {
        public LocalDate sortDate() {
            return item.due() == null ? LocalDate.MAX : item.due();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /** Weekly summary: due this week. */
    record Upcoming(AgendaItem item) implements DigestLine {
        public LocalDate sortDate() {
            return item.due();
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /** Office's weekly list: an open item with no date yet, waiting for {@code task set-due}. */
    record Undated(AgendaItem item) implements DigestLine {
        public LocalDate sortDate() {
            return LocalDate.MAX;
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /** Office: {@code officer} is not linked to Telegram (or blocked the bot) and misses these lines. */
    record Unreachable(Recipient officer, List<DigestLine> missed) implements DigestLine {
        public Unreachable {
            missed = List.copyOf(missed);
        }

        public LocalDate sortDate() {
            return missed.stream().map(DigestLine::sortDate).min(LocalDate::compareTo).orElse(LocalDate.MAX);
        }

        public long deadlineId() {
            return 0;
        }
    }

    /** Office: nobody in the roster answers for this line (its lead unit has no officer). */
    record Unassigned(DigestLine line) implements DigestLine {
        public LocalDate sortDate() {
            return line.sortDate();
        }

        public long deadlineId() {
            return line.deadlineId();
        }
    }

    /** Leaders' digests: why {@code item} is late was asked and is still unanswered after {@code workingDays}. */
    record Unexplained(AgendaItem item, String askedBy, LocalDate askedOn, int workingDays) implements DigestLine {
        public LocalDate sortDate() {
            return askedOn;
        }

        public long deadlineId() {
            return item.deadlineId();
        }
    }

    /**
     * Weekly summary, forecast: {@code unit}'s obligations that will be overdue at the quarter's end
     * unless done by {@code lastChance} ({@code overdue} of them already are).
     */
    record AtRisk(String unit, int overdue, int dueThisWeek, LocalDate lastChance, LocalDate quarterEnd)
            implements DigestLine {
        public LocalDate sortDate() {
            return LocalDate.MIN;
        }

        public long deadlineId() {
            return 0;
        }
    }
}
