package vn.nhacviec.plan.text;

/** How the tasks are laid out in the text; each shape has its own reader. */
public enum PlanShape {
    /** A table exported with tab-separated cells (one line per row, continuations after page breaks). */
    TAB_TABLE,
    /** A table extracted from a PDF: no cell delimiters, every cell broken over many lines. */
    PDF_TABLE,
    /** A remediation plan listing index criteria ("Tiêu chí thành phần") with time and responsible lines. */
    CRITERIA,
    /** Numbered items in prose, each with labelled lines ("Đơn vị chủ trì:", "Thời gian thực hiện:"). */
    ITEMS,
    /** Prose only: no task table was found. */
    PROSE
}
