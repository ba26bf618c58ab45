package vn.nhacviec.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.ProgressBreakdown;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.VietnameseText;
import vn.nhacviec.directory.Unit;
import vn.nhacviec.directory.UnitCatalog;
import vn.nhacviec.sheet.CellStyles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The quarterly CCHC progress report as an Excel workbook: sheet "Nhiệm vụ" lists every deadline of
 * the year due up to the end of the quarter (undated ones last), sheet "Tổng hợp" gives the province's
 * four figures per lead unit and per plan section, with the completion rate. Plain Java: everything it
 * needs is passed in, so it is built the same way in tests and on the command line.
 */
public final class QuarterlyReport {

    public static final String TASKS_SHEET = "Nhiệm vụ";
    public static final String SUMMARY_SHEET = "Tổng hợp";
    /** The Excel format code of every date cell (day/month/year). */
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    public static final String TOTAL_LABEL = "Tổng cộng";
    public static final String NO_UNIT_LABEL = "Chưa xác định bộ phận chủ trì";

    public static final String DONE_ON_TIME = "Đã xong đúng hạn";
    public static final String DONE_LATE = "Đã xong trễ hạn";
    public static final String DONE = "Đã xong";
    public static final String NOT_YET_DUE = "Chưa đến hạn";
    public static final String OVERDUE = "Quá hạn";
    public static final String CONTINUOUS = "Thường xuyên";
    public static final String NO_DUE_DATE = "Chưa có hạn";

    static final List<String> TASK_HEADERS = List.of("Mã việc", "Số TT", "Nội dung", "Bộ phận chủ trì", "Hạn",
            "Trạng thái", "Ngày hoàn thành", "Ghi chú", "Tài liệu kiểm chứng");
    static final List<String> SUMMARY_HEADERS = List.of("Bộ phận / Mục", DONE_ON_TIME, DONE_LATE,
            "Chưa đến hạn (trong hạn)", "Quá hạn (chưa xong)", "Tổng số", "Tỷ lệ hoàn thành");

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Map<Integer, TaskInfo> tasks;
    private final UnitCatalog units;
    private final String commune;
    private final int quarter;
    private final int year;
    private final LocalDate asOf;
    private final ZoneId zone;
    private final List<AgendaItem> dated;
    private final List<AgendaItem> undated;
    private final Map<Long, String> evidence;

    /**
     * @param items   the commune's deadlines (as {@code AgendaStore.all} gives them)
     * @param tasks   full content, section and plan year by task code; a missing code falls back to the
     *                item's short title and the section in its numbering
     * @param asOf    the day the figures are computed for: the end of the quarter, or today if earlier
     * @param zone    the communes' time zone ({@code nhacviec.zone}), in which completion times are read
     */
    public QuarterlyReport(List<AgendaItem> items, Map<Integer, TaskInfo> tasks, UnitCatalog units, String commune,
                           int quarter, int year, LocalDate asOf, ZoneId zone) {
        this(items, tasks, Map.of(), units, commune, quarter, year, asOf, zone);
    }

