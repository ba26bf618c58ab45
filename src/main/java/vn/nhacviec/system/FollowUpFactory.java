package vn.nhacviec.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.nhacviec.agenda.DeadlineAccess;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.coordination.Parts;
import vn.nhacviec.coordination.store.PartStore;
import vn.nhacviec.delegation.Handovers;
import vn.nhacviec.delegation.store.LeaveStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.followup.ChaseRule;
import vn.nhacviec.followup.Explanations;
import vn.nhacviec.followup.Forecasts;
import vn.nhacviec.followup.ScanFollowUp;
import vn.nhacviec.followup.store.ExplanationStore;
import vn.nhacviec.reminder.WorkingCalendar;

/** Wires the follow-up services (coordinated parts, explanations, forecast, leave and handover), plain classes all. */
@Factory
class FollowUpFactory {

    /**
     * {@code nhacviec.follow-up.chase-after-working-days}: an unanswered explanation enters the chairman's
     * digest this many working days after it was asked (default 2).
     */
    @Singleton
    ChaseRule chaseRule(WorkingCalendar calendar,
                        @Value("${nhacviec.follow-up.chase-after-working-days:" + ChaseRule.DEFAULT_WORKING_DAYS + "}") int days) {
        return new ChaseRule(calendar, days);
    }

    @Singleton
    Handovers handovers(LeaveStore leaves, RosterStore roster, DeadlineAccess access) {
        return new Handovers(leaves, roster, access);
    }

    @Singleton
    Explanations explanations(AgendaStore agenda, ExplanationStore store, RosterStore roster, Handovers handovers,
                              DeadlineAccess access, ChaseRule chase) {
        return new Explanations(agenda, store, roster, handovers, access, chase);
    }

    @Singleton
    Forecasts forecasts(AgendaStore agenda) {
        return new Forecasts(agenda);
    }

    @Singleton
    Parts parts(AgendaStore agenda, PartStore store, DeadlineAccess access) {
        return new Parts(agenda, store, access);
    }

    @Singleton
    ScanFollowUp scanFollowUp(Handovers handovers, Explanations explanations) {
        return new ScanFollowUp(handovers, explanations);
    }
}
