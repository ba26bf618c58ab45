package vn.nhacviec.demo;

import jakarta.inject.Singleton;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.LinkResult;
import vn.nhacviec.directory.NewOfficer;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.CommuneRecord;
import vn.nhacviec.directory.store.CommuneStore;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.plan.Plan;
import vn.nhacviec.plan.PlanSource;
import vn.nhacviec.plan.store.PlanStore;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.reminder.scan.DailyScan;
import vn.nhacviec.system.StartupRefusal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Fills an empty database with the demo commune, through the same stores the command line and
 * the bot use: the plan imported, the roster added and every officer linked as if each had sent
 * their invite code, a share of the items already overdue marked done (some on time, some late,
 * at believable moments before today), then the real daily scan, which queues today's digests.
 */
@Singleton
public class DemoSeed {

    static final String ACTOR = "demo";
    /** Of the items due before today, one in {@code SHARE} is done on time and one late; the rest stay overdue. */
    static final int SHARE = 4;

    private final PlanStore plans;
    private final CommuneStore communes;
    private final RosterStore roster;
    private final AgendaStore agenda;
    private final DailyScan scan;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DemoSeed(PlanStore plans, CommuneStore communes, RosterStore roster, AgendaStore agenda, DailyScan scan,
             WorkingCalendar calendar, Clock clock) {
        this.plans = plans;
        this.communes = communes;
        this.roster = roster;
        this.agenda = agenda;
        this.scan = scan;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** An officer as seeded: the demo's cast and their id on the roster. */
    public record Seeded(DemoOfficer officer, long officerId) {
    }

    /** What the database holds now. */
    public record Result(String commune, long communeId, List<Seeded> officers, int doneOnTime, int doneLate,
                         LocalDate today, DailyScan.Result scan) {

        public Seeded chairman() {
            return officers.stream().filter(s -> s.officer().role() == Role.CHAIRMAN).findFirst().orElseThrow();
        }
    }

    public Result seed(Plan plan, PlanSource source) {
        if (!communes.all().isEmpty()) {
            throw new StartupRefusal("the demo database is not empty; the demo seeds only a fresh one");
        }
        LocalDate today = LocalDate.now(clock);
        plans.save(plan, source, ACTOR);
        CommuneRecord commune = communes.require(plan.commune());
        List<Seeded> seeded = new ArrayList<>();
        for (DemoOfficer officer : DemoRoster.officers()) {
            NewOfficer added = roster.add(commune.name(), officer.name(), officer.units(), officer.role(), ACTOR);
            LinkResult linked = roster.link(added.inviteCode(), officer.chatId(), officer.chatId());
            if (!(linked instanceof LinkResult.Linked)) {
                throw new IllegalStateException("the demo could not link " + officer.name() + ": " + linked);
            }
            seeded.add(new Seeded(officer, added.officer().id()));
        }
        List<AgendaItem> past = agenda.open(commune.id()).stream()
                .filter(i -> i.due() != null && i.due().isBefore(today))
                .sorted(Comparator.comparing(AgendaItem::due).thenComparing(AgendaItem::taskCode)
                        .thenComparing(AgendaItem::deadlineId))
                .toList();
        int onTime = 0;
        int late = 0;
        for (int i = 0; i < past.size(); i++) {
            AgendaItem item = past.get(i);
            if (i % SHARE == 0) {
                // the afternoon of the last working day before the deadline
                onTime += done(item, calendar.previousWorkingDay(item.due().minusDays(1)), LocalTime.of(16, 0), seeded) ? 1 : 0;
            } else if (i % SHARE == 1) {
                // three working days late, if that is already in the past; otherwise it simply stays overdue
                LocalDate day = calendar.plusWorkingDays(item.due(), 3);
                if (day.isBefore(today)) {
                    late += done(item, day, LocalTime.of(10, 0), seeded) ? 1 : 0;
                }
            }
        }
        DailyScan.Result scanned = scan.run(today);
        return new Result(commune.name(), commune.id(), List.copyOf(seeded), onTime, late, today, scanned);
    }

    /** Done by the officer of the item's lead unit, as if they had answered "xong" in the chat. */
    private boolean done(AgendaItem item, LocalDate day, LocalTime time, List<Seeded> seeded) {
        Seeded by = seeded.stream()
                .filter(s -> !item.leadUnits().isEmpty() && s.officer().units().contains(item.leadUnits().get(0)))
                .findFirst()
                .orElseGet(() -> seeded.stream().filter(s -> s.officer().role() == Role.CHAIRMAN).findFirst().orElseThrow());
        Instant at = day.atTime(time).atZone(clock.getZone()).toInstant();
        String actor = "telegram:" + by.officer().chatId() + " " + by.officer().name();
        return agenda.complete(item.deadlineId(), actor, null, at, "seeded by the demo");
    }
}
