package vn.nhacviec.demo;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.nhacviec.agenda.AgendaItem;
import vn.nhacviec.agenda.DeadlineStatus;
import vn.nhacviec.agenda.store.AgendaStore;
import vn.nhacviec.directory.Role;
import vn.nhacviec.directory.store.RosterStore;
import vn.nhacviec.reminder.ReminderPolicyConfig;
import vn.nhacviec.reminder.WorkingCalendar;
import vn.nhacviec.reminder.outbox.NewOutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxMessage;
import vn.nhacviec.reminder.outbox.OutboxStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's seeding, as {@code demo} runs it, into a temporary directory: then the database is
 * opened again, as the service opens it, and what a visitor will see is checked there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedIT {

    DemoStart demo;
    DemoSeed.Result seeded;
    ApplicationContext context;

    @BeforeAll
    void seed(@TempDir Path dir) {
        demo = DemoStart.prepare(dir.resolve("demo-data"), "jdbc:h2:./data/nhacviec", "", 0, Clock.systemUTC());
        seeded = demo.seed();
        context = ApplicationContext.builder().environments("cli").properties(demo.properties()).start();
        demo.requireOwnDatabase(context.getEnvironment());
    }

    @AfterAll
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theClockStandsOnAWorkingMondayMorningOfThePlansYear() {
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        assertEquals(DayOfWeek.MONDAY, today.getDayOfWeek());
        assertEquals(demo.plan().year(), today.getYear());
        assertTrue(context.getBean(WorkingCalendar.class).isWorkingDay(today));
        assertEquals(today, seeded.today());
        LocalTime now = LocalTime.now(context.getBean(Clock.class));
        assertTrue(now.isAfter(LocalTime.of(7, 59)) && now.isBefore(LocalTime.of(9, 0)), "08:00 and running: " + now);
    }

    @Test
    void theRosterIsADozenLinkedOfficersLedByAChairmanAndTwoViceChairmen() {
        List<RosterStore.LinkedOrNot> members = context.getBean(RosterStore.class).members(seeded.communeId());
        assertEquals("Sơn Kỳ", seeded.commune());
        assertEquals(DemoRoster.officers().size(), members.size());
        assertTrue(members.size() >= 10 && members.size() <= 14, "about a dozen: " + members.size());
        Map<Role, Long> roles = members.stream().collect(Collectors.groupingBy(m -> m.officer().role(), Collectors.counting()));
        assertEquals(1L, roles.get(Role.CHAIRMAN));
        assertEquals(2L, roles.get(Role.VICE_CHAIRMAN));
        assertEquals(1L, roles.get(Role.OFFICE));
        for (RosterStore.LinkedOrNot member : members) {
            DemoOfficer cast = DemoRoster.officers().stream().filter(o -> o.name().equals(member.officer().name()))
                    .findFirst().orElseThrow(() -> new AssertionError("not in the cast: " + member.officer().name()));
            assertEquals(cast.chatId(), member.chatId(), member.officer().name() + " is linked to their chat");
            assertEquals(Set.copyOf(cast.units()), Set.copyOf(member.officer().units()));
        }
        Set<String> planUnits = context.getBean(AgendaStore.class).all(seeded.communeId()).stream()
                .flatMap(i -> i.leadUnits().stream()).collect(Collectors.toSet());
        planUnits.remove(context.getBean(ReminderPolicyConfig.class).allUnits()); // "every unit" is nobody's own
        Set<String> staffed = members.stream().flatMap(m -> m.officer().units().stream()).collect(Collectors.toSet());
        assertTrue(staffed.containsAll(planUnits), "every unit that leads a task has an officer: " + planUnits);
    }

    @Test
    void someItemsAreDoneOnTimeAndSomeLateAllBeforeTodayAndSomeAreStillOverdue() {
        LocalDate today = seeded.today();
        List<AgendaItem> items = context.getBean(AgendaStore.class).all(seeded.communeId());
        List<AgendaItem> done = items.stream().filter(i -> i.status() == DeadlineStatus.DONE).toList();
        long onTime = done.stream().filter(i -> !i.doneAt().atZone(DemoSettings.ZONE).toLocalDate().isAfter(i.due())).count();
        long late = done.size() - onTime;
        assertTrue(onTime >= 2, "done on time: " + onTime);
        assertTrue(late >= 2, "done late: " + late);
        assertEquals(seeded.doneOnTime(), onTime);
        assertEquals(seeded.doneLate(), late);
        for (AgendaItem item : done) {
            LocalDate doneOn = item.doneAt().atZone(DemoSettings.ZONE).toLocalDate();
            assertTrue(doneOn.isBefore(today), item.code() + " done before today: " + doneOn);
            assertTrue(item.doneBy().startsWith("telegram:"), "done by an officer in the chat: " + item.doneBy());
        }
        assertTrue(items.stream().filter(i -> i.isOverdue(today)).count() >= 5, "overdue items remain for the dashboard");
    }

    @Test
    void theDaysDigestsAreQueuedByTheRealScanForLinkedOfficers() {
        assertTrue(seeded.scan().ran());
        List<OutboxMessage> queued = context.getBean(OutboxStore.class).withStatus(List.of("PENDING"));
        List<OutboxMessage> digests = queued.stream().filter(m -> NewOutboxMessage.DIGEST.equals(m.kind())).toList();
        assertEquals(seeded.scan().messages(), digests.size());
        assertTrue(digests.size() >= 5, "digests queued: " + digests.size());
        assertTrue(digests.stream().allMatch(m -> seeded.today().equals(m.scanDate())));
        long chairman = seeded.chairman().officerId();
        assertTrue(digests.stream().anyMatch(m -> m.officerId() == chairman), "the chairman gets his morning list");
        // no leader announcement: the committee was seeded as it stands
        assertEquals(digests.size(), queued.size(), "only digests wait: " + queued.stream().map(OutboxMessage::kind).toList());
    }

    @Test
    void theDirectoryIsMarkedAsTheDemosAndStartingAgainEmptiesIt() throws Exception {
        Path root = demo.settings().directory().root();
        assertTrue(Files.isRegularFile(root.resolve(DemoDirectory.MARKER)));
        assertTrue(Files.isRegularFile(root.resolve(DemoDirectory.DATABASE + ".mv.db")));
        assertFalse(demo.settings().directory().holds("jdbc:h2:./data/nhacviec"));
        assertTrue(demo.settings().directory().holds("jdbc:h2:async:" + root.resolve("nhacviec") + ";MODE=MySQL"));
    }
}
