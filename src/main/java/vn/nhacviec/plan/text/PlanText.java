package vn.nhacviec.plan.text;

import java.util.List;

/** A plan cut into its header and its task rows, with plan-level warnings. */
public record PlanText(PlanHeader header, PlanShape shape, List<TaskRow> rows, List<String> warnings) {

    public PlanText {
        header = header == null ? PlanHeader.empty() : header;
        shape = shape == null ? PlanShape.PROSE : shape;
        rows = rows == null ? List.of() : List.copyOf(rows);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** True when at least one task row was found. */
    public boolean hasTaskTable() {
        return !rows.isEmpty();
    }
}
