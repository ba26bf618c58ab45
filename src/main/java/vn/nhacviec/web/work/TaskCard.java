package vn.nhacviec.web.work;

import java.util.List;

/**
 * One task on the officer's page, as /viec lists it: its open obligations and the one the buttons act on.
 *
 * @param targetId    the obligation "Xong" marks (the earliest overdue, else the next, else the undated one)
 * @param standing    CSS class of its standing: overdue, due-soon, in-progress, undated
 * @param earliestNew the first date an extension may ask for (dd/MM/yyyy, the field's example)
 */
public record TaskCard(int code, String href, String label, String title, String units, String standing, String standingLabel,
                       List<Line> obligations, long targetId, String targetName, String earliestNew) {

    /** One open obligation: its name, due date (dd/MM/yyyy, "" for none) and how far off. */
    public record Line(long deadlineId, String name, String due, String when, boolean overdue) {
    }

    public TaskCard {
        obligations = List.copyOf(obligations);
    }
}