    /** @param evidence what was kept as evidence of each deadline's completion, by deadline id ("ảnh «…»; Văn bản số …") */
    public QuarterlyReport(List<AgendaItem> items, Map<Integer, TaskInfo> tasks, Map<Long, String> evidence, UnitCatalog units,
                           String commune, int quarter, int year, LocalDate asOf, ZoneId zone) {
        checkQuarter(quarter);
        this.evidence = Map.copyOf(evidence);
        this.tasks = Map.copyOf(tasks);
        this.units = Objects.requireNonNull(units);
        this.commune = Objects.requireNonNull(commune);
        this.quarter = quarter;
        this.year = year;
        this.asOf = Objects.requireNonNull(asOf);
        this.zone = Objects.requireNonNull(zone);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = quarterEnd(year, quarter);
        Comparator<AgendaItem> order = Comparator.comparing(AgendaItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(AgendaItem::taskCode).thenComparingLong(AgendaItem::deadlineId);
        this.dated = items.stream()
                .filter(i -> i.status() != DeadlineStatus.CANCELLED && i.due() != null)
                .filter(i -> !i.due().isBefore(from) && !i.due().isAfter(to))
                .sorted(order).toList();
        this.undated = items.stream()
                .filter(i -> i.status() != DeadlineStatus.CANCELLED && i.due() == null)
                .filter(i -> !this.tasks.containsKey(i.taskCode()) || this.tasks.get(i.taskCode()).planYear() == year)
                .sorted(order).toList();
    }

    /** Refuses a quarter outside 1–4 with a one-line message. */
    public static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1, 2, 3 or 4 (got " + quarter + ")");
        }
    }

    /** The last day of the quarter. */
    public static LocalDate quarterEnd(int year, int quarter) {
        checkQuarter(quarter);
        return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The day a report is computed for: the end of the quarter, or {@code today} when that is earlier. */
    public static LocalDate asOf(int year, int quarter, LocalDate today) {
        LocalDate end = quarterEnd(year, quarter);
        return today.isBefore(end) ? today : end;
    }

    /** {@code bao-cao-cchc-son-ky-Q1-2024.xlsx}. */
    public static String defaultFileName(String commune, int quarter, int year) {
        String folded = VietnameseText.fold(commune).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "bao-cao-cchc-" + (folded.isEmpty() ? "xa" : folded) + "-Q" + quarter + "-" + year + ".xlsx";
    }

    /** The commune's name as stored ("Sơn Kỳ"). */
    public String commune() {
        return commune;
    }

    public int quarter() {
        return quarter;
    }

    public int year() {
        return year;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Whether the figures are those of the quarter's last day (else: of today, the quarter not being over). */
    public boolean atQuarterEnd() {
        return asOf.equals(quarterEnd(year, quarter));
    }

    /** The report's title, saying which day the figures are for. */
    public String title() {
        String when = atQuarterEnd()
                ? "số liệu đến ngày " + DMY.format(asOf) + " (hết quý)"
                : "số liệu đến ngày " + DMY.format(asOf) + " (hôm nay, quý chưa kết thúc)";
        return "Báo cáo tiến độ thực hiện Kế hoạch CCHC năm " + year + " – Quý " + ROMAN[quarter - 1] + " – xã "
                + commune + " – " + when;
    }

    /** Deadlines due from 1 January to the end of the quarter, soonest first. */
    public List<AgendaItem> dated() {
        return dated;
    }

    /** Deadlines without a due date (continuous tasks, dates set by someone else) of this year's plan. */
    public List<AgendaItem> undated() {
        return undated;
    }

    /** The four figures over all dated deadlines of the report (undated ones never count). */
    public ProgressCounts total() {
        return ProgressCounts.of(dated, asOf, zone);
    }

    /**
     * The figures per lead unit, in the catalog's order; a deadline with several lead units counts for
     * each of them, one without any under {@link #NO_UNIT_LABEL} (key "").
     */
    public Map<String, ProgressCounts> byUnit() {
        return ProgressBreakdown.byUnit(dated, asOf, zone, units.units().stream().map(Unit::code).toList());
    }

    /** The figures per plan section, in plan order. */
    public Map<String, ProgressCounts> bySection() {
        return ProgressBreakdown.bySection(dated, asOf, zone, this::section);
    }

    /** The display name of a unit code ("TP-HT" → "Tư pháp – Hộ tịch"); the code itself when unknown. */
    public String unitName(String code) {
        if (code == null || code.isEmpty()) {
            return NO_UNIT_LABEL;
        }
        return units.byCode(code).map(Unit::name).orElse(code);
    }

    /** The status column: the same rule as the figures (a DONE deadline without a completion time is on time). */
    public static String statusText(AgendaItem item, LocalDate asOf, ZoneId zone) {
        if (item.due() == null) {
            if (item.status() == DeadlineStatus.DONE) {
                return DONE;
            }
            return item.kind() == MilestoneKind.CONTINUOUS ? CONTINUOUS : NO_DUE_DATE;
        }
        ProgressCounts one = ProgressCounts.of(List.of(item), asOf, zone);
        if (one.doneOnTime() > 0) {
            return DONE_ON_TIME;
        }
        if (one.doneLate() > 0) {
            return DONE_LATE;
        }
        return one.openOverdue() > 0 ? OVERDUE : NOT_YET_DUE;
    }

    /** The workbook; the caller closes it. */
    public XSSFWorkbook workbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getProperties().getCoreProperties().setTitle(title());
        Styles styles = new Styles(workbook);
        writeTasks(workbook.createSheet(TASKS_SHEET), styles);
        writeSummary(workbook.createSheet(SUMMARY_SHEET), styles);
        return workbook;
    }

    /** The workbook as .xlsx bytes. */
    public byte[] bytes() {
        try (XSSFWorkbook workbook = workbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeTasks(Sheet sheet, Styles styles) {
        header(sheet, TASK_HEADERS, styles);
        int[] widths = {9, 9, 70, 28, 12, 18, 15, 40, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        int r = 1;
        List<AgendaItem> all = new ArrayList<>(dated);
        all.addAll(undated);
        for (AgendaItem item : all) {
            Row row = sheet.createRow(r++);
            text(row, 0, "#" + item.taskCode(), styles.text);
            text(row, 1, item.numbering(), styles.text);
            TaskInfo info = tasks.get(item.taskCode());
            text(row, 2, info == null || info.content() == null || info.content().isBlank() ? item.title() : info.content().strip(),
                    styles.wrapped);
            text(row, 3, item.leadUnits().stream().map(this::unitName).collect(Collectors.joining("; ")), styles.wrapped);
            if (item.due() == null) {
                text(row, 4, "", styles.text);
            } else {
                Cell due = row.createCell(4);
                due.setCellValue(item.due());
                due.setCellStyle(styles.date);
            }
            text(row, 5, statusText(item, asOf, zone), styles.text);
            if (item.status() == DeadlineStatus.DONE && item.doneAt() != null) {
                Cell done = row.createCell(6);
                done.setCellValue(item.doneAt().atZone(zone).toLocalDate());
                done.setCellStyle(styles.date);
            } else {
                text(row, 6, "", styles.text);
            }
            text(row, 7, note(item), styles.wrapped);
            text(row, 8, evidence.getOrDefault(item.deadlineId(), ""), styles.wrapped);
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue(title());
        sheet.createRow(r).createCell(0).setCellValue("Gồm các hạn từ 01/01/" + year + " đến "
                + DMY.format(quarterEnd(year, quarter)) + "; các việc chưa có hạn ghi ở cuối danh sách.");
        finish(sheet);
    }

    private void writeSummary(Sheet sheet, Styles styles) {
        header(sheet, SUMMARY_HEADERS, styles);
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 1; c < SUMMARY_HEADERS.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        int r = 1;
        Row group = sheet.createRow(r++);
        text(group, 0, "Theo bộ phận chủ trì", styles.bold);
        for (Map.Entry<String, ProgressCounts> e : byUnit().entrySet()) {
            figures(sheet.createRow(r++), unitName(e.getKey()), e.getValue(), styles, false);
        }
        group = sheet.createRow(r++);
        text(group, 0, "Theo mục của kế hoạch", styles.bold);
        for (Map.Entry<String, ProgressCounts> e : bySection().entrySet()) {
            figures(sheet.createRow(r++), "Mục " + e.getKey(), e.getValue(), styles, false);
        }
        figures(sheet.createRow(r++), TOTAL_LABEL, total(), styles, true);
        r++;
        sheet.createRow(r++).createCell(0).setCellValue(title());
        sheet.createRow(r++).createCell(0).setCellValue("Tính các hạn từ 01/01/" + year + " đến "
                + DMY.format(quarterEnd(year, quarter)) + "; việc chưa có hạn không được tính.");
        sheet.createRow(r).createCell(0).setCellValue(
                "Việc có nhiều bộ phận chủ trì được tính cho mỗi bộ phận; dòng Tổng cộng tính mỗi hạn một lần.");
        finish(sheet);
    }

    private static void figures(Row row, String label, ProgressCounts counts, Styles styles, boolean bold) {
        text(row, 0, label, bold ? styles.bold : styles.text);
        int[] values = {counts.doneOnTime(), counts.doneLate(), counts.openInTime(), counts.openOverdue(), counts.total()};
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c + 1);
            cell.setCellValue(values[c]);
            cell.setCellStyle(bold ? styles.boldNumber : styles.number);
        }
        Cell rate = row.createCell(6);
        rate.setCellValue(counts.completionPercent() / 100.0);
        rate.setCellStyle(bold ? styles.boldPercent : styles.percent);
    }

    private String section(AgendaItem item) {
        TaskInfo info = tasks.get(item.taskCode());
        if (info != null && info.section() != null && !info.section().isBlank()) {
            return info.section().strip();
        }
        return ProgressBreakdown.sectionOf(item);
    }

    private static String note(AgendaItem item) {
        List<String> parts = new ArrayList<>();
        if (item.due() == null && item.label() != null && !item.label().isBlank()) {
            parts.add(item.label().strip());
        }
        if (item.note() != null && !item.note().isBlank()) {
            parts.add(item.note().strip());
        }
        return String.join("; ", parts);
    }

    private void finish(Sheet sheet) {
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getHeader().setCenter(title());
    }

    private static void header(Sheet sheet, List<String> headers, Styles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            text(row, c, headers.get(c), styles.header);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(fitted(value));
        cell.setCellStyle(style);
    }

    /** Excel holds at most this many characters in a cell (POI refuses more, and the workbook with it). */
    static final int MAX_CELL_CHARS = 32_767;

    /** Shown at the end of a text cut to fit a cell: the full text is in the plan and in the bot. */
    static final String CUT_MARKER = "… [cắt bớt: quá dài cho một ô Excel]";

    /** A text as it fits in one Excel cell: a longer one is cut, and says so at its end. */
    static String fitted(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_CELL_CHARS) {
            return value;
        }
        int keep = MAX_CELL_CHARS - CUT_MARKER.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--; // never split a character in two
        }
        return value.substring(0, keep) + CUT_MARKER;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrapped;
        final CellStyle bold;
        final CellStyle date;
        final CellStyle number;
        final CellStyle boldNumber;
        final CellStyle percent;
        final CellStyle boldPercent;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            short dateFormat = workbook.createDataFormat().getFormat(DATE_FORMAT);
            short percentFormat = workbook.createDataFormat().getFormat("0%");
            header = bordered(workbook);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = bordered(workbook);
            wrapped = bordered(workbook);
            wrapped.setWrapText(true);
            bold = bordered(workbook);
            bold.setFont(boldFont);
            date = bordered(workbook);
            date.setDataFormat(dateFormat);
            date.setAlignment(HorizontalAlignment.CENTER);
            number = bordered(workbook);
            boldNumber = bordered(workbook);
            boldNumber.setFont(boldFont);
            percent = bordered(workbook);
            percent.setDataFormat(percentFormat);
            boldPercent = bordered(workbook);
            boldPercent.setDataFormat(percentFormat);
            boldPercent.setFont(boldFont);
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            return CellStyles.bordered(workbook);
        }
    }
}
