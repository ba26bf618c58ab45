package vn.nhacviec.plan;

import vn.nhacviec.deadline.DeadlineParser;
import vn.nhacviec.deadline.DeadlineReading;
import vn.nhacviec.deadline.PlanPeriod;
import vn.nhacviec.deadline.PlanYear;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.deadline.ReportingCalendarParser;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.directory.UnitReading;
import vn.nhacviec.plan.text.PlanHeader;
import vn.nhacviec.plan.text.PlanText;
import vn.nhacviec.plan.text.PlanTextReader;
import vn.nhacviec.plan.text.TaskRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    public PlanReader(UnitCatalog units) {
        this.units = units;
    }

    /**
     * A plan file as received: its text read as below, the source's notices (such as "converted
     * from the old TCVN3 font") first among the plan's warnings.
     */
    public Plan read(PlanSource source, int fallbackYear) {
        Plan plan = read(source.text(), fallbackYear);
        if (source.notices().isEmpty()) {
            return plan;
        }
        List<String> warnings = new ArrayList<>(source.notices());
        warnings.addAll(plan.warnings());
        return new Plan(plan.commune(), plan.year(), plan.title(), plan.number(), plan.calendar(), plan.tasks(),
                warnings, plan.hasTaskTable());
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
