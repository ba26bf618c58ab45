package vn.nhacviec.plan;

import vn.nhacviec.deadline.DeadlineParser;
import vn.nhacviec.deadline.DeadlineReading;
import vn.nhacviec.deadline.PlanPeriod;
import vn.nhacviec.deadline.PlanYear;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.deadline.ReportingCalendarParser;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.UnitReading;
import vn.nhacviec.plan.document.ItemCensus;
import vn.nhacviec.plan.text.PlanHeader;
import vn.nhacviec.plan.text.PlanText;
import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.plan.text.TaskRow;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns a plan's text into a {@link Plan}: the text readers cut it into rows, the unit catalog
 * names the responsible units, the deadline parser reads each time cell. Pure: no I/O, no clock.
 */
public final class PlanReader {

    private final PlanTextReader textReader = new PlanTextReader();
    private final ReportingCalendarParser calendarParser = new ReportingCalendarParser();
    private final DeadlineParser deadlineParser = new DeadlineParser();
    private final UnitCatalog units;

    private static final String RECOVERED_TASK = "Việc này được đọc bổ sung từ lớp chữ của tệp (bảng không đọc được đầy đủ); "
            + "cần kiểm tra lại.";
    /** The start of the text readers' warning for a plan with no task table. */
    private static final String NO_TASK_TABLE = "Không tìm thấy bảng nhiệm vụ";

    public PlanReader(UnitCatalog units) {
        this.units = units;
    }

    /**
     * A plan file as received: its text read as below, then checked against the numbered items
     * the document's plain text shows ({@link #reconciled}); the source's notices (such as
     * "converted from the old TCVN3 font") first among the plan's warnings.
     */
    public Plan read(PlanSource source, int fallbackYear) {
        Plan plan = reconciled(read(source.text(), fallbackYear), source);
        if (source.notices().isEmpty()) {
            return plan;
        }
        List<String> warnings = new ArrayList<>(source.notices());
        warnings.addAll(plan.warnings());
        return new Plan(plan.commune(), plan.year(), plan.title(), plan.number(), plan.calendar(), plan.tasks(),
                warnings, plan.hasTaskTable());
    }

    /**
     * A plan is never taken for complete when its document visibly holds more numbered items
     * than tasks were read. The items no task accounts for are looked for in the document's text
     * layer (a PDF whose tables were rebuilt: its text as printed); those found there are put in
     * place, with a warning to check them; those still missing are named in a plan warning.
     */
    Plan reconciled(Plan plan, PlanSource source) {
        ItemCensus census = source.census();
        if (census.size() <= plan.tasks().size()) {
            return plan;
        }
        ItemCensus.Alignment read = alignment(census, plan.tasks());
        List<Integer> unread = read.unmatchedPositions();
        if (unread.isEmpty()) {
            return plan;
        }
        Map<Integer, Task> recovered = new TreeMap<>();
        if (!source.textLayer().isBlank()) {
            List<Task> layer = read(source.textLayer(), plan.year()).tasks();
            ItemCensus.Alignment fromLayer = alignment(census, layer);
            for (int k = 0; k < layer.size(); k++) {
                int item = fromLayer.itemOf(k);
                if (item >= 0 && unread.contains(item)) {
                    recovered.put(item, withWarning(layer.get(k), RECOVERED_TASK));
                }
            }
        }
        List<Task> tasks = new ArrayList<>();
        Iterator<Map.Entry<Integer, Task>> pending = recovered.entrySet().iterator();
        Map.Entry<Integer, Task> next = pending.hasNext() ? pending.next() : null;
        for (int t = 0; t < plan.tasks().size(); t++) {
            int item = read.itemOf(t);
            while (next != null && item >= 0 && next.getKey() < item) {
                tasks.add(next.getValue());
                next = pending.hasNext() ? pending.next() : null;
            }
            tasks.add(plan.tasks().get(t));
        }
        while (next != null) {
            tasks.add(next.getValue());
            next = pending.hasNext() ? pending.next() : null;
        }
        List<String> warnings = new ArrayList<>();
        List<String> missing = unread.stream().filter(i -> !recovered.containsKey(i))
                .map(i -> census.items().get(i).label()).toList();
        if (!missing.isEmpty()) {
            warnings.add("Tệp có " + census.size() + " mục đánh số trong bảng nhiệm vụ nhưng " + missing.size()
                    + " mục không đọc được: " + String.join(", ", missing) + ". Các mục này chưa có trong danh sách "
                    + "nhiệm vụ; đồng chí kiểm tra lại tệp (hoặc gửi bản Word) trước khi nhập.");
        }
        if (!recovered.isEmpty()) {
            warnings.add("Bảng nhiệm vụ không đọc được đầy đủ; đã đọc bổ sung " + recovered.size() + " mục từ lớp chữ của tệp: "
                    + String.join(", ", recovered.keySet().stream().map(i -> census.items().get(i).label()).toList())
                    + ". Đồng chí kiểm tra lại nội dung, bộ phận và thời hạn của các việc này.");
        }
        plan.warnings().stream().filter(w -> recovered.isEmpty() || !w.startsWith(NO_TASK_TABLE)).forEach(warnings::add);
        return new Plan(plan.commune(), plan.year(), plan.title(), plan.number(), plan.calendar(), tasks, warnings,
                plan.hasTaskTable() || !recovered.isEmpty());
    }

