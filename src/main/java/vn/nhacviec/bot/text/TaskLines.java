package vn.nhacviec.bot.text;

import static vn.nhacviec.bot.text.Html.escape;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import vn.nhacviec.agenda.Obligation;
import vn.nhacviec.agenda.TaskAgenda;

/**
 * How a task and its obligations read in every list (bot lists and digests): one line per task —
 * "#6 · I.06 · title" — and, only when several obligations are open, one indented line per obligation
 * under it, each naming the obligation or its date ("– báo cáo quý I — hạn 05/03/2024, quá 34 ngày"),
 * then the next one and a count of the later ones. Only the task line carries the task code.
 */
final class TaskLines {

    /** Obligation names longer than this are cut at a word in the lines. */
    static final int MAX_NAME = 60;
    /** Obligation names up to this length go on buttons; longer ones are replaced by the due date. */
    static final int MAX_BUTTON_NAME = 18;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String INDENT = "    ";
    private static final String SUB = INDENT + "– ";

    /** What of a task's obligations a list shows. */
    enum Scope {
        /** Overdue ones, the next one and a count of the later ones (/viec, /sapden). */
        ALL_OPEN,
        /** Only the overdue ones (/quahan, the leaders' overdue lists). */
        OVERDUE
    }

    private TaskLines() {
    }

    /** The task's lines, the first prefixed with {@code lead} ("3. " or "• "). */
    static String lines(String lead, TaskAgenda task, LocalDate today, Scope scope) {
        List<Obligation> shown = new ArrayList<>(task.overdue());
        boolean withNext = scope == Scope.ALL_OPEN && task.next().isPresent();
        int later = scope == Scope.ALL_OPEN ? task.later() : 0;
        int count = shown.size() + (withNext ? 1 : 0) + later;
        String head = lead + Messages.code(task) + " · " + escape(Messages.title(task.title()));
        if (count == 0) {
            return head;
        }
        if (count == 1) {
            Obligation only = withNext ? task.next().get() : shown.get(0);
            return head + " — " + whenShort(only, today);
        }
        StringBuilder html = new StringBuilder(head);
        for (Obligation o : shown) {
            html.append('\n').append(SUB).append(named(o, today));
        }
        if (withNext) {
            html.append('\n').append(SUB).append(shown.isEmpty() ? "" : "tiếp theo: ").append(named(task.next().get(), today));
        }
        if (later > 0) {
            html.append('\n').append(INDENT).append("+ ").append(later).append(' ')
                    .append(later == task.laterReports() ? "kỳ báo cáo sau" : "hạn sau");
        }
        return html.toString();
    }

    /** Overdue obligations of one task, as its lines in a leader's list: only those given. */
    static String overdueLines(String lead, TaskAgenda task, LocalDate today) {
        return lines(lead, task, today, Scope.OVERDUE);
    }

    /** "báo cáo quý I — hạn 05/03/2024, quá 34 ngày"; without a name "hạn 05/03/2024, quá 34 ngày". */
    static String named(Obligation o, LocalDate today) {
        String when = "hạn " + Messages.date(o.due()) + ", " + left(o.due(), today);
        return o.hasName() ? escape(shortName(o.name())) + " — " + when : when;
    }

    /** "hạn 20/02/2024 (quá 48 ngày)": the single obligation of a one-line task. */
    static String whenShort(Obligation o, LocalDate today) {
        return "hạn " + Messages.date(o.due()) + " (" + left(o.due(), today) + ")";
    }

    static String left(LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        return days < 0 ? "quá " + -days + " ngày" : days == 0 ? "hôm nay" : "còn " + days + " ngày";
    }

    /** "#6 báo cáo quý I", "#6 hạn 31/03", or "#5" when the task has a single dated obligation open. */
    static String buttonTarget(TaskAgenda task, Obligation target) {
        if (task.datedCount() <= 1) {
            return "#" + task.taskCode();
        }
        String name = target.name();
        return "#" + task.taskCode() + " " + (target.hasName() && name.length() <= MAX_BUTTON_NAME ? name
                : "hạn " + target.due().format(DAY_MONTH));
    }

    static String shortName(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        int cut = name.lastIndexOf(' ', MAX_NAME - 1);
        return name.substring(0, cut > MAX_NAME / 2 ? cut : MAX_NAME - 1).strip() + "…";
    }
}
