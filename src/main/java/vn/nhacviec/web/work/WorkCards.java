package vn.nhacviec.web.work;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.ActionWindow;
import vn.nhacviec.agenda.Actor;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.Obligation;
import vn.nhacviec.agenda.TaskAgenda;
import vn.nhacviec.agenda.work.OfficerWork;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's items as the page shows them: the bot's grouping ({@link TaskAgenda} over
 * {@link OfficerWork#ownOpen}), the same due-soon window, dates as dd/MM/yyyy. Only formatting here.
 */
@Singleton
public class WorkCards {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OfficerWork work;
    private final UnitCatalog units;
    private final ActionWindow window;

    WorkCards(OfficerWork work, UnitCatalog units, ActionWindow window) {
        this.work = work;
        this.units = units;
        this.window = window;
    }

    public MyWorkPage page(Actor actor, LocalDate today, String notice) {
        List<TaskAgenda> tasks = tasks(actor, today);
        List<MyWorkPage.Section> sections = new ArrayList<>();
        for (TaskAgenda.Standing standing : TaskAgenda.Standing.values()) {
            List<TaskCard> cards = tasks.stream().filter(t -> t.standing(window, today) == standing)
                    .map(t -> card(actor.communeId(), t, today)).toList();
            if (!cards.isEmpty()) {
                sections.add(new MyWorkPage.Section(sectionTitle(standing), css(standing), cards));
            }
        }
        return new MyWorkPage(DATE.format(today), sections, actor.units().isEmpty() && actor.role().leadsCommune(), notice);
    }

    /** The card of task #code as it stands now; empty once nothing of it is open for this officer. */
    public Optional<TaskCard> card(Actor actor, int code, LocalDate today) {
        return tasks(actor, today).stream().filter(t -> t.taskCode() == code).findFirst().map(t -> card(actor.communeId(), t, today));
    }

    private List<TaskAgenda> tasks(Actor actor, LocalDate today) {
        ReportingCalendar calendar = work.calendar(actor.communeId(), today);
        return TaskAgenda.of(work.ownOpen(actor), calendar, today);
    }

    private TaskCard card(long communeId, TaskAgenda task, LocalDate today) {
        List<TaskCard.Line> lines = new ArrayList<>();
        task.overdue().forEach(o -> lines.add(line(o, today)));
        task.next().ifPresent(o -> lines.add(line(o, today)));
        task.undated().forEach(i -> lines.add(new TaskCard.Line(i.deadlineId(), undatedName(i), "", "", false)));
        AgendaItem target = task.target().map(Obligation::item).orElse(task.undated().isEmpty() ? null : task.undated().get(0));
        TaskAgenda.Standing standing = task.standing(window, today);
        String name = lines.stream().filter(l -> target != null && l.deadlineId() == target.deadlineId()).findFirst()
                .map(l -> l.due().isEmpty() ? l.name() : "mốc hạn " + l.due())
                .orElse("");
        LocalDate earliest = target != null && target.due() != null && target.due().isAfter(today) ? target.due().plusDays(1)
                : today.plusDays(1);
        String more = task.later() > 0 ? " · còn " + task.later() + " mốc sau" : "";
        return new TaskCard(task.taskCode(), taskHref(communeId, task.taskCode()), task.code(), task.title(), unitNames(task.leadUnits()) + more, css(standing),
                standingLabel(standing), lines, target == null ? 0 : target.deadlineId(), name, DATE.format(earliest));
    }

    /** The address of a task's page. */
    public static String taskHref(long communeId, int code) {
        return "/xa/" + communeId + "/nhiem-vu/" + code;
    }

    private static TaskCard.Line line(Obligation o, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, o.due());
        String when = days < 0 ? "quá hạn " + (-days) + " ngày" : days == 0 ? "đến hạn hôm nay" : "còn " + days + " ngày";
        return new TaskCard.Line(o.deadlineId(), o.name(), DATE.format(o.due()), when, days < 0);
    }

    private static String undatedName(AgendaItem item) {
        return item.kind() == vn.nhacviec.deadline.MilestoneKind.CONTINUOUS ? "thường xuyên" : "chờ cấp trên định ngày";
    }

    public String unitNames(List<String> codes) {
        return codes.isEmpty() ? "bộ phận khác"
                : String.join(", ", codes.stream().map(c -> units.byCode(c).map(Unit::name).orElse(c)).distinct().toList());
    }

    private static String sectionTitle(TaskAgenda.Standing s) {
        return switch (s) {
            case OVERDUE -> "Quá hạn";
            case SOON -> "Sắp đến hạn";
            case LATER -> "Còn trong hạn";
            case UNDATED -> "Thường xuyên, chưa có ngày";
        };
    }

    private static String standingLabel(TaskAgenda.Standing s) {
        return switch (s) {
            case OVERDUE -> "Quá hạn";
            case SOON -> "Sắp đến hạn";
            case LATER -> "Trong hạn";
            case UNDATED -> "Không có ngày";
        };
    }

    private static String css(TaskAgenda.Standing s) {
        return switch (s) {
            case OVERDUE -> "overdue";
            case SOON -> "due-soon";
            case LATER -> "in-progress";
            case UNDATED -> "undated";
        };
    }
}