    private static ItemCensus.Alignment alignment(ItemCensus census, List<Task> tasks) {
        return new ItemCensus.Alignment(census, tasks.stream().map(Task::number).toList(), tasks.stream().map(Task::section).toList());
    }

    private static Task withWarning(Task task, String warning) {
        List<String> warnings = new ArrayList<>(task.warnings());
        warnings.add(0, warning);
        return new Task(task.section(), task.number(), task.content(), task.product(), task.lead(), task.coordinating(),
                task.deadlineText(), task.notes(), task.milestones(), warnings);
    }

    /**
     * @param fallbackYear the year to assume when the plan's title names none (the current year)
     */
    public Plan read(String text, int fallbackYear) {
        PlanText planText = textReader.read(text);
        PlanHeader header = planText.header();
        List<String> warnings = new ArrayList<>(planText.warnings());
        PlanPeriod period = period(header, text, planText.rows(), fallbackYear, warnings);
        int year = period.year();
        ReportingCalendar calendar = calendarParser.parse(text, year);
        if (calendar.isEmpty()) {
            warnings.add("Kế hoạch không nêu lịch gửi báo cáo định kỳ; các việc \"định kỳ báo cáo\" cần người đặt ngày.");
        }
        List<Task> tasks = planText.rows().stream().map(row -> toTask(row, period, calendar)).toList();
        return new Plan(nullToEmpty(header.commune()), year, nullToEmpty(header.title()), nullToEmpty(header.number()),
                calendar, tasks, warnings, planText.hasTaskTable());
    }

    /** The years the plan is for ({@link PlanYear}); the title's year, else the cells' or the date line's. */
    private static PlanPeriod period(PlanHeader header, String text, List<TaskRow> rows, int fallbackYear,
                                     List<String> warnings) {
        List<String> timeCells = rows.stream().map(TaskRow::timeText).toList();
        Optional<PlanYear.Inferred> inferred = PlanYear.infer(header.title(), text, timeCells);
        if (inferred.isEmpty()) {
            int year = header.year() != null ? header.year() : fallbackYear;
            warnings.add("Không tìm thấy năm của kế hoạch trong tiêu đề; tạm lấy năm " + year + ".");
            return PlanPeriod.of(year);
        }
        PlanPeriod period = inferred.get().period();
        switch (inferred.get().basis()) {
            case TIME_CELLS -> warnings.add("Tiêu đề kế hoạch không nêu năm; lấy năm " + period.year()
                    + ", năm các ô thời gian nêu nhiều nhất.");
            case DATE_LINE -> warnings.add("Tiêu đề kế hoạch không nêu năm; lấy năm " + period.year()
                    + " theo ngày ban hành kế hoạch.");
            case TITLE -> { }
        }
        if (!period.isSingleYear()) {
            warnings.add("Kế hoạch cho giai đoạn " + period.label() + ": giữ các thời hạn trong cả giai đoạn.");
        }
        return period;
    }

    private Task toTask(TaskRow row, PlanPeriod period, ReportingCalendar calendar) {
        List<String> warnings = new ArrayList<>(row.warnings());
        UnitReading lead = units.read(nullToEmpty(row.leadText()));
        UnitReading coordinating = units.read(nullToEmpty(row.coordinatingText()));
        lead.unknown().forEach(name -> warnings.add(
                "Không nhận ra bộ phận chủ trì \"" + name + "\"; giữ nguyên tên như trong kế hoạch."));
        coordinating.unknown().forEach(name -> warnings.add(
                "Không nhận ra bộ phận phối hợp \"" + name + "\"; giữ nguyên tên như trong kế hoạch."));
        List<String> leadUnits = Stream.concat(lead.codes().stream(), lead.unknown().stream()).toList();
        if (leadUnits.isEmpty()) {
            warnings.add("Chưa rõ bộ phận chủ trì; cần Văn phòng – Thống kê phân công.");
        }
        DeadlineReading reading = deadlineParser.read(nullToEmpty(row.timeText()), period, calendar);
        warnings.addAll(reading.warnings());
        return new Task(nullToEmpty(row.section()), nullToEmpty(row.number()), nullToEmpty(row.content()),
                nullToEmpty(row.product()), leadUnits,
                Stream.concat(coordinating.codes().stream(), coordinating.unknown().stream()).toList(),
                nullToEmpty(row.timeText()), nullToEmpty(row.notes()), reading.milestones(), warnings);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
