package vn.nhacviec.plan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Last look at the rows a reader found, whatever the shape, so that a table read badly never
 * reaches the plan silently: a row with no text at all is left out with a plan warning (it is
 * nothing to remind anyone of), a row with no task text keeps a warning, and a table in which no
 * row has a number (its cells could not be told apart) says so at plan level.
 */
final class RowCheck {

    private RowCheck() {
    }

    static List<TaskRow> check(List<TaskRow> rows, List<String> planWarnings) {
        List<TaskRow> kept = new ArrayList<>(rows.size());
        for (TaskRow r : rows) {
            if (isBlank(r)) {
                planWarnings.add("Dòng " + r.line() + ": bỏ qua một dòng trong bảng không có chữ nào"
                        + (r.number().isBlank() ? "" : " (số thứ tự " + r.number() + ")") + ".");
                continue;
            }
            if (r.content().isBlank()) {
                List<String> warnings = new ArrayList<>(r.warnings());
                warnings.add("Dòng " + r.line() + ": nhiệm vụ không có nội dung; cần kiểm tra lại bảng trong kế hoạch.");
                r = new TaskRow(r.section(), r.number(), r.content(), r.product(), r.leadText(), r.coordinatingText(),
                        r.timeText(), r.notes(), warnings, r.line());
            }
            kept.add(r);
        }
        if (!kept.isEmpty() && kept.stream().allMatch(r -> r.number().isBlank())) {
            planWarnings.add("Không đọc được bảng nhiệm vụ: không dòng nào có số thứ tự, các ô có thể bị ghép sai; "
                    + "cần kiểm tra lại từng nhiệm vụ.");
        }
        return kept;
    }

    private static boolean isBlank(TaskRow r) {
        return (r.content() + r.product() + r.leadText() + r.coordinatingText() + r.timeText() + r.notes()).isBlank();
    }
}
