package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the text of a CCHC plan into its header and its task rows. Detects the shape of the task list and
 * hands it to the reader for that shape. Never throws: whatever cannot be understood becomes a warning,
 * and a line that looks like a row is kept as a row even when its cells cannot be told apart.
 */
public final class PlanTextReader {

    /** Above this size the text is not a plan; reading is cut there so time stays bounded. */
    private static final int MAX_CHARS = 2_000_000;

    public PlanText read(String text) {
        List<String> warnings = new ArrayList<>();
        String input = text == null ? "" : text;
        if (input.length() > MAX_CHARS) {
            warnings.add("Văn bản quá dài; chỉ đọc " + MAX_CHARS + " ký tự đầu.");
            input = input.substring(0, MAX_CHARS);
        }
        List<String> lines = Lines.of(input.replace('\u0000', ' '));
        PlanHeader header;
        try {
            header = new PlanHeaderReader().read(lines);
        } catch (RuntimeException e) {
            header = PlanHeader.empty();
            warnings.add("Lỗi nội bộ khi đọc phần đầu kế hoạch: " + e);
        }
        if (lines.isEmpty() || input.isBlank()) {
            warnings.add("Văn bản trống.");
            return new PlanText(header, PlanShape.PROSE, List.of(), warnings);
        }
        try {
            return readRows(lines, header, warnings);
        } catch (RuntimeException e) {
            // A safety net only: the readers are meant never to get here (the property tests check it).
            warnings.add("Lỗi nội bộ khi đọc bảng nhiệm vụ: " + e);
            return new PlanText(header, PlanShape.PROSE, List.of(), warnings);
        }
    }

    private static PlanText readRows(List<String> lines, PlanHeader header, List<String> warnings) {
        int tabHeader = TabTableReader.findHeader(lines);
        if (tabHeader < 0 && PipeTables.mayHoldPipeTable(lines)) {
            List<String> converted = PipeTables.toTabs(lines);
            tabHeader = TabTableReader.findHeader(converted);
            if (tabHeader >= 0) {
                lines = converted;
            }
        }
        if (tabHeader >= 0) {
            List<TaskRow> rows = new TabTableReader().read(lines, tabHeader, warnings);
            return done(lines, tabHeader, -1, header, PlanShape.TAB_TABLE, rows, warnings);
        }
        int pdfHeader = PdfTableReader.findHeader(lines);
        if (pdfHeader >= 0) {
            List<TaskRow> rows = new PdfTableReader().read(lines, pdfHeader, warnings);
            return done(lines, -1, pdfHeader, header, PlanShape.PDF_TABLE, rows, warnings);
        }
        if (CriteriaReader.looksLikeCriteria(lines)) {
            List<String> criteriaWarnings = new ArrayList<>();
            List<TaskRow> rows = new CriteriaReader().read(lines, criteriaWarnings);
            if (rows.stream().allMatch(r -> r.leadText().isBlank()) && ItemReader.looksLikeItems(lines)) {
                // Criteria items whose units sit under other labels ("Bộ phận chủ trì:", "Đơn vị phối hợp:").
                List<TaskRow> items = new ItemReader().read(lines);
                if (items.size() >= rows.size()) {
                    return done(lines, -1, -1, header, PlanShape.ITEMS, items, warnings);
                }
            }
            warnings.addAll(criteriaWarnings);
            return done(lines, -1, -1, header, PlanShape.CRITERIA, rows, warnings);
        }
        if (ItemReader.looksLikeItems(lines)) {
            List<TaskRow> rows = new ItemReader().read(lines);
            if (!rows.isEmpty()) {
                return done(lines, -1, -1, header, PlanShape.ITEMS, rows, warnings);
            }
        }
        warnings.add("Không tìm thấy bảng nhiệm vụ trong kế hoạch.");
        // Numbered items with a time or unit that no reader could place are still the plan's tasks.
        Reconciliation.Result reconciled = Reconciliation.reconcile(lines, -1, -1, List.of());
        warnings.addAll(reconciled.warnings());
        return new PlanText(header, PlanShape.PROSE, reconciled.rows(), warnings);
    }

    private static PlanText done(List<String> lines, int tabHeader, int pdfHeader, PlanHeader header, PlanShape shape,
                                 List<TaskRow> found, List<String> warnings) {
        List<TaskRow> checked = RowCheck.check(found, warnings);
        Reconciliation.Result reconciled = Reconciliation.reconcile(lines, tabHeader, pdfHeader, checked);
        warnings.addAll(reconciled.warnings());
        List<TaskRow> rows = reconciled.rows();
        if (rows.isEmpty()) {
            warnings.add("Không tìm thấy dòng nhiệm vụ nào trong bảng.");
        }
        return new PlanText(header, shape, rows, warnings);
    }
}
