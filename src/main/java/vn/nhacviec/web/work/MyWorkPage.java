package vn.nhacviec.web.work;

import java.util.List;

/** The officer's page: their tasks by standing, as /viec groups them. */
public record MyWorkPage(String today, List<Section> sections, boolean leaderWithoutUnits, String notice) {

    /** Tasks of one standing (overdue, due soon, later, without a date). */
    public record Section(String title, String standing, List<TaskCard> tasks) {
        public Section {
            tasks = List.copyOf(tasks);
        }
    }

    public MyWorkPage {
        sections = List.copyOf(sections);
        notice = notice == null ? "" : notice;
    }

    public boolean empty() {
        return sections.stream().allMatch(s -> s.tasks().isEmpty());
    }
}
