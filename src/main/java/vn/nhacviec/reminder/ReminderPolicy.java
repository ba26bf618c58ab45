package vn.nhacviec.reminder;

import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.ProgressCounts;
import vn.nhacviec.agenda.QuarterForecast;
import vn.nhacviec.coordination.TaskParts;
import vn.nhacviec.deadline.MilestoneKind;
import vn.nhacviec.deadline.ReportDate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The reminder policy as a pure function: the agenda, the roster and a date in, what to send that
 * day out. No clock, no database, no Telegram: the scheduler calls {@link #plan}, writes the digests
 * to the outbox under their idempotency keys, and the dispatcher sends them.
 * See docs/reminders.md for the rules and the decisions behind them.
 */
public final class ReminderPolicy {

    private final WorkingCalendar calendar;
    private final ReminderPolicyConfig config;
    private final StageSchedule stages;

    public ReminderPolicy(WorkingCalendar calendar, ReminderPolicyConfig config) {
        this.calendar = calendar;
        this.config = config;
        this.stages = new StageSchedule(calendar, config.stages());
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Whether the day's scan is due and missing at {@code now} (local time): a working day, the scan
     * time passed, and no scan of the day ran yet. A scan missed at start-up or lost to a database
     * outage is run then, late by minutes rather than a day.
     */
    public boolean scanOverdue(java.time.LocalDateTime now, boolean ranToday) {
        return !ranToday && calendar.isWorkingDay(now.toLocalDate()) && !now.toLocalTime().isBefore(config.scanTime());
    }

    public ReminderPolicyConfig config() {
        return config;
    }

    public StageSchedule stages() {
        return stages;
    }

    /**
     * What the scan of {@code date} sends.
     *
     * @param date      the scan date; a day off gives an empty plan
     * @param allItems  every deadline of the communes' plans, OPEN, DONE and CANCELLED (the weekly summary
     *                  counts what was done)
     * @param roster    the active officers of those communes
     * @param calendars the report dates of each commune
     * @param history   the previous scan's date, snoozes, newly linked officers
     */
    public DailyPlan plan(LocalDate date, List<AgendaItem> allItems, List<Recipient> roster,
                          ReportingCalendars calendars, ReminderHistory history) {
        if (!calendar.isWorkingDay(date)) {
            return DailyPlan.empty(date);
        }
        ScanWindow window = ScanWindow.of(date, history.previousScan(), calendar);
        DigestAssembler out = new DigestAssembler(date, calendars);
        Map<Long, List<AgendaItem>> itemsByCommune = allItems.stream()
                .collect(Collectors.groupingBy(AgendaItem::communeId));
        Map<Long, List<Recipient>> rosterByCommune = roster.stream()
                .collect(Collectors.groupingBy(Recipient::communeId));
        TreeSet<Long> communes = new TreeSet<>(itemsByCommune.keySet());
        communes.addAll(rosterByCommune.keySet());
        communes.addAll(calendars.byCommune().keySet());
        DueDays dueDays = new DueDays(window);
        for (long commune : communes) {
            new CommuneScan(dueDays, commune, itemsByCommune.getOrDefault(commune, List.of()),
                    new Routing(rosterByCommune.getOrDefault(commune, List.of()), config),
                    calendars.forCommune(commune).reports(), window, history, out).run();
        }
        return out.build();
    }

    /** Convenience for a scan that follows the previous working day's scan, nothing snoozed. */
    public DailyPlan plan(LocalDate date, List<AgendaItem> allItems, List<Recipient> roster,
                          ReportingCalendars calendars) {
        return plan(date, allItems, roster, calendars, ReminderHistory.none());
    }

    /**
     * What the stages say about a due date on the scan's day — the same for every deadline due that day,
     * so computed once per due date and scan rather than once per deadline (a country has a million
     * deadlines but a few hundred due dates).
     */
    private final class DueDays {
        private record Facts(Optional<Stage> standing, boolean onStage, int workingDaysOverdue) {
        }

        private final ScanWindow window;
        private final Map<LocalDate, Facts> facts = new java.util.HashMap<>();

        DueDays(ScanWindow window) {
            this.window = window;
        }

        Facts of(LocalDate due) {
            return facts.computeIfAbsent(due, d -> new Facts(stages.standing(d, window.date()), stages.fallsIn(d, window),
                    stages.workingDaysOverdue(d, window.date())));
        }

        int workingDaysOverdue(LocalDate due) {
            return of(due).workingDaysOverdue();
        }
    }

    /** One commune's share of a scan. */
    private final class CommuneScan {
        private final DueDays dueDays;
        private final long commune;
        private final List<AgendaItem> items;
        private final Routing routing;
        private final List<ReportDate> reports;
        private final ScanWindow window;
        private final ReminderHistory history;
        private final DigestAssembler out;
        private final LocalDate date;

        CommuneScan(DueDays dueDays, long commune, List<AgendaItem> items, Routing routing, List<ReportDate> reports,
                    ScanWindow window, ReminderHistory history, DigestAssembler out) {
            this.dueDays = dueDays;
            this.commune = commune;
            this.items = items;
            this.routing = routing;
            this.reports = reports;
            this.window = window;
            this.history = history;
            this.out = out;
            this.date = window.date();
        }

        void run() {
            for (AgendaItem item : items) {
                if (!item.isOpen()) {
                    continue;
                }
                if (item.due() != null) {
                    remindDeadline(item);
                } else if (item.kind() == MilestoneKind.CONTINUOUS) {
                    askProgress(item);
                }
            }
            reports.forEach(this::remindReport);
            escalate();
            chaseExplanations();
            if (window.containsWeeklyDay(config.weeklyDay(), calendar)) {
                weeklySummary();
                undatedList();
            }
            out.reportUnreachable(commune, routing.officeDesk());
        }

        private void remindDeadline(AgendaItem item) {
            DueDays.Facts facts = dueDays.of(item.due());
            Optional<Stage> stage = facts.standing();
            if (stage.isEmpty()) {
                return; // too early: not even the first stage yet
            }
            DigestLine line = new DigestLine.Deadline(item, stage.get(), facts.workingDaysOverdue());
            sendToLeads(item, line, facts.onStage());
            remindParts(item, stage.get(), facts);
        }

        /**
         * The parts of the item not reported yet ({@link TaskParts#missing()}), each to the officers who may
         * report it, on the item's own stages, in their part section. A part with no officer, or only
         * unreachable ones, is nobody else's business: the lead and /phoihop show which parts are in.
         */
        private void remindParts(AgendaItem item, Stage stage, DueDays.Facts facts) {
            if (item.partUnits().isEmpty()) {
                return;
            }
            List<String> open = TaskParts.of(item, history.partReports(item.deadlineId())).missing();
            if (open.isEmpty()) {
                return;
            }
            routing.partHolders(item, open).forEach((unit, holders) -> sendTo(item,
                    new DigestLine.Part(item, unit, stage, facts.workingDaysOverdue()), holders, facts.onStage(),
                    SectionKind.OFFICER_PARTS));
        }

        private void sendToLeads(AgendaItem item, DigestLine line, boolean onStage) {
            sendTo(item, line, routing.leads(item), onStage, SectionKind.OFFICER_DAILY);
        }

        /**
         * A line for each of {@code people}, unless that officer snoozed the item: a snooze is the
         * officer's own (⏰), it silences nobody else; on its date the line comes back even off-stage.
         */
        private void sendTo(AgendaItem item, DigestLine line, List<Recipient> people, boolean onStage, SectionKind kind) {
            if (people.isEmpty()) {
                send(line, people, onStage, kind);
                return;
            }
            List<Recipient> due = new ArrayList<>();
            List<Recipient> quiet = new ArrayList<>();
            for (Recipient lead : people) {
                LocalDate snooze = history.snoozedUntil(item.deadlineId(), lead.officerId());
                if (snooze != null && date.isBefore(snooze)) {
                    continue;
                }
                (onStage || (snooze != null && window.contains(snooze)) ? due : quiet).add(lead);
            }
            if (!due.isEmpty()) {
                send(line, due, true, kind);
            }
            send(line, quiet, false, kind);
        }

        private void askProgress(AgendaItem item) {
            ReportDate inWindow = null;
            ReportDate pending = null;
            for (ReportDate report : reports) {
                LocalDate ask = stages.progressRequestDay(report.date(), config.progressWorkingDaysBefore());
                if (window.contains(ask)) {
                    inWindow = report; // after an outage spanning two reports, ask about the later one
                }
                if (pending == null && !ask.isAfter(date) && !report.date().isBefore(date)) {
                    pending = report;
                }
            }
            if (inWindow != null) {
                sendToLeads(item, new DigestLine.Progress(item, inWindow), true);
            } else if (pending != null) {
                sendToLeads(item, new DigestLine.Progress(item, pending), false);
            }
        }

        private void remindReport(ReportDate report) {
            List<StageSchedule.Dated> before = stages.beforeDue(report.date());
            Optional<StageSchedule.Dated> inWindow = before.stream().filter(d -> window.contains(d.date()))
                    .reduce((a, b) -> b);
            Optional<StageSchedule.Dated> standing = before.stream().filter(d -> !d.date().isAfter(date))
                    .reduce((a, b) -> b);
            if (inWindow.isPresent()) {
                send(new DigestLine.Report(commune, report, standing.orElseThrow().stage()), routing.office(), true);
            } else if (standing.isPresent() && !report.date().isBefore(date)) {
                send(new DigestLine.Report(commune, report, standing.get().stage()), routing.office(), false);
            }
        }

        private void send(DigestLine line, List<Recipient> to, boolean due) {
            send(line, to, due, SectionKind.OFFICER_DAILY);
        }

        /**
         * Due lines go to all; other lines only to officers who linked since the last scan, who get everything
         * current. Own items of an unreachable officer, or of nobody, are reported to the office; parts are not.
         */
        private void send(DigestLine line, List<Recipient> to, boolean due, SectionKind kind) {
            if (due && kind == SectionKind.OFFICER_DAILY) {
                out.deliver(commune, kind, line, to);
            } else if (due) {
                out.deliverQuietly(kind, line, to);
            } else {
                out.deliverQuietly(kind, line, to.stream().filter(r -> history.newlyLinked().contains(r.officerId())).toList());
            }
        }

        private void escalate() {
            List<Recipient> leaders = routing.leaders();
            for (AgendaItem item : items) {
                int late = item.isOpen() && item.due() != null ? dueDays.workingDaysOverdue(item.due()) : 0;
                if (late >= config.escalateAfterWorkingDays()) {
                    for (String unit : unitsOf(item)) {
                        deliverLeaders(SectionKind.LEADER_OVERDUE, new DigestLine.Overdue(unit, item, late), leaders);
                    }
                }
            }
        }

        /** Explanations unanswered past the limit: to the chairman, and to the vice-chairman who asked. */
        private void chaseExplanations() {
            for (ReminderHistory.Unexplained waiting : history.unexplained()) {
                if (waiting.item().communeId() != commune) {
                    continue;
                }
                List<Recipient> to = routing.leaders().stream().filter(r -> r.role() == vn.nhacviec.directory.Role.CHAIRMAN
                        || r.officerId() == waiting.askedByOfficerId()).toList();
                deliverLeaders(SectionKind.LEADER_EXPLANATIONS, new DigestLine.Unexplained(waiting.item(), waiting.askedBy(),
                        waiting.askedOn(), waiting.workingDays()), to);
            }
        }

        /**
         * The chairman's Monday summary: the commune's figures, and what changed — done last week, fallen
         * overdue since the last summary, due this week. The overdue list itself is not repeated: the
         * escalation section and /quahan carry it.
         */
        private void weeklySummary() {
            List<Recipient> chairmen = routing.chairmen();
            out.open(SectionKind.CHAIRMAN_WEEKLY, chairmen);
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate lastMonday = monday.minusWeeks(1);
            LocalDate nextMonday = monday.plusWeeks(1);
            List<AgendaItem> dated = items.stream().filter(i -> i.due() != null).toList();
            int tasks = (int) dated.stream().filter(i -> i.status() != DeadlineStatus.CANCELLED)
                    .map(AgendaItem::taskCode).distinct().count();
            int overdueTasks = (int) dated.stream().filter(i -> i.isOverdue(date)).map(AgendaItem::taskCode).distinct().count();
            if (!dated.isEmpty()) {
                deliverLeaders(SectionKind.CHAIRMAN_WEEKLY,
                        new DigestLine.Standing(ProgressCounts.of(dated, date, config.zone()), tasks, overdueTasks), chairmen);
            }
            for (AgendaItem item : items) {
                if (item.status() == DeadlineStatus.DONE && item.doneAt() != null) {
                    LocalDate done = item.doneAt().atZone(config.zone()).toLocalDate();
                    if (!done.isBefore(lastMonday) && done.isBefore(monday)) {
                        deliverLeaders(SectionKind.CHAIRMAN_WEEKLY, new DigestLine.Done(item), chairmen);
                    }
                } else if (item.isOpen() && item.due() != null) {
                    if (item.due().isBefore(date)) {
                        if (!item.due().isBefore(lastMonday)) {
                            for (String unit : unitsOf(item)) {
                                deliverLeaders(SectionKind.CHAIRMAN_WEEKLY, new DigestLine.Overdue(unit, item,
                                        dueDays.workingDaysOverdue(item.due())), chairmen);
                            }
                        }
                    } else if (item.due().isBefore(nextMonday)) {
                        deliverLeaders(SectionKind.CHAIRMAN_WEEKLY, new DigestLine.Upcoming(item), chairmen);
                    }
                }
            }
            // the forecast: what the quarter's figures will count overdue unless done this week
            QuarterForecast forecast = QuarterForecast.of(items, date);
            for (QuarterForecast.UnitRisk risk : forecast.units()) {
                deliverLeaders(SectionKind.CHAIRMAN_WEEKLY, new DigestLine.AtRisk(risk.unit(), risk.overdue().size(),
                        risk.dueThisWeek().size(), forecast.lastChance(), forecast.quarterEnd()), chairmen);
            }
        }

        private void undatedList() {
            for (AgendaItem item : items) {
                if (item.isOpen() && item.due() == null && item.kind() != MilestoneKind.CONTINUOUS) {
                    out.deliver(commune, SectionKind.OFFICE_EXTERNAL_WEEKLY, new DigestLine.Undated(item),
                            routing.officeDesk());
                }
            }
        }

        /** A commune without a chairman simply has no leader digest: nothing to report to the office. */
        private void deliverLeaders(SectionKind kind, DigestLine line, List<Recipient> leaders) {
            if (!leaders.isEmpty()) {
                out.deliver(commune, kind, line, leaders);
            }
        }

        private List<String> unitsOf(AgendaItem item) {
            return item.leadUnits().isEmpty() ? List.of("") : item.leadUnits();
        }
    }
}
