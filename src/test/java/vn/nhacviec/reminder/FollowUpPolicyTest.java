package vn.nhacviec.reminder;

import org.junit.jupiter.api.Test;
import vn.nhacviec.agenda.AgendaItem;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nhacviec.reminder.SonKy2024.*;

/** What follow-up adds to the policy: unanswered explanations to the chairman and the asker, the Monday forecast. */
class FollowUpPolicyTest {

    private static final ReminderPolicy POLICY = new ReminderPolicy(WorkingCalendar.weekendsOnly(), ReminderPolicyConfig.DEFAULTS);
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 4, 10);
    private static final LocalDate MONDAY = LocalDate.of(2024, 4, 15);

    @Test
    void anUnexplainedItemGoesToTheChairmanAndTheViceChairmanWhoAskedOnly() {
        AgendaItem late = agendaOn(WEDNESDAY).stream().filter(i -> i.deadlineId() == FEB20).findFirst().orElseThrow();
        ReminderHistory history = new ReminderHistory(null, Map.of(), Set.of()).withUnexplained(List.of(
                new ReminderHistory.Unexplained(late, VICE, "telegram:2 Phó", LocalDate.of(2024, 4, 8), 2)));
        DailyPlan plan = POLICY.plan(WEDNESDAY, agendaOn(WEDNESDAY), roster(), calendars(), history);
        for (long leader : List.of(CHAIRMAN, VICE)) {
            List<DigestLine> lines = plan.digestFor(leader).orElseThrow().lines(SectionKind.LEADER_EXPLANATIONS);
            assertEquals(List.of(new DigestLine.Unexplained(late, "telegram:2 Phó", LocalDate.of(2024, 4, 8), 2)), lines);
        }
        assertTrue(plan.digestFor(OFFICE).map(d -> d.lines(SectionKind.LEADER_EXPLANATIONS).isEmpty()).orElse(true));
        assertTrue(plan.digestFor(TP_HT).map(d -> d.lines(SectionKind.LEADER_EXPLANATIONS).isEmpty()).orElse(true));
        DailyPlan without = POLICY.plan(WEDNESDAY, agendaOn(WEDNESDAY), roster(), calendars(), ReminderHistory.none());
        assertTrue(without.digests().stream().allMatch(d -> d.lines(SectionKind.LEADER_EXPLANATIONS).isEmpty()));
    }

    @Test
    void theMondaySummaryForecastsTheQuartersOverdueByUnit() {
        DailyPlan plan = POLICY.plan(MONDAY, agendaOn(MONDAY), roster(), calendars(), ReminderHistory.none());
        List<DigestLine.AtRisk> risks = plan.digestFor(CHAIRMAN).orElseThrow().lines(SectionKind.CHAIRMAN_WEEKLY).stream()
                .filter(l -> l instanceof DigestLine.AtRisk).map(l -> (DigestLine.AtRisk) l).toList();
        long overdueOpen = agendaOn(MONDAY).stream().filter(i -> i.isOverdue(MONDAY)).count();
        assertTrue(overdueOpen > 0, "the seed has overdue items in April");
        assertEquals(overdueOpen, risks.stream().mapToInt(DigestLine.AtRisk::overdue).sum()
                + 0L, "every overdue obligation is at risk, once, under its first lead unit");
        assertTrue(risks.stream().allMatch(r -> r.quarterEnd().equals(LocalDate.of(2024, 6, 30))
                && r.lastChance().equals(LocalDate.of(2024, 4, 21))), risks.toString());
        assertTrue(plan.digestFor(TP_HT).map(d -> d.lines(SectionKind.CHAIRMAN_WEEKLY).isEmpty()).orElse(true),
                "the forecast is the chairman's");
    }
}
