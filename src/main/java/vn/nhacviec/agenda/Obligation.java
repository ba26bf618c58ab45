package vn.nhacviec.agenda;

import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportDate;
import vn.nhacviec.deadline.ReportingCalendar;
import vn.nhacviec.deadline.VietnameseText;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One open dated obligation of a task, named the way officers know it: a period of the plan's
 * reporting calendar ("báo cáo quý I") for a recurring deadline that falls on a report date, else
 * the milestone's own label from the plan ("Quý I năm 2024 ban hành kế hoạch"), else nothing (the
 * due date alone then names it).
 *
 * @param name   the obligation's name, "" when it has none
 * @param report true when it is a period of the reporting calendar
 */
public record Obligation(AgendaItem item, String name, boolean report) {

    public Obligation {
        name = name == null ? "" : name;
    }

    public static Obligation of(AgendaItem item, ReportingCalendar calendar) {
        if (item.kind() == MilestoneKind.RECURRING && item.due() != null) {
            Optional<ReportDate> period = calendar.reports().stream().filter(r -> r.date().equals(item.due()))
                    .filter(r -> !r.label().isBlank()).findFirst();
            if (period.isPresent()) {
                return new Obligation(item, lowerFirst(VietnameseText.tidy(period.get().label())), true);
            }
        }
        String label = item.label() == null ? "" : VietnameseText.tidy(item.label());
        return new Obligation(item, label, false);
    }

    public LocalDate due() {
        return item.due();
    }

    public long deadlineId() {
        return item.deadlineId();
    }

    public boolean isOverdue(LocalDate today) {
        return item.isOverdue(today);
    }

    public boolean hasName() {
        return !name.isEmpty();
    }

    /** "Báo cáo quý I" → "báo cáo quý I"; acronyms ("UBND") stay as they are. */
    static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
