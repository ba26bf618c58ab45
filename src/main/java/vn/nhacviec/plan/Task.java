package vn.nhacviec.plan;

import vn.nhacviec.deadline.Milestone;

import java.time.LocalDate;
import java.util.List;

/**
 * One task row of a plan's appendix, understood: units as canonical codes (or the name as
 * written when none fits), milestones read from the time cell, and what could not be understood.
 */
public record Task(String section,
                   String number,
                   String content,
                   String product,
                   List<String> lead,
                   List<String> coordinating,
                   String deadlineText,
                   String notes,
                   List<Milestone> milestones,
                   List<String> warnings) {

    public Task {
        lead = List.copyOf(lead);
        coordinating = List.copyOf(coordinating);
        milestones = List.copyOf(milestones);
        warnings = List.copyOf(warnings);
    }

    /** Section and number as the plan prints them: "I.05", or "1a" for criteria plans. */
    public String numbering() {
        return section.isEmpty() || number.startsWith(section) ? number : section + "." + number;
    }

    /** Every date of its ONCE and RECURRING milestones, sorted. */
    public List<LocalDate> dueDates() {
        return milestones.stream().flatMap(m -> m.due().stream()).distinct().sorted().toList();
    }
}
