package vn.nhacviec.delegation;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverTest {

    private static final LocalDate FROM = LocalDate.of(2024, 4, 10);
    private static final LocalDate TO = LocalDate.of(2024, 4, 19);

    @Test
    void theDelegateTakesTheAbsentOfficersUnitsOnlyWithinTheApprovedPeriod() {
        List<Leave> leaves = List.of(leave(1, 2, Leave.Status.APPROVED));
        Map<Long, List<String>> units = units();
        assertEquals(Map.of(1L, List.of(), 2L, List.of("VH-XH", "TP-HT"), 3L, List.of("VP-TK")),
                Cover.of(leaves, FROM).apply(units));
        assertEquals(Map.of(1L, List.of(), 2L, List.of("VH-XH", "TP-HT"), 3L, List.of("VP-TK")),
                Cover.of(leaves, TO).apply(units));
        assertEquals(units, Cover.of(leaves, FROM.minusDays(1)).apply(units), "before: nothing moves");
        assertEquals(units, Cover.of(leaves, TO.plusDays(1)).apply(units), "after: the work comes back");
    }

    @Test
    void aRequestNotApprovedMovesNothing() {
        assertTrue(Cover.of(List.of(leave(1, 2, Leave.Status.PENDING)), FROM).isEmpty());
        assertTrue(Cover.of(List.of(leave(1, 2, Leave.Status.REFUSED)), FROM).isEmpty());
    }

    @Test
    void aDelegateAwayTooPassesTheWorkOnAndALoopKeepsItWithTheOfficer() {
        Cover chain = Cover.of(List.of(leave(1, 2, Leave.Status.APPROVED), leave(2, 3, Leave.Status.APPROVED)), FROM);
        assertEquals(3, chain.actingFor(1));
        assertEquals(List.of(1L, 2L), chain.coveredBy(3));
        assertEquals(List.of("VP-TK", "TP-HT", "VH-XH"), chain.apply(units()).get(3L));
        Cover loop = Cover.of(List.of(leave(1, 2, Leave.Status.APPROVED), leave(2, 1, Leave.Status.APPROVED)), FROM);
        assertEquals(1, loop.actingFor(1));
        assertEquals(2, loop.actingFor(2));
        assertFalse(loop.apply(units()).get(1L).isEmpty(), "nobody is left holding nothing for everybody");
    }

    private static Map<Long, List<String>> units() {
        Map<Long, List<String>> units = new LinkedHashMap<>();
        units.put(1L, List.of("TP-HT"));
        units.put(2L, List.of("VH-XH"));
        units.put(3L, List.of("VP-TK"));
        return units;
    }

    private static Leave leave(long officer, long delegate, Leave.Status status) {
        return new Leave(officer * 10 + delegate, 1, officer, delegate, FROM, TO, "nghỉ phép", status, "test");
    }
}
