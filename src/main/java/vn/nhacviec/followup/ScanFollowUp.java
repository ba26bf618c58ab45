package vn.nhacviec.followup;

import vn.nhacviec.delegation.Cover;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.reminder.ReminderHistory;

import java.time.LocalDate;
import java.util.List;

/** What follow-up adds to the daily scan: who covers whom that day, and which explanations to chase. */
public class ScanFollowUp {

    private final Handovers handovers;
    private final Explanations explanations;

    public ScanFollowUp(Handovers handovers, Explanations explanations) {
        this.handovers = handovers;
        this.explanations = explanations;
    }

    public Cover cover(LocalDate day) {
        return handovers.cover(day);
    }

    public List<ReminderHistory.Unexplained> unexplained(LocalDate day) {
        return explanations.toChase(day);
    }
}
